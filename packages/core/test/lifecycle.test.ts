import { describe, expect, it } from 'vitest';
import { decide, handoffEvent, MAX_TIMER_DELAY, offersCopy, PARTS, refreshDelay } from '../src/index.js';

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

  it('sets no timer for an instant that is no time (an infinite or NaN now)', () => {
    for (const now of [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN]) {
      expect(refreshDelay({ changesAt: new Date(0) }, now)).toBeNull();
    }
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

describe('offersCopy', () => {
  const noon = new Date('2026-06-10T12:00+02:00');
  const late = new Date('2026-06-10T23:30+02:00');
  it.each([
    ['a call', { now: noon }, false],
    ['a device that cannot dial', { now: noon, device: { canDial: false } }, true],
    ['a closed line', { now: late }, true],
    ['a policy that links', { now: noon, policy: { action: 'link' as const } }, true],
    ['a reporter abroad, who sees no number', { now: noon, report: { category: 'harassment', country: 'BE' } }, false],
    ['a hidden hand-off', { now: late, policy: { whenClosed: 'hide' as const } }, false],
  ])('%s: %s', (_name, input, expected) => {
    expect(offersCopy(decide(input))).toBe(expected);
  });
});
