import type { Decision, HandoffEvent } from '@helpline-handoff/core';
import { handoffEvent } from '@helpline-handoff/core';

/**
 * What the host hears: core's `handoffEvent` without `type`, which the event's own name already
 * says. No report, no person: `{ kind, reason, helplineId }` only.
 */
export type HandoffEventDetail = Omit<HandoffEvent, 'type'>;

/** `handoff-shown`, `handoff-action` or `handoff-copy`. */
export type HandoffEventName = `handoff-${HandoffEvent['type']}`;

/** The events `<helpline-handoff>` dispatches; they bubble and cross shadow roots. */
export type HandoffCustomEvent = CustomEvent<HandoffEventDetail>;

export function createHandoffEvent(type: HandoffEvent['type'], decision: Decision): HandoffCustomEvent {
  const { type: _type, ...detail } = handoffEvent(type, decision);
  return new CustomEvent(`handoff-${type}`, { detail, bubbles: true, composed: true });
}
