// @vitest-environment node
import { expect, it } from 'vitest';

it('imports on a server, where there is no DOM, and define() does nothing there', async () => {
  const { define, HelplineHandoffElement } = await import('../src/index.js');
  expect(typeof HelplineHandoffElement).toBe('function');
  expect(define()).toBeUndefined();
});
