import type { HandoffEvent } from '@helpline-handoff/core';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { HelplineHandoff } from '../src/index.js';
import { CLOSED, OPEN } from './cases.js';

const events = (onEvent: ReturnType<typeof vi.fn>) => onEvent.mock.calls.map(([event]) => event as HandoffEvent);

describe('onEvent', () => {
  test('shown once on appearance, with exactly type, kind, reason and helplineId', () => {
    const onEvent = vi.fn();
    const { rerender } = render(<HelplineHandoff now={OPEN} onEvent={onEvent} report={{ category: 'harassment', role: 'witness' }} />);
    rerender(<HelplineHandoff now={OPEN} onEvent={onEvent} report={{ category: 'harassment', role: 'witness' }} />);
    expect(events(onEvent)).toEqual([{ type: 'shown', kind: 'call', reason: 'open', helplineId: '3018' }]);
    expect(Object.keys(events(onEvent)[0] ?? {}).sort()).toEqual(['helplineId', 'kind', 'reason', 'type']);
  });

  test('shown once in StrictMode', () => {
    const onEvent = vi.fn();
    render(
      <StrictMode>
        <HelplineHandoff now={OPEN} onEvent={onEvent} />
      </StrictMode>,
    );
    expect(events(onEvent).map((event) => event.type)).toEqual(['shown']);
  });

  test('action once per click on the call or link', () => {
    const onEvent = vi.fn();
    render(<HelplineHandoff now={CLOSED} onEvent={onEvent} />);
    const link = screen.getByRole('link');
    link.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(link);
    expect(events(onEvent)).toEqual([
      { type: 'shown', kind: 'link', reason: 'closed', helplineId: '3018' },
      { type: 'action', kind: 'link', reason: 'closed', helplineId: '3018' },
    ]);
  });

  test('action for a middle click, which opens the link in a new tab; not for a right click', () => {
    const onEvent = vi.fn();
    render(<HelplineHandoff now={CLOSED} onEvent={onEvent} />);
    const link = screen.getByRole('link');
    fireEvent(link, new MouseEvent('auxclick', { bubbles: true, button: 1 }));
    fireEvent(link, new MouseEvent('auxclick', { bubbles: true, button: 2 }));
    expect(events(onEvent).map((event) => event.type)).toEqual(['shown', 'action']);
  });

  test('copy once per successful copy', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: async () => {} } });
    const onEvent = vi.fn();
    render(<HelplineHandoff now={OPEN} device={{ canDial: false }} onEvent={onEvent} />);
    await act(async () => fireEvent.click(screen.getByRole('button')));
    expect(events(onEvent)).toEqual([
      { type: 'shown', kind: 'link', reason: 'cannot-dial', helplineId: '3018' },
      { type: 'copy', kind: 'link', reason: 'cannot-dial', helplineId: '3018' },
    ]);
  });

  test('nothing for a hand-off that is not shown', () => {
    const onEvent = vi.fn();
    render(<HelplineHandoff now={OPEN} report={{ category: 'spam' }} onEvent={onEvent} />);
    expect(onEvent).not.toHaveBeenCalled();
  });

  test('a throwing handler is reported but does not break the hand-off', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <HelplineHandoff
        now={OPEN}
        onEvent={() => {
          throw new Error('host bug');
        }}
      />,
    );
    expect(screen.getByRole('link')).toHaveAttribute('href', 'tel:3018');
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
