// The script-tag build: defines <helpline-handoff> on load and exposes the `HelplineHandoff` global.
import { decide, detectCanDial, HELPLINE_3018, parseHours } from '@helpline-handoff/core';
import { define, TAG_NAME } from './define.js';
import { HelplineHandoffElement } from './element.js';

const api = { decide, define, detectCanDial, HELPLINE_3018, HelplineHandoffElement, parseHours, TAG_NAME };

// Once, as the element: a second copy of this file (two widgets each bringing it) keeps the first
// copy's global, so that `HelplineHandoff.HelplineHandoffElement` is the element on the page. What
// else may hold the name (an element with id="HelplineHandoff", a named window property) is replaced.
const global = globalThis as { HelplineHandoff?: Partial<typeof api> };
if (!global.HelplineHandoff?.HelplineHandoffElement) global.HelplineHandoff = api;
define();
