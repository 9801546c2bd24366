import { act, render, renderHook, screen } from '@testing-library/react';
import { StrictMode, useEffect, useState } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { HelplineHandoff, useHelplineHandoff } from '../src/index.js';
import { paris } from './cases.js';

const SECOND = 1000;
const HOUR = 3600 * SECOND;

beforeEach(() => vi.useFakeTimers({ now: paris('22:59:58') }));
afterEach(() => vi.useRealTimers());

const root = () => document.querySelector('.hh-root') as HTMLElement | null;
const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('without now, the hand-off follows the clock', () => {
  test('mounted at 22:59:58 Paris time: a call, then the closed view at 23:00, then the call at 09:00', () => {
    render(<HelplineHandoff />);
    expect(root()?.dataset).toMatchObject({ kind: 'call', reason: 'open' });
    expect(vi.getTimerCount()).toBe(1);

    advance(1999);
    expect(root()?.dataset.kind).toBe('call');
    advance(1);
    expect(root()?.dataset).toMatchObject({ kind: 'link', reason: 'closed' });
    expect(screen.getByText('Fermé, rouvre demain à 9 h')).toBeInTheDocument();
    expect(vi.getTimerCount()).toBe(1);

    // Midnight re-decides once ("demain" becomes "aujourd'hui"), then 09:00 reopens the line.
    advance(HOUR - 1);
    expect(screen.getByText('Fermé, rouvre demain à 9 h')).toBeInTheDocument();
    advance(1);
    expect(screen.getByText("Fermé, rouvre aujourd'hui à 9 h")).toBeInTheDocument();
    expect(vi.getTimerCount()).toBe(1);
    advance(9 * HOUR);
    expect(root()?.dataset).toMatchObject({ kind: 'call', reason: 'open' });
    expect(vi.getTimerCount()).toBe(1);
  });

  test('the copy button leaving as the line opens hands its focus to the call, not to the page', () => {
    vi.setSystemTime(paris('08:59:59'));
    render(<HelplineHandoff />);
    screen.getByRole('button', { name: 'Copier le numéro' }).focus();
    advance(SECOND);
    expect(root()?.dataset.kind).toBe('call');
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('link', { name: 'Appeler le 3018' })).toHaveFocus();
  });

  test('hidden while closed, the hand-off comes back at 09:00 with an empty live region, then its announcement', () => {
    render(<HelplineHandoff policy={{ whenClosed: 'hide' }} />);
    const announcement = () => document.querySelector('[aria-live="polite"]')?.textContent;
    expect(announcement()).toBe("Besoin d'en parler ? Vous n'êtes pas seul·e. Le 3018 vous écoute et vous conseille, sans jugement.");
    advance(2 * SECOND);
    expect(root()).toBeNull();
    advance(10 * HOUR);
    expect(root()?.dataset.kind).toBe('call');
    // Not the old text with a mark added: the same words, as a new announcement.
    expect(announcement()).toBe("Besoin d'en parler ? Vous n'êtes pas seul·e. Le 3018 vous écoute et vous conseille, sans jugement.");
  });

  test('exactly one pending timer while mounted, none after unmount', () => {
    const { unmount } = render(<HelplineHandoff />);
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  test('one timer in StrictMode too', () => {
    const { unmount } = render(
      <StrictMode>
        <HelplineHandoff />
      </StrictMode>,
    );
    expect(vi.getTimerCount()).toBe(1);
    advance(2 * SECOND);
    expect(root()?.dataset.kind).toBe('link');
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  test('hidden while closed when the policy says so, shown again at opening', () => {
    render(<HelplineHandoff policy={{ whenClosed: 'hide' }} />);
    advance(2 * SECOND);
    expect(root()).toBeNull();
    expect(vi.getTimerCount()).toBe(1);
    advance(10 * HOUR);
    expect(root()?.dataset.kind).toBe('call');
  });

  test('shown again at opening, it is announced again: the live region changes once on screen', () => {
    render(<HelplineHandoff policy={{ whenClosed: 'hide' }} />);
    advance(2 * SECOND);
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    advance(10 * HOUR);
    const records = observer.takeRecords();
    const live = root()?.querySelector('[aria-live="polite"]') as HTMLElement;
    const inserted = records.findIndex((record) => [...record.addedNodes].includes(root() as Node));
    const changed = records.slice(inserted + 1).filter((record) => live.contains(record.target));
    expect(inserted).toBeGreaterThanOrEqual(0);
    expect(changed.length).toBeGreaterThan(0);
    expect(live.textContent?.trim()).toBe(
      "Besoin d'en parler ? Vous n'êtes pas seul·e. Le 3018 vous écoute et vous conseille, sans jugement.",
    );
  });

  test('with now given: no timer and no clock', () => {
    render(<HelplineHandoff now={paris('22:59:58')} />);
    expect(vi.getTimerCount()).toBe(0);
    advance(HOUR);
    expect(root()?.dataset.kind).toBe('call');
  });

  test('a line that never changes sets no timer', () => {
    const always = {
      timeZone: 'Europe/Paris',
      weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const, open: '00:00', close: '24:00' }],
    };
    render(
      <HelplineHandoff
        helpline={{
          id: 'x',
          name: 'X',
          phone: '3018',
          callableFrom: ['FR'],
          website: 'https://example.org/',
          schedule: { ...always, weekly: always.weekly.map((h) => ({ ...h, days: [...h.days] })) },
        }}
      />,
    );
    expect(root()?.dataset.kind).toBe('call');
    expect(vi.getTimerCount()).toBe(0);
  });

  test('a far-off change is clamped to the setTimeout limit, then decided again', () => {
    const closedForMonths = {
      id: 'x',
      name: 'X',
      phone: '3018',
      callableFrom: ['FR'],
      website: 'https://example.org/',
      schedule: { timeZone: 'Europe/Paris', weekly: [], exceptions: [{ date: '2025-10-10', hours: [{ open: '09:00', close: '10:00' }] }] },
    };
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    render(<HelplineHandoff helpline={closedForMonths} />);
    expect(root()?.dataset.reason).toBe('closed');
    expect(vi.getTimerCount()).toBe(1);
    expect(setTimeoutSpy.mock.calls.at(-1)?.[1]).toBe(2 ** 31 - 1); // longer overflows and fires at once
    advance(2 ** 31 - 1);
    expect(root()?.dataset.reason).toBe('closed');
    expect(vi.getTimerCount()).toBe(1);
  });
});

describe('useHelplineHandoff', () => {
  test('new object literals with the same values keep the decision and the timer', () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const { result, rerender } = renderHook(() =>
      useHelplineHandoff({ report: { category: 'harassment' }, policy: { action: 'call' }, locale: 'fr' }),
    );
    const first = result.current;
    const armed = setTimeoutSpy.mock.calls.length;
    rerender();
    rerender();
    expect(result.current).toBe(first);
    expect(setTimeoutSpy.mock.calls.length).toBe(armed);
    expect(vi.getTimerCount()).toBe(1);
    setTimeoutSpy.mockRestore();
  });

  test('an inline text function, new on every render, keeps the decision while its texts are the same', () => {
    let renders = 0;
    const { result, rerender } = renderHook(() => {
      // A render loop fails the test instead of hanging it.
      if (++renders > 50) throw new Error('render loop');
      const decision = useHelplineHandoff({ messages: { fr: { title: () => 'Parler ?' } } });
      const [, setSeen] = useState(0);
      // A host effect keyed on the decision: a new decision on every render would loop.
      // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the decision on purpose
      useEffect(() => setSeen((seen) => seen + 1), [decision]);
      return decision;
    });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
    expect(result.current.texts.title).toBe('Parler ?');
    expect(renders).toBeLessThan(5);
    expect(vi.getTimerCount()).toBe(1);
  });

  test('a changed input is decided again at once', () => {
    const { result, rerender } = renderHook(({ canDial }) => useHelplineHandoff({ device: { canDial } }), {
      initialProps: { canDial: true },
    });
    expect(result.current.reason).toBe('open');
    rerender({ canDial: false });
    expect(result.current.reason).toBe('cannot-dial');
    expect(vi.getTimerCount()).toBe(1);
  });

  test('reads the clock only without now', () => {
    // The clock says 22:59:58 (open, closing at 23:00); `now` says 08:00 (closed, opening at 09:00).
    const { result } = renderHook(() => useHelplineHandoff({ now: paris('08:00') }));
    expect(result.current).toMatchObject({ open: false, opensAt: paris('09:00'), closesAt: null });
    expect(vi.getTimerCount()).toBe(0);
  });
});
