/** The root README's quick start prints what decide() gives for its input, to the character. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { decide } from '../src/index.js';

it("the README's decide() example shows decide()'s output", () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const shown = /gives \(the helpline object left out.*?```json\n(.*?)```/s.exec(readme)?.[1];
  const { helpline: _, ...decision } = decide({
    now: new Date('2026-11-29T22:30:00+01:00'),
    report: { category: 'harassment', role: 'witness', country: 'FR' },
  });
  expect(readme).toContain("now: new Date('2026-11-29T22:30:00+01:00')");
  expect(readme).toContain("report: { category: 'harassment', role: 'witness', country: 'FR' }");
  expect(shown?.trim()).toBe(JSON.stringify(decision, null, 2));
});
