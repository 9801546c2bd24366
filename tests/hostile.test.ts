import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpFixtureBrowser } from './server.ts';

// Hostile host pages: the element must render right whatever the page does around it.

const suite = setUpFixtureBrowser();

/** Opens a fixture in a fresh context, collecting page errors, and waits for `count` rendered elements. */
async function visit(fixture: string, count = 1): Promise<{ page: Page; errors: string[] }> {
  const page = await (await suite.browser.newContext()).newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${suite.origin}/${fixture}`);
  await page.waitForFunction((n) => {
    // Deep: inside other components' shadow roots too.
    const all: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName === 'helpline-handoff') all.push(element);
        if (element.shadowRoot && element.localName !== 'helpline-handoff') walk(element.shadowRoot);
      }
    };
    walk(document);
    return all.length >= n && all.every((element) => element.shadowRoot?.querySelector('[part="root"]'));
  }, count);
  return { page, errors };
}

const part = (frame: Page | Frame, name: string, element = 'helpline-handoff') => frame.locator(`${element} [part="${name}"]`);

/** What the host page cannot change: the element's own look of the call button. */
async function actionStyle(frame: Page | Frame, element = 'helpline-handoff') {
  const action = part(frame, 'action', element);
  const box = await action.boundingBox();
  const style = await action.evaluate((node) => {
    const computed = getComputedStyle(node);
    return {
      background: computed.backgroundColor,
      color: computed.color,
      minHeight: computed.minHeight,
      letterSpacing: computed.letterSpacing,
      textTransform: computed.textTransform,
      decoration: computed.textDecorationLine,
    };
  });
  return { ...style, width: box?.width ?? 0, height: box?.height ?? 0 };
}

const OWN_CALL_BUTTON = { background: 'rgb(10, 85, 199)', color: 'rgb(255, 255, 255)', minHeight: '44px' };

describe('<helpline-handoff> on hostile host pages', () => {
  it('takes properties set before the script tag defined it (parsed and script-created elements)', async () => {
    const { page, errors } = await visit('pre-upgrade.html', 2);
    const parsed = await page.evaluate(() => {
      const element = document.getElementById('parsed') as HTMLElement & { policy?: unknown; decision?: { reason: string } };
      return { own: Object.hasOwn(element, 'policy'), policy: element.policy, reason: element.decision?.reason };
    });
    expect(parsed).toEqual({ own: false, policy: { action: 'link' }, reason: 'policy-link' });
    expect(await part(page, 'title', '#parsed').textContent()).toBe('Parler à quelqu’un');
    expect(await part(page, 'body', '#parsed').textContent()).toMatch(/signalé/); // the witness text
    expect(await part(page, 'action', '#parsed').getAttribute('href')).toMatch(/^https:/);
    expect(await part(page, 'root', '#created').getAttribute('data-reason')).toBe('cannot-dial');
    expect(await part(page, 'copy', '#created').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('renders inside another component’s shadow root, untouched by its styles', async () => {
    const { page, errors } = await visit('shadow-host.html');
    // Playwright's CSS locators pierce open shadow roots.
    expect(await part(page, 'action').getAttribute('href')).toBe('tel:3018');
    const style = await actionStyle(page);
    expect(style).toMatchObject(OWN_CALL_BUTTON);
    expect(style.height).toBeGreaterThanOrEqual(44);
    const events = await page.evaluate(() => {
      const seen: string[] = [];
      document.addEventListener('handoff-action', (event) => seen.push(event.type));
      const host = document.querySelector('report-dialog')?.shadowRoot?.querySelector('helpline-handoff');
      const action = host?.shadowRoot?.querySelector<HTMLAnchorElement>('[part="action"]');
      action?.addEventListener('click', (event) => event.preventDefault());
      action?.click();
      return seen;
    });
    expect(events).toEqual(['handoff-action']); // composed: it reaches the document
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is reachable by keyboard inside a modal <dialog> opened with showModal()', async () => {
    const { page, errors } = await visit('dialog.html');
    const focused = () =>
      page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.getAttribute('part') ?? active?.id ?? active?.localName ?? null;
      });
    let reached = false;
    for (let press = 0; press < 4 && !reached; press++) {
      await page.keyboard.press('Tab');
      reached = (await focused()) === 'action';
    }
    expect(reached).toBe(true);
    const ring = await part(page, 'action').evaluate((node) => [node.matches(':focus-visible'), getComputedStyle(node).outlineStyle]);
    expect(ring).toEqual([true, 'solid']);
    expect((await part(page, 'action').boundingBox())?.height).toBeGreaterThanOrEqual(44);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('renders in an iframe', async () => {
    const page = await (await suite.browser.newContext()).newPage();
    await page.goto(`${suite.origin}/iframe.html`);
    const frame = page.frames().find((candidate) => candidate.url().endsWith('/call.html')) as Frame;
    await frame.locator('helpline-handoff [part="root"]').waitFor();
    expect(await part(frame, 'action').getAttribute('href')).toBe('tel:3018');
    const style = await actionStyle(frame);
    expect(style).toMatchObject(OWN_CALL_BUTTON);
    expect(style.width).toBeGreaterThanOrEqual(44);
    expect(style.height).toBeGreaterThanOrEqual(44);
    await page.context().close();
  });

  it('keeps its look when moved into another document (an iframe’s) and back', async () => {
    const { page } = await visit('call.html');
    const looks = await page.evaluate(() => {
      const element = document.querySelector('helpline-handoff') as HTMLElement;
      const look = () => {
        const action = element.shadowRoot?.querySelector('[part="action"]') as HTMLElement;
        const style = element.ownerDocument.defaultView?.getComputedStyle(action);
        return { background: style?.backgroundColor, minHeight: style?.minHeight, height: action.getBoundingClientRect().height };
      };
      const frame = document.body.appendChild(document.createElement('iframe'));
      (frame.contentDocument as Document).body.append(element);
      const inFrame = look();
      document.body.append(element);
      return [inFrame, look()];
    });
    for (const look of looks) {
      expect(look).toMatchObject({ background: OWN_CALL_BUTTON.background, minHeight: OWN_CALL_BUTTON.minHeight });
      expect(look.height).toBeGreaterThanOrEqual(44);
    }
    await page.context().close();
  });

  it("keeps a host's own sheet in its shadow root when reconnected", async () => {
    const { page } = await visit('call.html');
    const sheets = await page.evaluate(() => {
      const element = document.querySelector('helpline-handoff') as HTMLElement;
      const shadow = element.shadowRoot as ShadowRoot;
      const own = new CSSStyleSheet();
      own.replaceSync('[part="title"] { color: rgb(1, 2, 3) }');
      shadow.adoptedStyleSheets = [own, ...shadow.adoptedStyleSheets];
      element.remove();
      document.body.append(element);
      const action = shadow.querySelector('[part="action"]') as Element;
      return {
        count: shadow.adoptedStyleSheets.length,
        kept: shadow.adoptedStyleSheets.includes(own),
        title: getComputedStyle(shadow.querySelector('[part="title"]') as Element).color,
        minHeight: getComputedStyle(action).minHeight,
      };
    });
    expect(sheets).toEqual({ count: 2, kept: true, title: 'rgb(1, 2, 3)', minHeight: OWN_CALL_BUTTON.minHeight });
    await page.context().close();
  });

  it('in a right-to-left page: the layout follows the page, the French texts keep their own direction', async () => {
    const { page, errors } = await visit('rtl.html');
    const layout = await page.evaluate(() => {
      const host = document.querySelector('helpline-handoff') as HTMLElement;
      const root = host.shadowRoot?.querySelector('[part="root"]') as HTMLElement;
      const action = host.shadowRoot?.querySelector('[part="action"]') as HTMLElement;
      const [hostBox, actionBox] = [host.getBoundingClientRect(), action.getBoundingClientRect()];
      return {
        pageDirection: getComputedStyle(host).direction,
        textDirection: getComputedStyle(root).direction,
        inside: actionBox.left >= hostBox.left && actionBox.right <= hostBox.right,
        height: actionBox.height,
      };
    });
    expect(layout).toEqual({ pageDirection: 'rtl', textDirection: 'ltr', inside: true, height: expect.any(Number) });
    expect(layout.height).toBeGreaterThanOrEqual(44);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps its own look under a page whose global CSS restyles *, a and button with !important', async () => {
    const { page, errors } = await visit('aggressive.html');
    // The page's own link proves the hostile rules apply.
    expect(await page.locator('main > a').evaluate((node) => getComputedStyle(node).color)).toBe('rgb(255, 0, 0)');
    const style = await actionStyle(page);
    expect(style).toMatchObject({ ...OWN_CALL_BUTTON, letterSpacing: 'normal', textTransform: 'none', decoration: 'none' });
    expect(style.width).toBeGreaterThanOrEqual(44);
    expect(style.height).toBeGreaterThanOrEqual(44);
    const root = await part(page, 'root').evaluate((node) => {
      const computed = getComputedStyle(node);
      return { background: computed.backgroundColor, color: computed.color };
    });
    expect(root).toEqual({ background: 'rgb(255, 255, 255)', color: 'rgb(29, 29, 33)' });
    // The documented ways in still work: custom properties and ::part().
    await page.addStyleTag({
      content: 'helpline-handoff { --hh-accent: rgb(1, 2, 3) } helpline-handoff::part(title) { color: rgb(4, 5, 6) }',
    });
    expect((await actionStyle(page)).background).toBe('rgb(1, 2, 3)');
    expect(await part(page, 'title').evaluate((node) => getComputedStyle(node).color)).toBe('rgb(4, 5, 6)');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws no box when hidden, even where the page sets its display with !important', async () => {
    const { page, errors } = await visit('aggressive.html');
    await page.addStyleTag({ content: 'helpline-handoff { display: block !important; padding: 12px !important }' });
    const element = page.locator('helpline-handoff');
    expect(await element.boundingBox()).not.toBeNull();
    // Nothing to show: a report the policy does not cover.
    await element.evaluate((node) => node.setAttribute('category', 'spam'));
    await expect.poll(() => element.evaluate((node) => node.hidden)).toBe(true);
    expect(await element.boundingBox()).toBeNull();
    // Covered again, then kept hidden by the host.
    await element.evaluate((node) => node.setAttribute('category', 'harassment'));
    await expect.poll(() => element.boundingBox()).not.toBeNull();
    await element.evaluate((node) => node.setAttribute('hidden', ''));
    expect(await element.boundingBox()).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
