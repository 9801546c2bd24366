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
