import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { ATTRIBUTES } from '../packages/web-component/src/input.ts';
import { setUpFixtureBrowser } from './server.ts';

// Random attributes, set and removed in any order, on the built element in a real page.

const suite = setUpFixtureBrowser();
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  page = await suite.browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${suite.origin}/fuzz.html`);
  await page.waitForFunction(() => customElements.get('helpline-handoff'));
});

/** The element's own attributes (plus the theme hook), so a new attribute is fuzzed too. */
const DOCUMENTED = [...ATTRIBUTES, 'data-theme'];

/** Values that mean something to some attribute, so that sequences reach real decisions too. */
const MEANINGFUL = [
  'call',
  'link',
  'hide',
  'harassment',
  'spam',
  'victim',
  'witness',
  'FR',
  'BE',
  'en',
  'fr-CA',
  '2025-06-10T10:00:00+02:00',
  '2025-06-10T23:30:00+02:00',
  'true',
  'false',
  '',
  'Europe/Paris',
  'Mars/Olympus',
  '116 111',
  '+33 1 23 45 67 89',
  'https://example.org/',
  'javascript:alert(1)',
  'Mo-Sa 14:00-20:00',
  '24/7',
  'off',
  '3',
  '9',
  'dark',
];

const name = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...DOCUMENTED) }, fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/));
const value = fc.oneof(fc.constantFrom(...MEANINGFUL), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));
const operation = fc.oneof(
  fc.record({ op: fc.constant('set' as const), name, value }),
  fc.record({ op: fc.constant('remove' as const), name }),
  fc.record({ op: fc.constant('settle' as const) }),
);

interface Outcome {
  kind?: string;
  reason?: string;
  children: number;
  href: string | null;
  whenClosed: string | null;
}

it('any sequence of attributes leaves a rendered element with a tel: or https: action, and no page error', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), async (operations) => {
      const outcome = await page.evaluate(async (ops): Promise<Outcome> => {
        const host = document.getElementById('host') as HTMLElement;
        host.replaceChildren();
        const element = document.createElement('helpline-handoff') as HTMLElement & { decision?: { kind: string; reason: string } };
        const original = console.warn;
        console.warn = () => {}; // bad values warn, by design
        try {
          host.append(element);
          for (const step of ops) {
            if (step.op === 'set') element.setAttribute(step.name, step.value);
            else if (step.op === 'remove') element.removeAttribute(step.name);
            else await Promise.resolve();
          }
          await new Promise((resolve) => setTimeout(resolve)); // the queued render
        } finally {
          console.warn = original;
        }
        const shadow = element.shadowRoot as ShadowRoot;
        return {
          kind: element.decision?.kind,
          reason: element.decision?.reason,
          children: shadow.children.length,
          href: shadow.querySelector('[part="action"]')?.getAttribute('href') ?? null,
          whenClosed: element.getAttribute('when-closed'),
        };
      }, operations);
      if (outcome.kind === 'none') {
        // Nothing only for a category the policy does not cover, or a closed line hidden on purpose.
        expect(outcome.reason === 'not-covered' || (outcome.reason === 'closed' && outcome.whenClosed === 'hide')).toBe(true);
        expect(outcome.children).toBe(0);
      } else {
        expect(outcome.kind).toMatch(/^(call|link)$/);
        expect(outcome.children).toBeGreaterThan(0);
        expect(outcome.href).toMatch(/^(tel:|https:)/);
      }
      expect(pageErrors).toEqual([]);
    }),
    { numRuns: 200 },
  );
});
