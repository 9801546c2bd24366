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

describe('a narrow dialog', () => {
  const longNumber: HelplineHandoffProps = {
    now: new Date('2026-06-10T12:00+02:00'),
    device: { canDial: false },
    helpline: {
      id: 'nummer-gegen-kummer',
      name: 'Nummer gegen Kummer',
      phone: '+49 800 111 0 550',
      callableFrom: ['DE'],
      website: 'https://www.nummergegenkummer.de/',
      schedule: {
        timeZone: 'Europe/Berlin',
        weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], open: '00:00', close: '24:00' }],
      },
    },
  };

  test.each([
    ['288 px wide', 288, ''],
    ['320 px wide, text at 200 %', 320, '200%'],
  ])('%s: every part stays inside the box, a long number and its copy button included', async (_name, width, fontSize) => {
    document.documentElement.style.fontSize = fontSize;
    try {
      const screen = await render(
        <div style={{ width }}>
          <HelplineHandoff {...longNumber} />
        </div>,
      );
      const root = screen.container.querySelector('.hh-root') as HTMLElement;
      expect(root.querySelector('.hh-copy')).not.toBeNull();
      const box = root.getBoundingClientRect();
      expect(box.width).toBeLessThanOrEqual(width);
      for (const part of root.children) {
        const rect = part.getBoundingClientRect();
        expect(rect.right, part.className).toBeLessThanOrEqual(box.right);
        expect(rect.left, part.className).toBeGreaterThanOrEqual(box.left);
      }
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
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
