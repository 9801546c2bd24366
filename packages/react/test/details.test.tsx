import { HELPLINE_3018 } from '@helpline-handoff/core';
import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { HelplineHandoff, useHelplineHandoff } from '../src/index.js';
import { OPEN, paris } from './cases.js';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const ALL_DAY = {
  timeZone: 'Europe/Paris',
  weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const, open: '00:00', close: '24:00' }],
};

/** What the hook gave `UncoveredProbe` in its last render. */
let seen: unknown;
function UncoveredProbe() {
  seen = useHelplineHandoff({ report: { category: 'spam' } });
  return null;
}

// Details no other test pinned (found by changing the code on purpose and seeing nothing fail).
describe('the component: copy state, wake-ups and the server view', () => {
  test('a new number starts uncopied', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: vi.fn(async () => {}) } });
    const other = { ...HELPLINE_3018, id: 'other', name: 'Other', phone: '+33123456789' };
    const { rerender } = render(<HelplineHandoff now={OPEN} device={{ canDial: false }} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copier le numéro' })));
    expect(screen.getByRole('button')).toHaveTextContent('Numéro copié');
    rerender(<HelplineHandoff now={OPEN} device={{ canDial: false }} helpline={other} />);
    expect(document.querySelector('.hh-number')?.textContent).not.toBe('3018');
    expect(screen.getByRole('button')).toHaveTextContent('Copier le numéro');
  });

  test('a refocused window with nothing changed renders nothing again', () => {
    vi.useFakeTimers({ now: paris('22:50') });
    let renders = 0;
    renderHook(() => {
      renders++;
      return useHelplineHandoff({});
    });
    const before = renders;
    act(() => {
      vi.setSystemTime(paris('22:51'));
      window.dispatchEvent(new FocusEvent('focus'));
    });
    expect(renders).toBe(before);
  });

  test('without now, an all-day line is not said open on the server', () => {
    const html = renderToString(<HelplineHandoff helpline={{ ...HELPLINE_3018, schedule: ALL_DAY as never }} />);
    expect(html).toContain('data-kind="link"');
    expect(html).toContain('data-reason="cannot-dial"');
  });

  test('without now, the server decision for a report not covered has no made-up instants', () => {
    seen = undefined;
    renderToString(<UncoveredProbe />);
    expect(seen).toMatchObject({ kind: 'none', open: false, opensAt: null, closesAt: null, changesAt: null });
  });
});
