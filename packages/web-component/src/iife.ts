// The script-tag build: defines <helpline-handoff> on load and exposes the `HelplineHandoff` global.
import { decide, detectCanDial, HELPLINE_3018, parseHours } from '@helpline-handoff/core';
import { define, TAG_NAME } from './define.js';
import { HelplineHandoffElement } from './element.js';

// The element on the page: this copy's, or the one another copy defined first (an ESM build, a
// second script tag), so that `instanceof HelplineHandoff.HelplineHandoffElement` holds for it.
const element = (define() ?? HelplineHandoffElement) as typeof HelplineHandoffElement;
const api = { decide, define, detectCanDial, HELPLINE_3018, HelplineHandoffElement: element, parseHours, TAG_NAME };

// Once, as the element: a second copy of this file (two widgets each bringing it) keeps the first
// copy's global. What else may hold the name (an element with id="HelplineHandoff", a named window
// property) is replaced.
const global = globalThis as { HelplineHandoff?: Partial<typeof api> };
if (!global.HelplineHandoff?.HelplineHandoffElement) global.HelplineHandoff = api;
