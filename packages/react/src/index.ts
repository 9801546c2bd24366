export type { Decision, HandoffEvent } from '@helpline-handoff/core';
export { HelplineHandoff, type HelplineHandoffProps } from './HelplineHandoff.js';
export type { HandoffInput } from './store.js';
export { useHelplineHandoff } from './use-helpline-handoff.js';
