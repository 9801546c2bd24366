'use client';

import { type Decision, sameValue } from '@helpline-handoff/core';
import { useMemo, useRef, useSyncExternalStore } from 'react';
import { createDecisionStore, type HandoffInput } from './store.js';

/**
 * The live decision for `input`: `decide()` at `now`, or, without `now`, at the current time,
 * decided again when it changes (one timer, cleared on unmount). The server render and
 * hydration get the time-neutral view (number, hours, website link) and switch to the live
 * decision right after hydration, without a mismatch.
 */
export function useHelplineHandoff(input: HandoffInput): Decision {
  return useDecision(input).decision;
}

/** The decision, and whether it is live (false during server render and hydration without `now`). */
export function useDecision(input: HandoffInput): { decision: Decision; live: boolean } {
  const stable = useStableValue(input);
  // A new store (and timer) only when the input means something else, not on every new literal.
  const store = useMemo(() => createDecisionStore(stable), [stable]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  // An inline text function is new on every render, and so is the store: the decision keeps its
  // identity while its content holds, so that a host effect keyed on it does not run again.
  return { decision: useStableValue(snapshot), live: store.isLive(snapshot) };
}

/** The previous value while the new one is the same by value, so hooks keyed on it stay put. */
function useStableValue<T>(value: T): T {
  const ref = useRef(value);
  // Idempotent, so safe during render: a discarded render at worst creates one spare store.
  if (!sameValue(ref.current, value)) ref.current = value;
  return ref.current;
}
