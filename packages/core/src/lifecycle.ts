import type { Decision } from './types.js';

/** `setTimeout` overflows past this many milliseconds (about 24.8 days) and fires at once. */
export const MAX_TIMER_DELAY = 2 ** 31 - 1;

/**
 * Milliseconds a wrapper waits before deciding again: until `changesAt`, clamped to what
 * `setTimeout` can hold (a timer that fires early just decides again and re-arms); `null` when the
 * decision never changes.
 */
export function refreshDelay(decision: Pick<Decision, 'changesAt'>, now: Date | number): number | null {
  if (!decision.changesAt) return null;
  const delay = decision.changesAt.getTime() - (typeof now === 'number' ? now : now.getTime());
  return Number.isFinite(delay) ? Math.min(Math.max(delay, 0), MAX_TIMER_DELAY) : null;
}

/** What happened: the hand-off appeared, its call or link was followed, or the number was copied. */
export type HandoffEventType = 'shown' | 'action' | 'copy';

/** What the host hears of an event: no report, no person, only what was shown. */
export interface HandoffEvent {
  type: HandoffEventType;
  kind: Decision['kind'];
  reason: Decision['reason'];
  helplineId: string;
}

/** The event for the host, with exactly the documented fields. */
export function handoffEvent(type: HandoffEventType, decision: Decision): HandoffEvent {
  return { type, kind: decision.kind, reason: decision.reason, helplineId: decision.helpline.id };
}

/**
 * Whether the hand-off offers a button that copies the number: wherever it shows the number but
 * cannot place the call (the device cannot dial, the line is closed, the policy links). `tel:`
 * does nothing on many desktops, and a number copied now can be called later.
 */
export function offersCopy(decision: Decision): decision is Extract<Decision, { kind: 'link' }> & { number: string } {
  return decision.kind === 'link' && decision.number !== undefined;
}

/**
 * What a polite live region holds to announce `text` after `previous`. It announces changes only,
 * so the same text again (a second copy, a hand-off shown again) gets a no-break space, which
 * screen readers do not read: the region changes in one step, with no timer.
 */
export function announcementText(previous: string, text: string): string {
  return previous === text ? `${text}\u00a0` : text;
}

/**
 * The named parts every wrapper renders, as `part` names in the web component and `hh-…` class
 * names in React; `copy` is the copy-number button (see `offersCopy`).
 */
export const PARTS = ['root', 'title', 'body', 'action', 'number', 'copy', 'hours', 'status', 'privacy'] as const;

/** One part of the anatomy. */
export type Part = (typeof PARTS)[number];
