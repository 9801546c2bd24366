import { afterEach, describe, expect, it, vi } from 'vitest';
import { define } from '../src/define.js';
import { CUSTOM_HELPLINE } from './bad-attributes.cases.js';
import { mount, PARIS_10, part, settle, text } from './helpers.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

// Details no other test pinned (found by changing the code on purpose and seeing nothing fail).
describe('the element: moves, timers, attribute forms and parts', () => {
  it('a moved element is no new appearance: no second handoff-shown on a later render', async () => {
    const seen: Event[] = [];
    const listening = new AbortController();
    document.addEventListener('handoff-shown', (event) => seen.push(event), { signal: listening.signal });
    const element = mount({ now: PARIS_10, 'can-dial': '' });
    const box = document.createElement('div');
    document.body.append(box);
    box.append(element); // moved: disconnected and connected in the same task
    await settle();
    await settle();
    element.setAttribute('locale', 'en');
    await settle();
    listening.abort();
    expect(seen).toHaveLength(1);
  });

  it('disconnected by a handoff-shown listener: no timer, no wake-up listener left', async () => {
    vi.useFakeTimers({ now: new Date(PARIS_10) });
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const element = document.createElement('helpline-handoff');
    element.setAttribute('can-dial', '');
    element.addEventListener('handoff-shown', () => element.remove());
    document.body.append(element);
    await settle();
    expect(vi.getTimerCount()).toBe(0);
    expect(add.mock.calls.length).toBe(remove.mock.calls.length);
  });

  it('callable-from takes commas and stray spaces', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = mount({
      ...CUSTOM_HELPLINE,
      'callable-from': ' AT, DE ',
      country: 'DE',
      now: '2025-06-10T15:00:00+02:00',
      'can-dial': '',
    });
    expect(element.decision).toMatchObject({ kind: 'call', reason: 'open' });
    expect(warn).not.toHaveBeenCalled();
  });

  it('a helpline named by attributes without callable-from is callable from nowhere known: abroad', () => {
    const { 'callable-from': _, ...named } = CUSTOM_HELPLINE;
    // Named by attributes, a helpline dials from where it says only: the cautious reading.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = mount({ ...named, country: 'FR', now: '2025-06-10T15:00:00+02:00', 'can-dial': '' });
    expect(element.decision).toMatchObject({ kind: 'link', reason: 'abroad' });
  });

  it("hours alone keep 3018's zone (Paris)", () => {
    const element = mount({ hours: 'Mo-Su 10:00-12:00', now: '2025-06-10T10:30:00+02:00', 'can-dial': '' });
    expect(element.decision).toMatchObject({ kind: 'call', reason: 'open' });
  });

  it('heading-level="1" is refused (h1 is the page\'s): h2 and a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = mount({ now: PARIS_10, 'heading-level': '1' });
    expect(part(element, 'title')?.localName).toBe('h2');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("the root and the live region take the texts' own direction", () => {
    const element = mount({ now: PARIS_10 });
    expect(part(element, 'root')?.dir).toBe('auto');
    expect(element.shadowRoot?.querySelector('[aria-live]')?.getAttribute('dir')).toBe('auto');
  });

  it('a number text override is what the number part shows', async () => {
    const element = mount({ now: PARIS_10, 'can-dial': '' });
    element.messages = { fr: { number: '3018 (gratuit)' } };
    await settle();
    expect(text(element, 'number')).toBe('3018 (gratuit)');
  });

  it('define() keeps and returns a class another copy registered', () => {
    class Other extends HTMLElement {}
    const registry = { get: () => Other, define: vi.fn() } as unknown as CustomElementRegistry;
    expect(define(registry)).toBe(Other);
    expect(registry.define).not.toHaveBeenCalled();
  });
});
