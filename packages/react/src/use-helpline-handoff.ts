'use client';

import { copyOf, type Decision, sameValue } from '@helpline-handoff/core';
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
  const key = useContentKey(input);
  // A new store (and timer) only when the input means something else, not on every new literal,
  // but also when the host changed it in place.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the input's content
  const store = useMemo(() => createDecisionStore(input), [key]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  // An inline text function is new on every render, and so is the store: the decision keeps its
  // identity while its content holds, so that a host effect keyed on it does not run again.
  return { decision: useStableValue(snapshot), live: store.isLive(snapshot) };
}

/** A new object each time `value`'s content changes, whether given anew or changed in place. */
function useContentKey(value: unknown): object {
  const ref = useRef<{ copy: unknown }>(undefined);
  // Idempotent, so safe during render: a discarded render at worst creates one spare store.
  if (!ref.current || !sameValue(ref.current.copy, value)) ref.current = { copy: copyOf(value) };
  return ref.current;
}

/** The previous value while the new one is the same by value, so hooks keyed on it stay put. */
function useStableValue<T>(value: T): T {
  const ref = useRef(value);
  if (!sameValue(ref.current, value)) ref.current = value;
  return ref.current;
}
