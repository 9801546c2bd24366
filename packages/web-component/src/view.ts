import type { Decision, Part } from '@helpline-handoff/core';
import { HELPLINE_3018, offersCopy, PARTS } from '@helpline-handoff/core';
import type { HeadingLevel } from './input.js';

/**
 * The rendered parts, built once per element and updated in place so that focus survives a
 * re-render; `live`, a polite live region beside the root, announces the hand-off and "copied".
 */
export type View = Record<Part | 'live', HTMLElement> & { action: HTMLAnchorElement; copy: HTMLButtonElement };

/** A decision that shows something. */
export type Shown = Exclude<Decision, { kind: 'none' }>;

/** Each part's element: a paragraph unless named here (the title's level may change). */
const TAGS: Partial<Record<Part, string>> = { root: 'section', title: 'h2', action: 'a', copy: 'button' };

const TITLE_ID = 'hh-title';

/** The same element and class as React's anatomy; `part` exposes it to `::part()`. */
function createPart(doc: Document, tag: string, name: Part): HTMLElement {
  const element = doc.createElement(tag);
  element.className = `hh-${name}`;
  element.setAttribute('part', name);
  if (name === 'title') element.id = TITLE_ID;
  return element;
}

export function createView(doc: Document): View {
  const view = {} as View;
  for (const name of PARTS) (view as Record<Part, HTMLElement>)[name] = createPart(doc, TAGS[name] ?? 'p', name);
  const { root, copy } = view;
  // A section with a name is a region landmark, labelled by its title.
  root.setAttribute('aria-labelledby', TITLE_ID);
  // The texts' own direction, not the page's: French in a right-to-left page keeps its "?" at the end.
  root.dir = 'auto';
  copy.type = 'button';
  const live = doc.createElement('div');
  view.live = live;
  // The shared stylesheet's class, as in React: it holds with `unstyled` too.
  live.className = 'hh-visually-hidden';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  live.dir = 'auto';
  return view;
}

/** Swaps the title for a heading of `level` (same id, class, part and text), in place, when it differs. */
export function setHeadingLevel(view: View, level: HeadingLevel): void {
  const old = view.title;
  if (old.localName === `h${level}`) return;
  const title = createPart(old.ownerDocument, `h${level}`, 'title');
  title.textContent = old.textContent;
  old.replaceWith(title);
  view.title = title;
}

/** Only `tel:` and `https:` leave the element, whatever a decision carries. */
export function safeHref(href: string): string {
  return /^(tel:\+?\d+|https:\/\/)/i.test(href) ? href : HELPLINE_3018.website;
}

/**
 * Shows a decision; `lang` is the language of its texts; `copied`: the number was copied. Puts the
 * parts with a text in order and removes the others, without moving a part already in place
 * (moving it would drop its focus). Removed, not `hidden`: the stylesheet's `display` would win over
 * the `hidden` attribute.
 */
export function updateView(view: View, decision: Shown, lang: string, copied: boolean): void {
  const { root, action } = view;
  const { texts } = decision;
  root.dataset.kind = decision.kind;
  root.dataset.reason = decision.reason;
  root.lang = lang;
  action.href = safeHref(decision.href);
  // The helpline must not learn which page (or report) the person came from.
  if (decision.kind === 'link') action.rel = 'noreferrer';
  else action.removeAttribute('rel');
  const number = texts.number ?? decision.number;
  const shown: Partial<Record<Part, string>> = {
    ...texts,
    number,
    copy: offersCopy(decision) ? (copied ? texts.copied : texts.copy) : undefined,
  };
  let previous: HTMLElement | undefined;
  for (const name of PARTS) {
    if (name === 'root') continue;
    const element = view[name];
    const text = shown[name];
    if (!text) {
      // The copy button going as the line opens: focus moves to the action, not to the page's start.
      const focused = (root.getRootNode() as ShadowRoot).activeElement === element;
      element.remove();
      if (focused) action.focus();
      continue;
    }
    element.textContent = text;
    if (element.parentNode !== root || element.previousElementSibling !== (previous ?? null)) {
      if (previous) previous.after(element);
      else root.prepend(element);
    }
    previous = element;
  }
}
