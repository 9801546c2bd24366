import { type DecideInput, type Decision, decide, listenForWake, refreshDelay, sameValue } from '@helpline-handoff/core';
import { givenNow, inputAt } from './input.js';
import { timeNeutral } from './neutral.js';

/** What the hook and the component take: `DecideInput` with `now` optional. */
export interface HandoffInput {
  /** The instant to decide for; omitted, the clock is read and the decision follows it. @default the current time, live */
  now?: Date | number;
  /** The report just submitted (category, role, country); omitted, the hand-off is shown as covered. @default undefined */
  report?: DecideInput['report'];
  /** The platform's policy; missing fields take their defaults. @default { action: 'call', whenClosed: 'link', categories: DEFAULT_CATEGORIES, roles: ['victim', 'witness'] } */
  policy?: DecideInput['policy'];
  /** The helpline to hand off to. @default HELPLINE_3018 */
  helpline?: DecideInput['helpline'];
  /** What the device can do; pass `{ canDial: detectCanDial(navigator) }` on the client. @default { canDial: true } */
  device?: DecideInput['device'];
  /** BCP 47 locale: `fr`, `fr-*` get French, anything else English. @default 'fr' */
  locale?: DecideInput['locale'];
  /** Overrides of any text, per locale. @default undefined */
  messages?: DecideInput['messages'];
  /** The reporter's IANA time zone, when known: texts then name the helpline's zone if it differs. @default undefined */
  timeZone?: DecideInput['timeZone'];
  /** Formats full phone numbers: `formatPhone` from `@helpline-handoff/core/phone`. @default short codes and E.164 shapes only */
  formatPhone?: DecideInput['formatPhone'];
}

/** An external store of the decision, for `useSyncExternalStore`. */
export interface DecisionStore {
  subscribe(onChange: () => void): () => void;
  /** The live decision. */
  getSnapshot(): Decision;
  /** The decision the server renders and hydration reuses. */
  getServerSnapshot(): Decision;
  /** False for the time-neutral view shown before the clock may be read. */
  isLive(decision: Decision): boolean;
}

/**
 * One store per input. With `now` the decision is fixed. Without it, the clock is read on the
 * first client read, and while subscribed ONE timer waits for `changesAt` (clamped by core's
 * `refreshDelay`), decides again, and re-arms; the last unsubscribe clears it. The clock can also
 * jump while no timer runs (a laptop asleep, a page in the back-forward cache, a phone's clock or
 * zone corrected): on every wake-up event it decides again at once, and re-arms.
 */
export function createDecisionStore(input: HandoffInput): DecisionStore {
  if (givenNow(input) !== undefined) {
    const fixed = decide(input as DecideInput);
    return { subscribe: () => () => {}, getSnapshot: () => fixed, getServerSnapshot: () => fixed, isLive: () => true };
  }
  let live: Decision | undefined;
  let neutral: Decision | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopListening: (() => void) | undefined;
  const listeners = new Set<() => void>();
  const read = (): Decision => {
    live ??= decide(inputAt(input, Date.now()));
    return live;
  };
  /** Decides again at the current time, whether the timer fired on time, late or early, and re-arms. */
  const refresh = (): void => {
    const previous = live;
    const time = Date.now();
    const next = decide(inputAt(input, time));
    // The same decision keeps its identity: a window refocused re-renders nothing.
    if (!previous || !sameValue(previous, next)) live = next;
    arm(time);
    if (live !== previous) for (const listener of listeners) listener();
  };
  const arm = (time: number): void => {
    clearTimeout(timer);
    timer = undefined;
    const delay = refreshDelay(read(), time);
    if (delay !== null) timer = setTimeout(refresh, delay);
  };
  return {
    subscribe(onChange) {
      listeners.add(onChange);
      if (listeners.size === 1) {
        arm(Date.now());
        if (typeof window !== 'undefined') stopListening = listenForWake(window, refresh);
      }
      return () => {
        listeners.delete(onChange);
        if (listeners.size > 0) return;
        clearTimeout(timer);
        timer = undefined;
        stopListening?.();
        stopListening = undefined;
      };
    },
    getSnapshot: read,
    getServerSnapshot: () => {
      neutral ??= timeNeutral(input);
      return neutral;
    },
    isLive: (decision) => decision !== neutral,
  };
}
