import { HELPLINE_3018 } from '@helpline-handoff/core';
import { act, render, renderHook, screen } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { trackListeners } from '../../../tests/support/listeners.js';
import { hidePage, WAKE_UPS } from '../../../tests/support/wake-ups.js';
import { type HandoffInput, HelplineHandoff, useHelplineHandoff } from '../src/index.js';
import { paris } from './cases.js';

const MINUTE = 60_000;

beforeEach(() => vi.useFakeTimers({ now: paris('22:50') }));
afterEach(() => {
  vi.useRealTimers();
  delete (document as { visibilityState?: unknown }).visibilityState;
});

const root = () => document.querySelector('.hh-root') as HTMLElement | null;
const status = () => root()?.querySelector('.hh-status')?.textContent;
const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('a sleeping or travelling device: the clock jumps while no timer fires', () => {
  test.each(WAKE_UPS)('laptop closed at 22:50, opened at 23:10: %s shows the closed line at once', (_name, wake) => {
    render(<HelplineHandoff />);
    expect(root()?.dataset.kind).toBe('call');
    act(() => {
      vi.setSystemTime(paris('23:10')); // no timer fires: the device slept
      wake();
    });
    expect(root()?.dataset).toMatchObject({ kind: 'link', reason: 'closed' });
    expect(status()).toBe('Fermé, rouvre demain à 9 h');
    // Re-armed for midnight from the new time: still one timer.
    expect(vi.getTimerCount()).toBe(1);
    advance(50 * MINUTE);
    expect(status()).toBe("Fermé, rouvre aujourd'hui à 9 h");
  });

  test('a tab hidden again (visibilitychange to hidden) decides nothing', () => {
    const { result } = renderHook(() => useHelplineHandoff({}));
    const first = result.current;
    act(() => {
      vi.setSystemTime(paris('23:10'));
      hidePage();
    });
    expect(result.current).toBe(first);
  });

  test('a clock set back (a phone corrected from 09:10 to 08:50) closes the line again', () => {
    vi.setSystemTime(paris('09:10', '2025-06-11'));
    render(<HelplineHandoff />);
    expect(root()?.dataset.kind).toBe('call');
    act(() => {
      vi.setSystemTime(paris('08:50', '2025-06-11'));
      window.dispatchEvent(new Event('online'));
    });
    expect(root()?.dataset.reason).toBe('closed');
    expect(status()).toBe("Fermé, rouvre aujourd'hui à 9 h");
    advance(10 * MINUTE);
    expect(root()?.dataset.kind).toBe('call');
  });

  test('a phone that changes zone keeps Paris time', () => {
    const zone = process.env.TZ;
    render(<HelplineHandoff />);
    try {
      act(() => {
        process.env.TZ = 'Pacific/Auckland';
        window.dispatchEvent(new FocusEvent('focus'));
      });
      expect(status()).toBe("Ouvert jusqu'à 23 h");
    } finally {
      process.env.TZ = zone;
    }
  });

  test('a refocused window with nothing changed keeps the same decision (no re-render)', () => {
    const { result } = renderHook(() => useHelplineHandoff({}));
    const first = result.current;
    act(() => {
      vi.setSystemTime(paris('22:51'));
      window.dispatchEvent(new FocusEvent('focus'));
    });
    expect(result.current).toBe(first);
    expect(vi.getTimerCount()).toBe(1);
  });

  test('with now given: no wake-up listener, and the view stays put', () => {
    const listeners = trackListeners();
    try {
      const before = listeners.active();
      render(<HelplineHandoff now={paris('22:50')} />);
      expect(listeners.active()).toEqual(before);
      act(() => {
        vi.setSystemTime(paris('23:10'));
        window.dispatchEvent(new Event('pageshow'));
      });
      expect(root()?.dataset.kind).toBe('call');
    } finally {
      listeners.restore();
    }
  });
});

describe('a timer that fires late or early', () => {
  test('late (the device slept past 23:00): the closed view, re-armed from the real time', () => {
    render(<HelplineHandoff />);
    act(() => vi.setSystemTime(paris('23:40'))); // timers keep their 10 minutes left
    advance(10 * MINUTE); // the 23:00 timer fires at 23:50
    expect(root()?.dataset.reason).toBe('closed');
    expect(status()).toBe('Fermé, rouvre demain à 9 h');
    expect(vi.getTimerCount()).toBe(1);
    advance(10 * MINUTE);
    expect(status()).toBe("Fermé, rouvre aujourd'hui à 9 h");
  });

  test('early (the clock was set back 20 minutes): still the call, re-armed for the rest', () => {
    render(<HelplineHandoff />);
    act(() => vi.setSystemTime(paris('22:30')));
    advance(10 * MINUTE); // fires at 22:40, before changesAt
    expect(root()?.dataset.kind).toBe('call');
    expect(vi.getTimerCount()).toBe(1);
    advance(20 * MINUTE - 1);
    expect(root()?.dataset.kind).toBe('call');
    advance(1);
    expect(root()?.dataset.reason).toBe('closed');
  });
});

