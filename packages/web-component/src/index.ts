export { define, TAG_NAME } from './define.js';
export { HelplineHandoffElement } from './element.js';
export type { HandoffCustomEvent, HandoffEventDetail, HandoffEventName } from './events.js';
export type { AttributeName, HandoffProperties } from './input.js';
export { ATTRIBUTES } from './input.js';
