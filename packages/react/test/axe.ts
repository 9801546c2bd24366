import axe from 'axe-core';
import { expect } from 'vitest';

/** Runs axe on `node`; jsdom has no layout or canvas, so color contrast is checked in Chromium instead. */
export async function expectAccessible(node: Element, options: { contrast?: boolean } = {}): Promise<void> {
  const results = await axe.run(node, { rules: { 'color-contrast': { enabled: options.contrast ?? false } } });
  if (options.contrast) expect(results.passes.map((rule) => rule.id)).toContain('color-contrast');
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.html).join(', ')})`),
  ).toEqual([]);
}
