import { HELPLINE_3018, PARTS } from '@helpline-handoff/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HelplineHandoffElement } from '../src/element.js';
import type { HandoffCustomEvent } from '../src/events.js';
import { BAD_ATTRIBUTES, CUSTOM_HELPLINE } from './bad-attributes.cases.js';
import { mount, nextTask, PARIS_10, PARIS_2330, part, settle, text } from './helpers.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('rendering', () => {
  it('offers the call to 3018 at 10:00 Paris time on a phone', () => {
    const element = mount({ now: PARIS_10, 'can-dial': '' });
    expect(part(element, 'root')?.dataset).toMatchObject({ kind: 'call', reason: 'open' });
    expect(part(element, 'action')?.getAttribute('href')).toBe('tel:3018');
    expect(text(element, 'action')).toBe('Appeler le 3018');
    expect(text(element, 'number')).toBe('3018');
    expect(text(element, 'hours')).toBe('Tous les jours de 9 h à 23 h');
    expect(text(element, 'status')).toBe("Ouvert jusqu'à 23 h");
    expect(part(element, 'copy')).toBeNull();
    expect(element.hidden).toBe(false);
  });

  it('renders every part in the order of the shared stylesheet, with its class and part name', () => {
    const element = mount({ now: PARIS_10, 'can-dial': 'false' });
    const root = part(element, 'root') as HTMLElement;
    const children = [...root.children].map((child) => child.getAttribute('part'));
    expect(children).toEqual(PARTS.filter((name) => name !== 'root'));
    for (const child of [root, ...root.children]) expect(child.className).toBe(`hh-${child.getAttribute('part')}`);
    expect(root.tagName).toBe('SECTION');
    expect(root.getAttribute('aria-labelledby')).toBe(part(element, 'title')?.id);
  });

  it('links to the website at 23:30 with the next opening, and still shows the number', () => {
    const element = mount({ now: PARIS_2330, 'can-dial': '' });
    expect(part(element, 'root')?.dataset).toMatchObject({ kind: 'link', reason: 'closed' });
    expect(part(element, 'action')?.getAttribute('href')).toBe(HELPLINE_3018.website);
    expect(part(element, 'action')?.getAttribute('rel')).toBe('noreferrer');
    expect(text(element, 'status')).toBe('Fermé, rouvre demain à 9 h');
    expect(text(element, 'number')).toBe('3018');
    expect(text(element, 'copy')).toBe('Copier le numéro'); // to call it once the line opens
  });

  it('shows the number and a copy button where the device cannot dial', () => {
    const element = mount({ now: PARIS_10, 'can-dial': 'false' });
    expect(part(element, 'root')?.dataset.reason).toBe('cannot-dial');
    expect(text(element, 'number')).toBe('3018');
    expect(text(element, 'copy')).toBe('Copier le numéro');
    expect(part(element, 'copy')?.getAttribute('type')).toBe('button');
  });

  it('hides the host and leaves the shadow root empty when the category is not covered', () => {
    const element = mount({ now: PARIS_10, category: 'spam' });
    expect(element.decision?.kind).toBe('none');
    expect(element.hidden).toBe(true);
    expect(element.shadowRoot?.childNodes.length).toBe(0);
  });

  it('hides while closed with when-closed="hide", and comes back when it changes', async () => {
    const element = mount({ now: PARIS_2330, 'when-closed': 'hide' });
    expect(element.hidden).toBe(true);
    element.setAttribute('when-closed', 'link');
    await settle();
    expect(element.hidden).toBe(false);
    expect(part(element, 'root')?.dataset.reason).toBe('closed');
  });

  it('leaves a hidden attribute the host set itself', async () => {
    const element = mount({ now: PARIS_10, hidden: '' });
    expect(element.hidden).toBe(true);
    element.setAttribute('locale', 'en');
    await settle();
    expect(element.hidden).toBe(true);
  });

  it('speaks English with locale="en" and marks the language of the texts', () => {
    const element = mount({ now: PARIS_10, 'can-dial': '', locale: 'en-GB' });
    expect(text(element, 'action')).toBe('Call 3018');
    expect(part(element, 'root')?.lang).toBe('en-GB');
    expect(part(mount({ now: PARIS_10, locale: 'de' }), 'root')?.lang).toBe('en');
    const german = { title: 'Brauchst du jemanden zum Reden?', body: 'Du bist nicht allein.', action: 'Anrufen' };
    expect(part(mount({ now: PARIS_10, locale: 'de' }, { messages: { de: german } }), 'root')?.lang).toBe('de');
    expect(part(mount({ now: PARIS_10, locale: 'de' }, { messages: { de: { title: german.title } } }), 'root')?.lang).toBe('en');
  });

  it('reads country and locale codes without the spaces a template put around them', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = mount({ now: PARIS_10, 'can-dial': '', country: ' FR ', locale: ' en\n' });
    expect(element.decision).toMatchObject({ kind: 'call', reason: 'open', errors: [] });
    expect(text(element, 'action')).toBe('Call 3018');
    expect(warn).not.toHaveBeenCalled();
  });

  it('names the helpline’s zone when the reporter’s differs', () => {
    const element = mount({ now: PARIS_10, 'can-dial': '', 'reporter-time-zone': 'America/Montreal' });
    expect(text(element, 'status')).toContain('heure de Paris');
  });

  it('gives a witness the witness text, without a category', () => {
    const element = mount({ now: PARIS_10, role: 'witness' });
    expect(element.decision?.errors).toEqual([]);
    expect(text(element, 'body')).toMatch(/signalé/);
  });

  it('links abroad: country="BE" cannot dial 3018', () => {
    const element = mount({ now: PARIS_10, 'can-dial': '', country: 'BE' });
    expect(element.decision).toMatchObject({ kind: 'link', reason: 'abroad' });
    expect(part(element, 'number')).toBeNull();
  });

  it('follows action="link", the TikTok way', () => {
    const element = mount({ now: PARIS_10, 'can-dial': '', action: 'link' });
    expect(element.decision).toMatchObject({ kind: 'link', reason: 'policy-link' });
  });

  it('mirrors data-theme on the root so the shared stylesheet themes it', async () => {
    const element = mount({ now: PARIS_10, 'data-theme': 'dark' });
    expect(part(element, 'root')?.dataset.theme).toBe('dark');
    element.removeAttribute('data-theme');
    await settle();
    expect(part(element, 'root')?.dataset.theme).toBeUndefined();
  });

  it('adopts one constructable stylesheet shared by every instance', () => {
    const [a, b] = [mount({ now: PARIS_10 }), mount({ now: PARIS_10 })];
    expect(a.shadowRoot?.adoptedStyleSheets).toHaveLength(1);
    expect(a.shadowRoot?.adoptedStyleSheets[0]).toBe(b.shadowRoot?.adoptedStyleSheets[0]);
    expect(a.shadowRoot?.querySelector('style')).toBeNull();
  });
});

