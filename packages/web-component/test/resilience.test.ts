import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trackListeners } from '../../../tests/support/listeners.js';
import { hidePage, WAKE_UPS } from '../../../tests/support/wake-ups.js';
import { HelplineHandoffElement } from '../src/element.js';
import { mount, PARIS_10, part, settle, text } from './helpers.js';

const MINUTE = 60_000;
/** A Paris wall-clock time on Tuesday 10 June 2025 (UTC+2), or another day. */
const paris = (time: string, day = '2025-06-10') => new Date(`${day}T${time}:00+02:00`);

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
  vi.useRealTimers();
  delete (document as { visibilityState?: unknown }).visibilityState;
});

describe('a sleeping or travelling device: the clock jumps while no timer fires', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: paris('22:50') });
  });

  it.each(WAKE_UPS)('laptop closed at 22:50, opened at 23:10: %s shows the closed line at once', (_name, wake) => {
    const element = mount({ 'can-dial': '' });
    vi.advanceTimersToNextFrame();
    expect(element.decision?.kind).toBe('call');
    vi.setSystemTime(paris('23:10')); // no timer fires: the device slept
    wake();
    expect(part(element, 'root')?.dataset).toMatchObject({ kind: 'link', reason: 'closed' });
    expect(text(element, 'status')).toBe('Fermé, rouvre demain à 9 h');
    expect(vi.getTimerCount()).toBe(1); // re-armed for midnight from the new time
    vi.advanceTimersByTime(50 * MINUTE);
    expect(text(element, 'status')).toBe("Fermé, rouvre aujourd'hui à 9 h");
  });

  it('a tab hidden again (visibilitychange to hidden) decides nothing', () => {
    const element = mount({ 'can-dial': '' });
    const first = element.decision;
    vi.setSystemTime(paris('23:10'));
    hidePage();
    expect(element.decision).toBe(first);
  });

  it('a clock set back (09:10 corrected to 08:50) closes the line again, and reopens at 09:00', () => {
    vi.setSystemTime(paris('09:10', '2025-06-11'));
    const element = mount({ 'can-dial': '' });
    vi.setSystemTime(paris('08:50', '2025-06-11'));
    window.dispatchEvent(new Event('online'));
    expect(element.decision?.reason).toBe('closed');
    expect(text(element, 'status')).toBe("Fermé, rouvre aujourd'hui à 9 h");
    vi.advanceTimersByTime(10 * MINUTE);
    expect(element.decision?.kind).toBe('call');
  });

  it('a phone that changes zone keeps Paris time', () => {
    const zone = process.env.TZ;
    const element = mount({ 'can-dial': '' });
    try {
      process.env.TZ = 'Pacific/Auckland';
      window.dispatchEvent(new Event('focus'));
      expect(text(element, 'status')).toBe("Ouvert jusqu'à 23 h");
    } finally {
      process.env.TZ = zone;
    }
  });

  it('with now: no wake-up listener until now is removed, and none after disconnect', async () => {
    const listeners = trackListeners();
    const before = listeners.active();
    const element = mount({ now: paris('22:50').toISOString(), 'can-dial': '' });
    vi.advanceTimersToNextFrame(); // the appearance announcement
    expect(listeners.active()).toEqual(before);
    vi.setSystemTime(paris('23:10'));
    window.dispatchEvent(new Event('pageshow'));
    expect(element.decision?.kind).toBe('call');
    element.removeAttribute('now'); // reads the clock from now on
    await settle();
    expect(element.decision?.reason).toBe('closed');
    expect(listeners.active().length - before.length).toBe(4);
    element.setAttribute('now', PARIS_10); // frozen again
    await settle();
    expect(listeners.active()).toEqual(before);
    expect(vi.getTimerCount()).toBe(0);
    element.removeAttribute('now');
    await settle();
    element.remove();
    expect(listeners.active()).toEqual(before);
    expect(vi.getTimerCount()).toBe(0);
    listeners.restore();
  });
});

describe('a timer that fires late or early', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: paris('22:50') });
  });

  it('late (the device slept past 23:00): the closed view, re-armed from the real time', () => {
    const element = mount({ 'can-dial': '' });
    vi.advanceTimersToNextFrame();
    vi.setSystemTime(paris('23:40')); // the timer keeps its 10 minutes left
    vi.advanceTimersByTime(10 * MINUTE); // fires at 23:50
    expect(element.decision?.reason).toBe('closed');
    expect(text(element, 'status')).toBe('Fermé, rouvre demain à 9 h');
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(10 * MINUTE);
    expect(text(element, 'status')).toBe("Fermé, rouvre aujourd'hui à 9 h");
  });

  it('early (the clock was set back 20 minutes): still the call, re-armed for the rest', () => {
    const element = mount({ 'can-dial': '' });
    vi.advanceTimersToNextFrame();
    vi.setSystemTime(paris('22:30'));
    vi.advanceTimersByTime(10 * MINUTE); // fires at 22:40, before changesAt
    expect(element.decision?.kind).toBe('call');
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(20 * MINUTE - 1);
    expect(element.decision?.kind).toBe('call');
    vi.advanceTimersByTime(1);
    expect(element.decision?.reason).toBe('closed');
  });
});

