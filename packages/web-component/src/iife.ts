// The script-tag build: defines <helpline-handoff> on load and exposes `HelplineHandoff`.
import { decide, detectCanDial, HELPLINE_3018, parseHours } from '@helpline-handoff/core';
import { define } from './define.js';

export { TAG_NAME } from './define.js';
export { HelplineHandoffElement } from './element.js';
export { decide, define, detectCanDial, HELPLINE_3018, parseHours };

define();