describe('no leaks', () => {
  test('10,000 mounts and unmounts leave no timer and no listener on window or document', () => {
    // Only the timer functions are faked here: a fake Date makes each decide() several times slower.
    vi.useRealTimers();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const listeners = trackListeners();
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const reactRoot = createRoot(container);
      const mountAll = (count: number) =>
        act(() =>
          reactRoot.render(
            Array.from({ length: count }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: identical instances; the index is their identity.
              <HelplineHandoff key={i} />
            )),
          ),
        );
      const unmountAll = () => act(() => reactRoot.render(null));
      mountAll(1); // React's own once-per-root listeners
      unmountAll();
      const before = listeners.active();
      mountAll(1);
      // While mounted: one timer and one listener per wake-up event.
      expect(vi.getTimerCount()).toBe(1);
      expect(listeners.active().length - before.length).toBe(4);
      unmountAll();
      // 100 at a time (fewer act() rounds, same mounts): 10,000 mounts and unmounts.
      for (let batch = 0; batch < 100; batch++) {
        mountAll(100);
        expect(vi.getTimerCount()).toBe(100);
        unmountAll();
      }
      act(() => reactRoot.unmount());
      expect(vi.getTimerCount()).toBe(0);
      expect(listeners.active()).toEqual(before);
    } finally {
      listeners.restore();
      container.remove();
    }
  }, 60_000);
});

describe('hostile props, rendered again', () => {
  const cyclic = () => {
    const report: Record<string, unknown> = { category: 'harassment' };
    report.self = report;
    return report;
  };
  const throwing = () =>
    Object.defineProperty({}, 'category', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });

  test.each([
    ['a cyclic report', cyclic, 'open'],
    ['a report whose getter throws', throwing, 'invalid-config'],
  ])('%s, new on every render, keeps the hand-off on screen', (_name, make, reason) => {
    const { rerender } = render(<HelplineHandoff report={make() as never} />);
    expect(root()?.dataset.reason).toBe(reason);
    rerender(<HelplineHandoff report={make() as never} />);
    expect(root()?.dataset.reason).toBe(reason);
  });
});

describe('props changed in place', () => {
  test('a helpline or report changed in place is seen on the next render, as by decide()', () => {
    const helpline = structuredClone({ ...HELPLINE_3018 }) as { callableFrom: string[] } & typeof HELPLINE_3018;
    const input: HandoffInput = { helpline, device: { canDial: true } };
    const { result, rerender } = renderHook(() => useHelplineHandoff(input));
    expect(result.current.reason).toBe('open');
    helpline.callableFrom = ['BE'];
    input.report = { category: 'harassment', country: 'FR' };
    rerender();
    expect(result.current.reason).toBe('abroad');
    // Nothing changed since: the same decision, and still the one timer.
    const abroad = result.current;
    rerender();
    expect(result.current).toBe(abroad);
    expect(vi.getTimerCount()).toBe(1);
  });

  test('a class instance anywhere in the input does not hide a change made in place elsewhere', () => {
    class Extra {
      note = 'kept by identity';
    }
    const helpline = structuredClone({ ...HELPLINE_3018 }) as { callableFrom: string[] } & typeof HELPLINE_3018;
    const input = { helpline, report: { category: 'harassment', country: 'FR', extra: new Extra() } } as HandoffInput;
    const { result, rerender } = renderHook(() => useHelplineHandoff(input));
    expect(result.current.reason).toBe('open');
    helpline.callableFrom = ['BE'];
    rerender();
    expect(result.current.reason).toBe('abroad');
  });
});

describe('an input that cannot be read', () => {
  const unreadable = (now?: Date): HandoffInput => {
    const input: HandoffInput = now === undefined ? {} : { now };
    Object.defineProperty(input, 'helpline', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    return input;
  };

  test.each([
    ['live', undefined],
    ['at a fixed instant', paris('10:00')],
  ])('%s: a getter that throws gives the fail-safe link and names the field, the page sees no error', (_name, now) => {
    const { result } = renderHook(() => useHelplineHandoff(unreadable(now)));
    expect(result.current).toMatchObject({ kind: 'link', reason: 'invalid-config', href: HELPLINE_3018.website });
    expect(result.current.errors).toContainEqual(expect.objectContaining({ code: 'unreadable', path: 'helpline' }));
  });
});

describe('parity with the element', () => {
  test('the live region is a class, not a style attribute (a strict CSP keeps it)', () => {
    render(<HelplineHandoff now={paris('10:00')} />);
    const live = document.querySelector('[aria-live="polite"]') as HTMLElement;
    expect(live).toHaveClass('hh-visually-hidden');
    expect(live.hasAttribute('style')).toBe(false);
    expect(document.querySelector('[style]')).toBeNull();
  });

  test('"copied" stays on the button through re-renders, and resets once the button goes away', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: async () => {} } });
    try {
      render(<HelplineHandoff device={{ canDial: false }} policy={{ whenClosed: 'hide' }} />);
      await act(async () => screen.getByRole('button').click());
      expect(screen.getByRole('button')).toHaveTextContent('Numéro copié');
      act(() => window.dispatchEvent(new FocusEvent('focus'))); // a re-decision, same view
      expect(screen.getByRole('button')).toHaveTextContent('Numéro copié');
      advance(10 * MINUTE); // 23:00: closed and hidden, no copy button
      expect(screen.queryByRole('button')).toBeNull();
      advance(10 * 60 * MINUTE); // 09:00 the next day: the button is back, uncopied
      expect(screen.getByRole('button')).toHaveTextContent('Copier le numéro');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