describe('no leaks', () => {
  it('10,000 connects and disconnects leave no timer, frame or listener on window or document', async () => {
    // Only timers and frames are faked here: a fake Date makes each decide() several times slower.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    const listeners = trackListeners();
    const before = listeners.active();
    const element = mount({ 'can-dial': '' });
    // While connected: one timer, the announcement's frame until it is drawn, one listener per wake-up event.
    expect(vi.getTimerCount()).toBe(2);
    vi.advanceTimersToNextFrame();
    expect(vi.getTimerCount()).toBe(1);
    expect(listeners.active().length - before.length).toBe(4);
    for (let i = 0; i < 10_000; i++) {
      element.remove();
      document.body.append(element);
    }
    element.remove();
    for (let i = 0; i < 1_000; i++) mount({ 'can-dial': '' }).remove(); // fresh elements too
    await settle(); // a disconnection is final after the task's moves
    expect(vi.getTimerCount()).toBe(0);
    expect(listeners.active()).toEqual(before);
    listeners.restore();
  }, 60_000);
});

describe('upgrade', () => {
  it('takes properties set before the element was defined', () => {
    class LateHandoff extends HelplineHandoffElement {}
    const element = document.createElement('late-handoff') as HelplineHandoffElement;
    element.setAttribute('now', PARIS_10);
    element.policy = { action: 'link' };
    element.report = { category: 'harassment', role: 'witness' };
    document.body.append(element);
    customElements.define('late-handoff', LateHandoff);
    expect(element).toBeInstanceOf(LateHandoff);
    expect(Object.hasOwn(element, 'policy')).toBe(false);
    expect(element.policy).toEqual({ action: 'link' });
    expect(element.decision).toMatchObject({ kind: 'link', reason: 'policy-link' });
    expect(text(element, 'body')).toMatch(/signalé/);
  });
});

describe('parity with React', () => {
  it('heading-level sets the title heading level, in place, and a bad one warns and keeps h2', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = mount({ now: PARIS_10, 'heading-level': '3' });
    expect(part(element, 'title')?.localName).toBe('h3');
    expect(part(element, 'root')?.getAttribute('aria-labelledby')).toBe(part(element, 'title')?.id);
    expect(part(element, 'root')?.firstElementChild).toBe(part(element, 'title'));
    element.setAttribute('heading-level', '9');
    await settle();
    expect(part(element, 'title')?.localName).toBe('h2');
    expect(text(element, 'title')).toBeTruthy();
    expect(element.decision?.reason).not.toBe('invalid-config'); // presentation only: no fail-safe needed
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('attribute "heading-level" = "9"');
  });

  it('unstyled keeps the parts and marks the root, as React does', async () => {
    const element = mount({ now: PARIS_10, unstyled: '' });
    expect(part(element, 'root')?.hasAttribute('data-unstyled')).toBe(true);
    element.removeAttribute('unstyled');
    await settle();
    expect(part(element, 'root')?.hasAttribute('data-unstyled')).toBe(false);
  });

  it('the live region uses the shared visually-hidden class', () => {
    const element = mount({ now: PARIS_10 });
    expect(element.shadowRoot?.querySelector('[aria-live="polite"]')?.className).toBe('hh-visually-hidden');
  });

  it('"copied" stays on the button through re-renders, and resets once the button goes away', async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText: async () => {} } as unknown as Clipboard);
    const element = mount({ now: PARIS_10, 'can-dial': 'false', 'when-closed': 'hide' });
    part(element, 'copy')?.click();
    await vi.waitFor(() => expect(text(element, 'copy')).toBe('Numéro copié'));
    element.setAttribute('role', 'witness'); // a re-render, same number
    await settle();
    expect(text(element, 'copy')).toBe('Numéro copié');
    element.setAttribute('now', '2025-06-10T23:30:00+02:00'); // closed and hidden: no copy button
    await settle();
    expect(part(element, 'copy')).toBeNull();
    element.setAttribute('now', PARIS_10);
    await settle();
    expect(text(element, 'copy')).toBe('Copier le numéro');
  });

  it('a website link sends no referrer', () => {
    const element = mount({ now: '2025-06-10T23:30:00+02:00' });
    expect(part(element, 'action')?.getAttribute('rel')).toBe('noreferrer');
  });
});
