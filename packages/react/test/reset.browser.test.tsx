import '../../core/src/styles.css';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import { HelplineHandoff } from '../src/index.js';
import { expectAccessible } from './axe.js';
import { OPEN } from './cases.js';

// A typical modern reset, loaded AFTER the hand-off's stylesheet (the harder order): element
// selectors only, as resets are.
const RESET = `
*, *::before, *::after { box-sizing: border-box; }
* { margin: 0; }
body { line-height: 1.5; }
h1, h2, h3, h4, h5, h6, p { font-size: inherit; font-weight: inherit; overflow-wrap: break-word; }
a { color: inherit; text-decoration: none; }
button { font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
a:focus, button:focus { outline: none; }
:focus { outline: none; }
`;

let reset: HTMLStyleElement;
beforeAll(() => {
  reset = document.createElement('style');
  reset.textContent = RESET;
  document.head.append(reset);
});
afterAll(() => reset.remove());

const rendered = async (props: Parameters<typeof HelplineHandoff>[0]) =>
  (await render(<HelplineHandoff {...props} />)).container.querySelector('.hh-root') as HTMLElement;

describe('under a host reset stylesheet', () => {
  test('the call keeps its colors, 44×44 and a visible focus ring, and passes axe with contrast', async () => {
    const root = await rendered({ now: OPEN });
    const action = root.querySelector('.hh-action') as HTMLElement;
    const style = getComputedStyle(action);
    expect([style.backgroundColor, style.color]).toEqual(['rgb(10, 85, 199)', 'rgb(255, 255, 255)']);
    const box = action.getBoundingClientRect();
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    const { userEvent } = await import('vitest/browser');
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(action);
    expect([getComputedStyle(action).outlineStyle, getComputedStyle(action).outlineWidth]).toEqual(['solid', '3px']);
    await expectAccessible(root, { contrast: true });
  });

  test('the copy button keeps its border and 44×44 against the reset’s button rules', async () => {
    const root = await rendered({ now: OPEN, device: { canDial: false } });
    const copy = root.querySelector('.hh-copy') as HTMLElement;
    expect(getComputedStyle(copy).borderTopStyle).toBe('solid');
    const box = copy.getBoundingClientRect();
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    await expectAccessible(root, { contrast: true });
  });

  test('a host rule on the class still wins, wherever it sits', async () => {
    const host = document.createElement('style');
    host.textContent = '.hh-action { background: rgb(1, 2, 3); } .hh-title { font-size: 30px; }';
    document.head.prepend(host); // before the hand-off's stylesheet
    try {
      const root = await rendered({ now: OPEN });
      expect(getComputedStyle(root.querySelector('.hh-action') as HTMLElement).backgroundColor).toBe('rgb(1, 2, 3)');
      expect(getComputedStyle(root.querySelector('.hh-title') as HTMLElement).fontSize).toBe('30px');
    } finally {
      host.remove();
    }
  });

  test('the live region stays visually hidden, even unstyled', async () => {
    const root = await rendered({ now: OPEN, unstyled: true });
    const live = root.querySelector('[aria-live="polite"]') as HTMLElement;
    const box = live.getBoundingClientRect();
    expect([box.width, box.height, getComputedStyle(live).position]).toEqual([1, 1, 'absolute']);
  });
});