describe('attributes and properties', () => {
  it('re-renders on an attribute change, once for several changes', async () => {
    const element = mount({ now: PARIS_10, 'can-dial': '' });
    const action = part(element, 'action');
    element.setAttribute('now', PARIS_2330);
    element.setAttribute('locale', 'en');
    expect(element.decision?.reason).toBe('open'); // not yet: one render per batch
    await settle();
    expect(element.decision?.reason).toBe('closed');
    expect(text(element, 'action')).toBe('Visit the 3018 website');
    expect(part(element, 'action')).toBe(action); // updated in place: focus survives
  });

  it('reads a property set to null, as framework bindings pass for none, as unset: no warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = mount({ now: PARIS_10, 'can-dial': '' });
    for (const key of ['report', 'policy', 'helpline', 'messages', 'formatPhone'] as const) {
      (element as unknown as Record<string, unknown>)[key] = null;
    }
    await settle();
    expect(element.decision).toMatchObject({ kind: 'call', reason: 'open', errors: [] });
    expect(warn).not.toHaveBeenCalled();
  });

  it('defaults can-dial to detectCanDial(navigator)', () => {
    const phone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(phone);
    expect(mount({ now: PARIS_10 }).decision?.kind).toBe('call');
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue('Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0');
    expect(mount({ now: PARIS_10 }).decision?.reason).toBe('cannot-dial');
  });

  it('takes a custom helpline from attributes', () => {
    const element = mount({ ...CUSTOM_HELPLINE, now: '2025-06-10T15:00:00+02:00', 'can-dial': '', locale: 'en' });
    expect(element.decision?.errors).toEqual([]);
    expect(element.decision).toMatchObject({ kind: 'call', reason: 'open', href: 'tel:116111' });
    expect(text(element, 'number')).toBe('116 111');
    expect(text(element, 'hours')).toBe('Monday to Saturday, 2 pm to 8 pm');
  });

  it('takes a custom helpline, a policy, a report and messages as properties', async () => {
    const element = mount({ now: PARIS_10, 'can-dial': '' });
    element.helpline = { ...HELPLINE_3018, id: 'my-line', name: 'Ma ligne', website: 'https://example.org/' };
    element.report = { category: 'harassment', role: 'witness' };
    element.messages = { fr: { title: 'Parler à quelqu’un' } };
    await settle();
    expect(element.decision?.helpline.id).toBe('my-line');
    expect(text(element, 'title')).toBe('Parler à quelqu’un');
    element.policy = { action: 'link' };
    await settle();
    expect(part(element, 'action')?.getAttribute('href')).toBe('https://example.org/');
  });

  it('lets attributes win over the same field of a property', async () => {
    const element = mount({ now: PARIS_10, 'can-dial': '', action: 'call' }, { policy: { action: 'link' } });
    expect(element.decision?.kind).toBe('call');
    element.device = { canDial: false };
    await settle();
    expect(element.decision?.kind).toBe('call'); // the can-dial attribute wins
    element.removeAttribute('can-dial');
    await settle();
    expect(element.decision?.reason).toBe('cannot-dial');
  });

  it('define() is guarded and returns the registered class', async () => {
    const { define } = await import('../src/define.js');
    expect(define()).toBe(HelplineHandoffElement);
    expect(() => define()).not.toThrow();
    expect(define(undefined)).toBe(HelplineHandoffElement); // the default registry
  });
});

