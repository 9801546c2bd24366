import { type DecideInput, type Decision, decide, type Reason } from '@helpline-handoff/core';
import { inputAt } from './input.js';

/** Reasons that depend on the time of day; the others hold at any instant. */
const TIMED: readonly Reason[] = ['open', 'closed', 'cannot-dial'];

/**
 * The decision to render before the clock may be read (server render and hydration): the number,
 * the hours and the website link, no status; nothing for a report the policy does not cover.
 * Core's decision without `now` is exactly that view, though it calls the missing instant an
 * error; the errors and, where it does not depend on the time, the reason of a decision at any
 * instant are the true ones. Where it does, the view is what a device that cannot dial yet gets:
 * the link and the number as text. (A core entry point for this would be better.)
 */
export function timeNeutral(input: Omit<DecideInput, 'now'>): Decision {
  // Nor the reporter's zone, which a host often knows only in the browser (from Intl): the hours
  // name the helpline's zone once live.
  const untimed = decide(inputAt({ ...input, timeZone: undefined }, undefined));
  // No status either, not even a host's: its function would see a made-up instant.
  untimed.texts.status = '';
  const probe = decide(inputAt(input, 0));
  if (TIMED.includes(probe.reason)) return { ...untimed, reason: 'cannot-dial', errors: probe.errors };
  if (probe.kind === 'none') return { ...probe, open: false, opensAt: null, closesAt: null, changesAt: null };
  return { ...untimed, reason: probe.reason, errors: probe.errors };
}
