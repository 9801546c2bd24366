import '../../core/src/styles.css';
import type { ReactElement } from 'react';
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import { HelplineHandoff, type HelplineHandoffProps } from '../src/index.js';
import { expectAccessible } from './axe.js';
import { CASES } from './cases.js';

const SHOWN = CASES.filter((item) => item.kind !== 'none');
const THEMES = ['light', 'dark'] as const;

async function show(element: ReactElement, theme: (typeof THEMES)[number]): Promise<HTMLElement> {
  const screen = await render(<div data-theme={theme}>{element}</div>);
  return screen.container.querySelector('.hh-root') as HTMLElement;
}

describe.each(THEMES)('%s theme, with the stylesheet', (theme) => {
  test.each(SHOWN)('$name: passes axe with color contrast', async ({ props }) => {
    const root = await show(<HelplineHandoff {...props} />, theme);
    await expectAccessible(root, { contrast: true });
  });

  test.each(SHOWN)('$name: the action and the copy button are at least 44x44 CSS px', async ({ props }) => {
    const root = await show(<HelplineHandoff {...(props as HelplineHandoffProps)} />, theme);
    const targets = root.querySelectorAll('.hh-action, .hh-copy');
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
  });

  test('the theme really applies: dark renders a dark background', async () => {
    const root = await show(<HelplineHandoff {...(SHOWN[0]?.props as HelplineHandoffProps)} />, theme);
    const [red = 0] = getComputedStyle(root).backgroundColor.match(/\d+/g)?.map(Number) ?? [];
    expect(theme === 'dark' ? red < 64 : red > 192).toBe(true);
  });
});

test('a root the host keeps hidden is not drawn, styled as it is', async () => {
  const screen = await render(<HelplineHandoff {...(SHOWN[0]?.props as HelplineHandoffProps)} hidden />);
  const root = screen.container.querySelector('.hh-root') as HTMLElement;
  expect(getComputedStyle(root).display).toBe('none');
  expect(root.getBoundingClientRect().height).toBe(0);
  await screen.rerender(<HelplineHandoff {...(SHOWN[0]?.props as HelplineHandoffProps)} />);
  expect(getComputedStyle(root).display).toBe('grid');
});

describe('a narrow dialog', () => {
  const withNumber = (phone: string, name = 'Nummer gegen Kummer'): HelplineHandoffProps => ({
    now: new Date('2026-06-10T12:00+02:00'),
    device: { canDial: false },
    helpline: {
      id: 'line',
      name,
      phone,
      callableFrom: ['FR', 'DE'],
      website: 'https://www.nummergegenkummer.de/',
      schedule: {
        timeZone: 'Europe/Berlin',
        weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], open: '00:00', close: '24:00' }],
      },
    },
  });

  /** The line top of each character of the number's text. */
  function lineTops(number: Element): number[] {
    const text = number.firstChild as Text;
    return [...(text.textContent ?? '')].map((_, index) => {
      const range = document.createRange();
      range.setStart(text, index);
      range.setEnd(text, index + 1);
      return Math.round(range.getBoundingClientRect().top);
    });
  }

  test.each([
    { name: '288 px wide', width: 288, fontSize: '', phone: '+49 800 111 0 550' },
    { name: '320 px wide, text at 200 %', width: 320, fontSize: '200%', phone: '+49 800 111 0 550' },
    { name: '320 px wide, text at 200 %', width: 320, fontSize: '200%', phone: '3018' },
    // A name longer than the box: it breaks rather than push the box out of the page.
    { name: '320 px wide, text at 200 %, a long name', width: 320, fontSize: '200%', phone: '3018', long: true },
    // Shrink to fit: the box keeps the width its longest word needs.
    { name: 'squeezed in a flex row beside a 300 px column', width: 360, fontSize: '', phone: '3018', row: true },
  ])(
    '$name, $phone: every part stays in the box, and the number breaks only between its groups of digits',
    async ({ width, fontSize, phone, row, long }) => {
      document.documentElement.style.fontSize = fontSize;
      try {
        const screen = await render(
          <div style={row ? { display: 'flex', width } : { width }}>
            {row && <div style={{ flex: '0 0 300px' }} />}
            <HelplineHandoff {...withNumber(phone, long ? 'Kinderundjugendtelefonberatungsstelle' : undefined)} />
          </div>,
        );
        const root = screen.container.querySelector('.hh-root') as HTMLElement;
        expect(root.querySelector('.hh-copy')).not.toBeNull();
        const box = root.getBoundingClientRect();
        if (!row) expect(box.width).toBeLessThanOrEqual(width);
        for (const part of root.children) {
          const rect = part.getBoundingClientRect();
          expect(rect.right, part.className).toBeLessThanOrEqual(box.right);
          expect(rect.left, part.className).toBeGreaterThanOrEqual(box.left);
        }
        const number = root.querySelector('.hh-number') as HTMLElement;
        const tops = lineTops(number);
        [...phone].forEach((character, index) => {
          if (index > 0 && character !== ' ' && phone[index - 1] !== ' ') expect(tops[index], `${phone} at ${index}`).toBe(tops[index - 1]);
        });
      } finally {
        document.documentElement.style.fontSize = '';
      }
    },
  );
});

describe('host overrides', () => {
  test('--hh-* set on an ancestor wins over the defaults', async () => {
    const screen = await render(
      <div style={{ ['--hh-accent' as string]: 'rgb(1, 2, 3)' }}>
        <HelplineHandoff {...(SHOWN[0]?.props as HelplineHandoffProps)} />
      </div>,
    );
    const action = screen.container.querySelector('.hh-action') as HTMLElement;
    expect(getComputedStyle(action).backgroundColor).toBe('rgb(1, 2, 3)');
  });

  test('unstyled switches the stylesheet off', async () => {
    const root = await show(<HelplineHandoff {...(SHOWN[0]?.props as HelplineHandoffProps)} unstyled />, 'light');
    expect(getComputedStyle(root).display).toBe('block');
    expect(getComputedStyle(root).borderTopStyle).toBe('none');
  });

  test('focus is visible on the action', async () => {
    const root = await show(<HelplineHandoff {...(SHOWN[0]?.props as HelplineHandoffProps)} />, 'light');
    const action = root.querySelector('.hh-action') as HTMLElement;
    const { userEvent } = await import('vitest/browser');
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(action);
    expect(getComputedStyle(action).outlineStyle).toBe('solid');
  });
});