describe('events', () => {
  const listening: (() => void)[] = [];
  afterEach(() => {
    for (const stop of listening.splice(0)) stop();
  });
  const listen = (name: 'handoff-shown' | 'handoff-action' | 'handoff-copy') => {
    const seen: HandoffCustomEvent[] = [];
    const hear = (event: HandoffCustomEvent) => seen.push(event);
    document.addEventListener(name, hear);
    listening.push(() => document.removeEventListener(name, hear));
    return seen;
  };

  it('sends handoff-shown once per appearance, bubbling and composed, with no personal data', async () => {
    const shown = listen('handoff-shown');
    const element = mount({ now: PARIS_10, 'can-dial': '', category: 'harassment', country: 'FR' });
    element.setAttribute('locale', 'en');
    await settle();
    expect(shown).toHaveLength(1);
    expect(shown[0]?.detail).toEqual({ kind: 'call', reason: 'open', helplineId: '3018' });
    expect(shown[0]).toMatchObject({ bubbles: true, composed: true });
    element.setAttribute('category', 'spam'); // disappears
    await settle();
    element.setAttribute('category', 'bullying'); // appears again
    await settle();
    expect(shown).toHaveLength(2);
    const elsewhere = document.body.appendChild(document.createElement('div'));
    elsewhere.append(element); // moved in one task: never off screen, not a new appearance
    await settle();
    expect(shown).toHaveLength(2);
    element.remove();
    await settle();
    document.body.append(element); // reconnected after a while: a new appearance
    expect(shown).toHaveLength(3);
  });

  it('kept hidden by the host, appears when revealed: handoff-shown and the announcement then, not before', async () => {
    const shown = listen('handoff-shown');
    const element = mount({ now: PARIS_10, 'can-dial': '', hidden: '' });
    const live = element.shadowRoot?.querySelector('[aria-live="polite"]') as HTMLElement;
    await nextTask();
    expect(shown).toHaveLength(0);
    expect(live.textContent).toBe('');
    expect(part(element, 'action')?.getAttribute('href')).toBe('tel:3018'); // ready, to be revealed at once
    element.hidden = false;
    await settle();
    expect(shown).toHaveLength(1);
    await nextTask();
    expect(live.textContent?.trim()).toBe(`${text(element, 'title')} ${text(element, 'body')}`);
    element.hidden = true; // hidden again, then revealed: a new appearance
    await settle();
    element.hidden = false;
    await settle();
    expect(shown).toHaveLength(2);
    expect(element.hidden).toBe(false);
  });

  it('a hidden the host writes while the element hid itself stays the host’s: the line opening leaves it hidden', async () => {
    const shown = listen('handoff-shown');
    const element = mount({ now: PARIS_2330, 'when-closed': 'hide' });
    expect(element.hidden).toBe(true);
    element.hidden = true; // the host closes its dialog step
    element.setAttribute('now', PARIS_10);
    await settle();
    expect(element.hidden).toBe(true);
    expect(shown).toHaveLength(0);
    element.hidden = false;
    await settle();
    expect(shown).toHaveLength(1);
  });

  it('its own hidden (not covered) is not the host’s: covered again, it comes back and is shown', async () => {
    const shown = listen('handoff-shown');
    const element = mount({ now: PARIS_10, 'can-dial': '', category: 'spam' });
    expect(element.hidden).toBe(true);
    element.setAttribute('category', 'harassment');
    await settle();
    expect(element.hidden).toBe(false);
    expect(shown).toHaveLength(1);
  });

  it('sends handoff-action when the call is followed', () => {
    const actions = listen('handoff-action');
    const element = mount({ now: PARIS_10, 'can-dial': '' });
    const action = part(element, 'action') as HTMLAnchorElement;
    action.addEventListener('click', (event) => event.preventDefault());
    action.click();
    expect(actions.map((event) => event.detail)).toEqual([{ kind: 'call', reason: 'open', helplineId: '3018' }]);
  });

  it('sends handoff-action for a middle click, which opens the link in a new tab; not for a right click', () => {
    const actions = listen('handoff-action');
    const element = mount({ now: PARIS_2330 });
    const action = part(element, 'action') as HTMLAnchorElement;
    action.dispatchEvent(new MouseEvent('auxclick', { bubbles: true, button: 1 }));
    action.dispatchEvent(new MouseEvent('auxclick', { bubbles: true, button: 2 }));
    expect(actions.map((event) => event.detail)).toEqual([{ kind: 'link', reason: 'closed', helplineId: '3018' }]);
  });

  it('copies the number, announces "copied" politely and sends handoff-copy', async () => {
    const writeText = vi.fn(async () => {});
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    const copies = listen('handoff-copy');
    const element = mount({ now: PARIS_10, 'can-dial': 'false' });
    part(element, 'copy')?.click();
    await vi.waitFor(() => expect(copies).toHaveLength(1));
    expect(writeText).toHaveBeenCalledWith('3018');
    expect(copies[0]?.detail).toEqual({ kind: 'link', reason: 'cannot-dial', helplineId: '3018' });
    const live = element.shadowRoot?.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('Numéro copié');
    expect(text(element, 'copy')).toBe('Numéro copié');
    // A second copy changes the live region again (a no-break space, not read), so it is announced again.
    part(element, 'copy')?.click();
    await vi.waitFor(() => expect(copies).toHaveLength(2));
    expect(live?.textContent).toBe('Numéro copié\u00a0');
  });

  it('selects the number when the clipboard refuses, and sends no copy event', async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({
      writeText: () => Promise.reject(new Error('denied')),
    } as unknown as Clipboard);
    const copies = listen('handoff-copy');
    const element = mount({ now: PARIS_10, 'can-dial': 'false' });
    const selectAllChildren = vi.spyOn(Selection.prototype, 'selectAllChildren');
    part(element, 'copy')?.click();
    await vi.waitFor(() => expect(selectAllChildren).toHaveBeenCalledWith(part(element, 'number')));
    expect(copies).toHaveLength(0);
  });
});

