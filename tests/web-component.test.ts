import AxeBuilder from '@axe-core/playwright';
import { type BrowserContextOptions, devices, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpFixtureBrowser } from './server.ts';

const suite = setUpFixtureBrowser();

/** What a page did besides rendering: requests, console errors, CSP violations. */
interface Visit {
  page: Page;
  requests: string[];
  errors: string[];
  violations: () => Promise<string[]>;
}

/** Opens a fixture page in a fresh context (axe needs one from `suite.browser.newContext()`) and waits for the element. */
async function visit(fixture: string, options: BrowserContextOptions = {}): Promise<Visit> {
  const context = await suite.browser.newContext(options);
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(`${suite.origin}/${fixture}`);
  await page.locator('helpline-handoff [part="root"]').waitFor();
  const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { page, requests, errors, violations };
}

/** axe on the whole page, shadow root included; color contrast too, as this is a real browser. */
async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function expectOnlyOwnRequests({ requests }: Visit): Promise<void> {
  expect(requests.filter((url) => !url.startsWith(`${suite.origin}/`))).toEqual([]);
}

/** Every target of the hand-off measures at least 44×44 CSS pixels (WCAG 2.5.8, and 2.5.5's size). */
async function expectLargeTargets(page: Page): Promise<void> {
  const targets = await page.locator('helpline-handoff :is([part="action"], [part="copy"])').all();
  expect(targets.length).toBeGreaterThan(0);
  for (const target of targets) {
    const box = await target.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(44);
    expect(box?.height).toBeGreaterThanOrEqual(44);
  }
}

const part = (page: Page, name: string) => page.locator(`helpline-handoff [part="${name}"]`);

