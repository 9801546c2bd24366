import type { DecideInput } from '@helpline-handoff/core';
import type { HandoffInput } from './store.js';

/**
 * `input` at `now`. One that cannot be copied (a getter that throws) is not: decide() reads it
 * through a new object, and reports what it could not read, instead of the host page throwing.
 */
export function inputAt(input: HandoffInput, now: Date | number | undefined): DecideInput {
  try {
    return { ...input, now } as DecideInput;
  } catch {
    return Object.create(input, { now: { value: now } });
  }
}

/** `input.now`; `null` where reading it throws, for decide() to read and report. */
export function givenNow(input: HandoffInput): HandoffInput['now'] | null {
  try {
    return input.now;
  } catch {
    return null;
  }
}