describe('the timer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date(PARIS_10) });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps exactly one timer while connected, to changesAt, and none after disconnect', async () => {
    const element = mount({ 'can-dial': '' });
    vi.advanceTimersToNextFrame(); // the appearance announcement
    expect(vi.getTimerCount()).toBe(1);
    expect(element.decision?.changesAt?.toISOString()).toBe('2025-06-10T21:00:00.000Z');
    element.setAttribute('locale', 'en');
    await settle();
    expect(vi.getTimerCount()).toBe(1);
    element.remove();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('re-decides at 23:00 by itself, and again at midnight and 9:00', () => {
    const element = mount({ 'can-dial': '' });
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(Date.parse('2025-06-10T23:00:00+02:00') - Date.now() - 1);
    expect(element.decision?.kind).toBe('call');
    vi.advanceTimersByTime(1);
    expect(element.decision?.reason).toBe('closed');
    expect(text(element, 'status')).toBe('Fermé, rouvre demain à 9 h');
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(3_600_000); // midnight: "demain" becomes "aujourd'hui"
    expect(text(element, 'status')).toBe("Fermé, rouvre aujourd'hui à 9 h");
    vi.advanceTimersByTime(9 * 3_600_000);
    expect(element.decision?.kind).toBe('call');
    expect(vi.getTimerCount()).toBe(1);
  });

  it('works again after re-connection', () => {
    const element = mount({ 'can-dial': '' });
    vi.advanceTimersToNextFrame(); // the appearance announcement
    element.remove();
    expect(vi.getTimerCount()).toBe(0);
    vi.setSystemTime(new Date(PARIS_2330));
    document.body.append(element);
    vi.advanceTimersToNextFrame();
    expect(element.decision?.reason).toBe('closed');
    expect(vi.getTimerCount()).toBe(1);
  });

  it('the copy button leaving as the line opens hands its focus to the call, not to the page', () => {
    vi.setSystemTime(new Date('2025-06-10T08:59:59+02:00'));
    const element = mount({ 'can-dial': '' });
    expect(element.decision?.reason).toBe('closed');
    part(element, 'copy')?.focus();
    expect(element.shadowRoot?.activeElement).toBe(part(element, 'copy'));
    vi.advanceTimersByTime(1_000);
    expect(element.decision?.kind).toBe('call');
    expect(part(element, 'copy')).toBeNull();
    expect(element.shadowRoot?.activeElement).toBe(part(element, 'action'));
  });

  it('sets no timer for a fixed now (a preview)', () => {
    mount({ now: PARIS_10 });
    vi.advanceTimersToNextFrame();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('announces the hand-off politely once a frame was drawn with it, in a task, with no timer besides the one to changesAt', async () => {
    const element = mount({ 'can-dial': '' });
    const live = element.shadowRoot?.querySelector('[role="status"][aria-live="polite"]');
    expect(live?.textContent).toBe('');
    await nextTask();
    expect(live?.textContent).toBe(''); // not before the frame: the region must be in the accessibility tree first
    vi.advanceTimersToNextFrame();
    expect(vi.getTimerCount()).toBe(1);
    await nextTask();
    expect(live?.textContent).toBe(`${element.decision?.texts.title} ${element.decision?.texts.body}`);
  });

  it("reads its announcements in the language they were written in, not the page's", async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: async () => {} } });
    const element = mount({ 'can-dial': 'false', locale: 'en' });
    const live = element.shadowRoot?.querySelector('[aria-live="polite"]') as HTMLElement;
    vi.advanceTimersToNextFrame();
    await nextTask();
    expect(live).toMatchObject({ lang: 'en', textContent: `${text(element, 'title')} ${text(element, 'body')}` });
    element.setAttribute('locale', 'fr');
    await settle();
    expect(live.lang).toBe('en'); // it still holds the English announcement
    part(element, 'copy')?.click();
    await vi.waitFor(() => expect(live).toMatchObject({ lang: 'fr', textContent: 'Numéro copié' }));
    vi.unstubAllGlobals();
  });

  it('in a window without MessageChannel (a test DOM), announces at once rather than throw', () => {
    vi.stubGlobal('MessageChannel', undefined);
    try {
      const element = mount({ now: PARIS_10 });
      const live = element.shadowRoot?.querySelector('[aria-live="polite"]');
      expect(live?.textContent).toBe(`${element.decision?.texts.title} ${element.decision?.texts.body}`);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('announces the hand-off again when it is shown again (a hidden line reopening)', async () => {
    const element = mount({ now: PARIS_10, 'when-closed': 'hide' });
    vi.advanceTimersToNextFrame();
    await nextTask();
    const live = element.shadowRoot?.querySelector('[aria-live="polite"]') as HTMLElement;
    const first = live.textContent;
    expect(first).toBe(`${text(element, 'title')} ${text(element, 'body')}`);
    element.setAttribute('now', PARIS_2330);
    await settle();
    expect(element.hidden).toBe(true);
    element.setAttribute('now', PARIS_10);
    await settle();
    // Back on screen empty, then filled: a change a screen reader announces, not old text.
    expect(element.shadowRoot?.querySelector('[aria-live="polite"]')).toBe(live);
    expect(live.textContent).toBe('');
    vi.advanceTimersToNextFrame();
    await nextTask();
    expect(live.textContent).toBe(first);
  });

  it('sets no timer for a decision that never changes', () => {
    const element = mount({ ...CUSTOM_HELPLINE, hours: '24/7', 'can-dial': '' });
    vi.advanceTimersToNextFrame();
    expect(element.decision?.changesAt).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('clamps a far changesAt to what setTimeout can hold, then decides again', () => {
    // Closed for months: the next opening is past the 2^31-1 ms (24.8 days) a timer can wait.
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const element = mount(
      {},
      {
        helpline: {
          id: 'x',
          name: 'X',
          phone: '3018',
          callableFrom: ['FR'],
          website: 'https://example.org/',
          schedule: {
            timeZone: 'Europe/Paris',
            weekly: [],
            exceptions: [{ date: '2025-10-10', hours: [{ open: '09:00', close: '10:00' }] }],
          },
        },
      },
    );
    expect(element.decision?.reason).toBe('closed');
    vi.advanceTimersToNextFrame(); // the appearance announcement
    expect(vi.getTimerCount()).toBe(1);
    expect(setTimeoutSpy.mock.calls.at(-1)?.[1]).toBe(2 ** 31 - 1); // longer overflows and fires at once
    vi.advanceTimersByTime(2 ** 31 - 1);
    expect(element.decision?.reason).toBe('closed');
    expect(vi.getTimerCount()).toBe(1);
  });
});

describe('bad attribute values', () => {
  it.each(BAD_ATTRIBUTES)('$attribute="$value": one warning naming it, and the fail-safe link', async (bad) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = mount({ now: PARIS_10, 'can-dial': '', ...bad.with, [bad.attribute]: bad.value });
    expect(element.decision).toMatchObject({ kind: 'link', reason: 'invalid-config' });
    expect(part(element, 'action')?.getAttribute('href')).toMatch(/^https:\/\//);
    expect(text(element, 'title')).toBeTruthy();
    expect(element.hidden).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain(`attribute "${bad.attribute}" = ${JSON.stringify(bad.value)}`);
    element.setAttribute('role', 'victim'); // another render: no second warning
    await settle();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('names a missing helpline attribute', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { website: _website, ...withoutWebsite } = CUSTOM_HELPLINE;
    const element = mount({ now: PARIS_10, ...withoutWebsite });
    expect(part(element, 'action')?.getAttribute('href')).toBe(HELPLINE_3018.website);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('attribute "website" is missing');
  });

  it('links to the custom website when only the hours are wrong', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = mount({ now: PARIS_10, ...CUSTOM_HELPLINE, hours: 'Mo-Fx 09:00-18:00' });
    expect(part(element, 'action')?.getAttribute('href')).toBe(CUSTOM_HELPLINE.website);
  });

  it('warns again for a new bad value, not for the same one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = mount({ now: PARIS_10, action: 'phone' });
    element.setAttribute('action', 'sms');
    await settle();
    element.setAttribute('action', 'phone');
    await settle();
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('names a bad property', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = mount({ now: PARIS_10 });
    element.policy = { action: 'phone' as 'call' };
    await settle();
    expect(element.decision?.reason).toBe('invalid-config');
    expect(warn.mock.calls[0]?.[0]).toContain('property "policy"');
  });
});

describe('hostile properties under attributes', () => {
  /** A copy of `object` whose `key` throws when read. */
  const throwingAt = <T extends object>(object: T, key: string): T =>
    Object.defineProperty({ ...object }, key, {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
  const revoked = () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy as never;
  };
  const cases: { name: string; props: Partial<HelplineHandoffElement>; attributes: Record<string, string> }[] = [
    { name: 'helpline', props: { helpline: throwingAt(HELPLINE_3018, 'website') }, attributes: { phone: '3018' } },
    { name: 'helpline', props: { helpline: throwingAt(HELPLINE_3018, 'schedule') }, attributes: { hours: '24/7' } },
    { name: 'helpline', props: { helpline: revoked() }, attributes: { 'time-zone': 'Europe/Paris' } },
    { name: 'helpline', props: { helpline: { ...HELPLINE_3018, schedule: revoked() } }, attributes: { hours: '24/7' } },
    {
      name: 'helpline',
      props: { helpline: { ...HELPLINE_3018, schedule: throwingAt(HELPLINE_3018.schedule, 'timeZone') } },
      attributes: { hours: '24/7' },
    },
    { name: 'report', props: { report: throwingAt({ category: 'harassment' }, 'category') }, attributes: { category: 'harassment' } },
    { name: 'report', props: { report: revoked() }, attributes: { role: 'witness' } },
    { name: 'policy', props: { policy: throwingAt({}, 'action') }, attributes: { action: 'link' } },
    { name: 'device', props: { device: throwingAt({ canDial: true }, 'canDial') }, attributes: { 'can-dial': '' } },
  ];

  it.each(cases)(
    'property $name that throws, with $attributes: one warning naming it, and the fail-safe link',
    ({ name, props, attributes }) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const element = mount({ now: PARIS_10, ...attributes }, props);
      expect(element.decision).toMatchObject({ kind: 'link', reason: 'invalid-config' });
      expect(part(element, 'action')?.getAttribute('href')).toBe(HELPLINE_3018.website);
      expect(text(element, 'title')).toBeTruthy();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]?.[0]).toContain(`property "${name}"`);
    },
  );
});

describe('security', () => {
  it('puts given strings in as text, never as HTML', () => {
    const element = mount({ now: PARIS_10, 'can-dial': '' });
    element.messages = { fr: { title: '<img src=x onerror=alert(1)>' } };
    return settle().then(() => {
      expect(text(element, 'title')).toBe('<img src=x onerror=alert(1)>');
      expect(element.shadowRoot?.querySelector('img')).toBeNull();
    });
  });

  it('lets only tel: and https: hrefs out', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = mount({ now: PARIS_10, ...CUSTOM_HELPLINE, website: 'javascript:alert(1)' });
    expect(part(element, 'action')?.getAttribute('href')).toBe(HELPLINE_3018.website);
  });
});

