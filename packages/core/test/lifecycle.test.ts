import { describe, expect, it } from 'vitest';
import { decide, handoffEvent, MAX_TIMER_DELAY, PARTS, refreshDelay } from '../src/index.js';

describe('refreshDelay', () => {
  it('waits until changesAt', () => {
    const now = new Date('2026-06-10T12:00+02:00');
    expect(refreshDelay(decide({ now }), now)).toBe(11 * 3_600_000);
    expect(refreshDelay(decide({ now }), now.getTime())).toBe(11 * 3_600_000);
  });

  it('clamps to what setTimeout can hold', () => {
    expect(refreshDelay({ changesAt: new Date(2 ** 40) }, 0)).toBe(MAX_TIMER_DELAY);
    expect(MAX_TIMER_DELAY).toBe(2 ** 31 - 1);
  });

  it('never waits a negative time, and never for a decision that never changes', () => {
    expect(refreshDelay({ changesAt: new Date(1000) }, 5000)).toBe(0);
    expect(refreshDelay({ changesAt: null }, 0)).toBeNull();
  });
});

describe('handoffEvent', () => {
  it('carries exactly the kind, the reason and the helpline id', () => {
    const decision = decide({ now: new Date('2026-06-10T12:00+02:00'), report: { category: 'harassment', country: 'FR' } });
    expect(handoffEvent('action', decision)).toStrictEqual({ type: 'action', kind: 'call', reason: 'open', helplineId: '3018' });
  });

  it('names the parts of the anatomy', () => {
    expect(PARTS).toEqual(['root', 'title', 'body', 'action', 'number', 'copy', 'hours', 'status', 'privacy']);
  });
});