describe('<helpline-handoff> from the script-tag file', () => {
  it('offers the call to 3018 at 10:00 Paris time with can-dial', async () => {
    const visit_ = await visit('call.html');
    const { page } = visit_;
    expect(await part(page, 'root').getAttribute('data-kind')).toBe('call');
    expect(await part(page, 'action').getAttribute('href')).toBe('tel:3018');
    expect(await part(page, 'action').textContent()).toBe('Appeler le 3018');
    expect(await part(page, 'number').isVisible()).toBe(true);
    expect(await part(page, 'status').textContent()).toBe("Ouvert jusqu'à 23 h");
    await expectLargeTargets(page);
    await expectAccessible(page);
    await expectOnlyOwnRequests(visit_);
    expect(visit_.errors).toEqual([]);
    await page.context().close();
  });

  it('links to the website at 23:30 and says when the line reopens', async () => {
    const visit_ = await visit('closed.html');
    const { page } = visit_;
    expect(await part(page, 'root').getAttribute('data-reason')).toBe('closed');
    expect(await part(page, 'action').getAttribute('href')).toBe('https://e-enfance.org/numero-3018/');
    expect(await part(page, 'status').textContent()).toBe('Fermé, rouvre demain à 9 h');
    expect(await part(page, 'number').isVisible()).toBe(true);
    await expectAccessible(page);
    await expectOnlyOwnRequests(visit_);
    await page.context().close();
  });

  it('shows the number as text and a copy button where the device cannot dial', async () => {
    const visit_ = await visit('cannot-dial.html');
    const { page } = visit_;
    expect(await part(page, 'root').getAttribute('data-reason')).toBe('cannot-dial');
    expect(await part(page, 'number').textContent()).toBe('3018');
    expect(await part(page, 'number').isVisible()).toBe(true);
    expect(await part(page, 'copy').isVisible()).toBe(true);
    await expectLargeTargets(page);
    await expectAccessible(page);
    await expectOnlyOwnRequests(visit_);
    await page.context().close();
  });

  it('when nothing can copy, selects the number for the person to copy, and announces nothing', async () => {
    const { page } = await visit('cannot-dial.html');
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
      document.execCommand = () => false;
    });
    await part(page, 'copy').click();
    await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('3018');
    expect(await part(page, 'copy').textContent()).toBe('Copier le numéro');
    expect(await page.locator('helpline-handoff [aria-live="polite"]').textContent()).not.toContain('copié');
    await page.context().close();
  });

  it('without the Clipboard API, copies the number itself with the copy command, not the text shown with it', async () => {
    const { page } = await visit('cannot-dial.html', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.evaluate(() => {
      const clipboard = navigator.clipboard;
      (window as unknown as { __read: () => Promise<string> }).__read = () => clipboard.readText();
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
      (document.querySelector('helpline-handoff') as HTMLElement & { messages: unknown }).messages = {
        fr: { number: 'Numéro gratuit : 3018' },
      };
    });
    await expect.poll(() => part(page, 'number').textContent()).toBe('Numéro gratuit : 3018');
    await part(page, 'copy').click();
    await expect.poll(() => part(page, 'copy').textContent()).toBe('Numéro copié');
    expect(await page.evaluate(() => (window as unknown as { __read: () => Promise<string> }).__read())).toBe('3018');
    await page.context().close();
  });

  it('copies the number, announces it politely and sends handoff-copy', async () => {
    const { page } = await visit('cannot-dial.html', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.evaluate(() => {
      const events: unknown[] = [];
      (window as unknown as { __events: unknown[] }).__events = events;
      document.addEventListener('handoff-copy', (event) => events.push((event as CustomEvent).detail));
    });
    await part(page, 'copy').click();
    await page.locator('helpline-handoff [aria-live="polite"]', { hasText: 'Numéro copié' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('3018');
    expect(await page.evaluate(() => (window as unknown as { __events: unknown[] }).__events)).toEqual([
      { kind: 'link', reason: 'cannot-dial', helplineId: '3018' },
    ]);
    await page.context().close();
  });

  it('renders a custom helpline written with attributes', async () => {
    const visit_ = await visit('custom.html');
    const { page } = visit_;
    expect(await part(page, 'action').getAttribute('href')).toBe('tel:116111');
    expect(await part(page, 'action').textContent()).toBe('Call 116 111');
    expect(await part(page, 'hours').textContent()).toBe('Monday to Saturday, 2 pm to 8 pm');
    expect(await part(page, 'root').getAttribute('lang')).toBe('en');
    await expectAccessible(page);
    await expectOnlyOwnRequests(visit_);
    expect(visit_.errors).toEqual([]);
    await page.context().close();
  });

  it('renders styled under a strict CSP with Trusted Types, with no violation reported', async () => {
    const visit_ = await visit('strict-csp.html');
    const { page } = visit_;
    const response = await page.request.get(`${suite.origin}/strict-csp.html`);
    expect(response.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
    const action = await part(page, 'action').evaluate((element) => {
      const style = getComputedStyle(element);
      return { background: style.backgroundColor, color: style.color, minHeight: style.minHeight };
    });
    // The shared stylesheet's call button: accent background, accent text, 44px high at least.
    expect(action).toEqual({ background: 'rgb(10, 85, 199)', color: 'rgb(255, 255, 255)', minHeight: '44px' });
    expect(await part(page, 'root').evaluate((element) => getComputedStyle(element).borderRadius)).toBe('12px');
    await expectLargeTargets(page);
    expect(await visit_.violations()).toEqual([]);
    expect(visit_.errors).toEqual([]);
    await expectOnlyOwnRequests(visit_);
    await page.context().close();
  });

  it('gives the call on a phone without can-dial (iPhone emulation)', async () => {
    const { defaultBrowserType: _webkit, ...iPhone } = devices['iPhone 13'];
    const visit_ = await visit('mobile.html', iPhone);
    const { page } = visit_;
    expect(await page.evaluate(() => navigator.maxTouchPoints)).toBeGreaterThan(0);
    expect(await part(page, 'root').getAttribute('data-kind')).toBe('call');
    expect(await part(page, 'action').getAttribute('href')).toBe('tel:3018');
    await expectLargeTargets(page);
    await expectAccessible(page);
    await expectOnlyOwnRequests(visit_);
    await page.context().close();
  });

  it('loads twice without an error, and exposes the HelplineHandoff global', async () => {
    const visit_ = await visit('twice.html');
    const { page } = visit_;
    expect(visit_.errors).toEqual([]);
    expect(await page.locator('helpline-handoff [part="root"]').count()).toBe(1);
    const global = await page.evaluate(() => {
      const api = (window as unknown as { HelplineHandoff: Record<string, unknown> }).HelplineHandoff;
      // The global is the copy whose element is on the page: the first one.
      return { keys: Object.keys(api).sort(), same: api.HelplineHandoffElement === customElements.get('helpline-handoff') };
    });
    expect(global.keys).toEqual(['HELPLINE_3018', 'HelplineHandoffElement', 'TAG_NAME', 'decide', 'define', 'detectCanDial', 'parseHours']);
    expect(global.same).toBe(true);
    await page.context().close();
  });

  it('gives the global the element on the page when another copy defined it first (an ESM build)', async () => {
    const page = await (await suite.browser.newContext()).newPage();
    await page.addInitScript(() => customElements.define('helpline-handoff', class extends HTMLElement {}));
    await page.goto(`${suite.origin}/call.html`);
    await page.waitForFunction(() => 'HelplineHandoff' in window);
    const same = await page.evaluate(
      () =>
        (window as unknown as { HelplineHandoff: { HelplineHandoffElement: unknown } }).HelplineHandoff.HelplineHandoffElement ===
        customElements.get('helpline-handoff'),
    );
    expect(same).toBe(true);
    await page.context().close();
  });

  it('shows a visible focus ring on the call', async () => {
    const { page } = await visit('call.html');
    await page.keyboard.press('Tab');
    const outline = await part(page, 'action').evaluate((element) => {
      const style = getComputedStyle(element);
      return { focused: element.matches(':focus-visible'), width: style.outlineWidth, style: style.outlineStyle };
    });
    expect(outline).toEqual({ focused: true, width: '3px', style: 'solid' });
    await page.context().close();
  });
});