describe('reporter-role', () => {
  it('gives the witness texts like role, and wins over role', async () => {
    const element = document.createElement('helpline-handoff');
    element.setAttribute('now', '2026-11-29T10:00:00+01:00');
    element.setAttribute('can-dial', '');
    element.setAttribute('role', 'victim');
    element.setAttribute('reporter-role', 'witness');
    document.body.append(element);
    await Promise.resolve();
    await Promise.resolve();
    expect(element.shadowRoot?.querySelector('[part="body"]')?.textContent).toMatch(/^Merci d'avoir signalé/);
    element.remove();
  });

  it('keeps the default category coverage when only a role is given', async () => {
    const element = document.createElement('helpline-handoff');
    element.setAttribute('now', '2026-11-29T10:00:00+01:00');
    element.setAttribute('reporter-role', 'witness');
    element.setAttribute('action', 'call');
    element.setAttribute('can-dial', '');
    document.body.append(element);
    await Promise.resolve();
    await Promise.resolve();
    expect(element.shadowRoot?.querySelector('[part="root"]')?.getAttribute('data-kind')).toBe('call');
    element.remove();
  });
});

describe('a helpline partly described by attributes', () => {
  it('hours and time-zone alone change 3018’s hours and keep the rest of it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = mount({ now: PARIS_10, 'can-dial': '', hours: 'Mo-Su 11:00-12:00', 'time-zone': 'Europe/Paris' });
    expect(part(element, 'root')?.dataset.reason).toBe('closed');
    expect(text(element, 'status')).toBe("Fermé, rouvre aujourd'hui à 11 h");
    expect(part(element, 'action')?.getAttribute('href')).toBe(HELPLINE_3018.website);
    expect(warn).not.toHaveBeenCalled();
  });

  it('another number than 3018’s needs helpline-name: a warning asks for it, not 3018’s texts over that number', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = mount({ now: PARIS_10, 'can-dial': '', phone: '116 111', website: 'https://www.nummergegenkummer.de/' });
    expect(part(element, 'root')?.dataset.reason).toBe('invalid-config');
    expect(part(element, 'action')?.getAttribute('href')).toBe('https://www.nummergegenkummer.de/');
    expect(element.shadowRoot?.textContent).not.toContain('3018');
    const warnings = warn.mock.calls.map(([message]) => message).join('\n');
    expect(warnings).toContain('attribute "helpline-name" is missing');
    // The attribute the integrator wrote is named too, with why it asks for more.
    expect(warnings).toContain('attribute "phone" = "116 111": a number other than 3018\'s is another helpline');
    // 3018's own number, written any way, still changes nothing but what is given.
    warn.mockClear();
    const same = mount({ now: PARIS_10, 'can-dial': '', phone: '30 18', 'callable-from': 'FR GP' });
    expect(part(same, 'root')?.dataset.reason).toBe('open');
    expect(warn).not.toHaveBeenCalled();
    // A phone that is no number is one bad value, not a new helpline missing its name and hours.
    for (const phone of ['', 'n/a', '3O18', '+33']) {
      warn.mockClear();
      const empty = mount({ now: PARIS_10, 'can-dial': '', phone });
      expect(part(empty, 'root')?.dataset.reason).toBe('invalid-config');
      expect(part(empty, 'action')?.getAttribute('href')).toBe(HELPLINE_3018.website);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]?.[0]).toContain(`attribute "phone" = ${JSON.stringify(phone)}:`);
    }
    // The same with the host's formatter, when it gives no tel: number.
    warn.mockClear();
    const lying = mount(
      { now: PARIS_10, 'can-dial': '', phone: '01 23' },
      { formatPhone: () => ({ href: 'javascript:void 0', display: '01 23' }) },
    );
    expect(part(lying, 'action')?.getAttribute('href')).toBe(HELPLINE_3018.website);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('a named helpline with a website and no phone links to it (rule 5), with no warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = mount({ now: PARIS_10, 'helpline-name': 'Aide en ligne', website: 'https://example.org/aide' });
    expect(part(element, 'root')?.dataset.reason).toBe('no-phone');
    expect(part(element, 'action')?.getAttribute('href')).toBe('https://example.org/aide');
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('the now attribute', () => {
  it('takes epoch milliseconds as well as ISO 8601', () => {
    const element = mount({ now: String(Date.parse(PARIS_10)), 'can-dial': '' });
    expect(part(element, 'root')?.dataset.kind).toBe('call');
  });

  it('refuses a date that is not ISO 8601, with one warning and the fail-safe link', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = mount({ now: 'June 10, 2025 10:00', 'can-dial': '' });
    expect(part(element, 'root')?.dataset.reason).toBe('invalid-config');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('now');
  });
});

describe('attribute values as HTML writes them', () => {
  it.each([
    ['2025-06-10T10:00:00+02:00', 'an offset with a colon'],
    ['2025-06-10T10:00+0200', 'an offset without one'],
    ['2025-06-10T10:00+02', 'an offset in hours'],
    ['2025-06-10 08:00:00Z', 'a space for the T (RFC 3339)'],
    ['2025-06-10t08:00:00.123456z', 'lower case and microseconds'],
    ['2025-06-10T08:00:00.5Z', 'a tenth of a second'],
    [String(Date.parse('2025-06-10T08:00:00Z')), 'epoch milliseconds'],
  ])('now="%s" (%s) is 10:00 Paris time', (now) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = mount({ now, 'can-dial': '' });
    expect(element.decision).toMatchObject({ kind: 'call', reason: 'open', closesAt: new Date('2025-06-10T23:00:00+02:00') });
    expect(warn).not.toHaveBeenCalled();
  });

  it.each(['', 'true', 'TRUE', 'can-dial'])('can-dial="%s" can dial', (value) => {
    expect(mount({ now: PARIS_10, 'can-dial': value }).decision).toMatchObject({ kind: 'call', reason: 'open' });
  });

  it.each(['false', 'FALSE', ' false '])('can-dial="%s" cannot dial', (value) => {
    expect(mount({ now: PARIS_10, 'can-dial': value }).decision).toMatchObject({ kind: 'link', reason: 'cannot-dial' });
  });

  it('keywords are read whatever their case, as HTML reads enumerated attributes', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(mount({ now: PARIS_10, 'can-dial': '', action: 'LINK' }).decision).toMatchObject({ reason: 'policy-link' });
    expect(mount({ now: PARIS_2330, 'when-closed': 'Hide' }).decision).toMatchObject({ kind: 'none', reason: 'closed' });
    expect(mount({ now: PARIS_10, 'reporter-role': 'Witness' }).decision?.texts.body).toMatch(/^Merci d'avoir signalé/);
    expect(warn).not.toHaveBeenCalled();
  });
});
