import type { Decision, Part } from '@helpline-handoff/core';
import { HELPLINE_3018 } from '@helpline-handoff/core';
import type { HeadingLevel } from './input.js';

/** The rendered parts, built once per element and updated in place so that focus survives a re-render. */
export interface View {
  root: HTMLElement;
  title: HTMLElement;
  body: HTMLElement;
  action: HTMLAnchorElement;
  number: HTMLElement;
  copy: HTMLButtonElement;
  hours: HTMLElement;
  status: HTMLElement;
  privacy: HTMLElement;
  /** A polite live region, beside the root: it announces the hand-off and "copied". */
  live: HTMLElement;
}

const TITLE_ID = 'hh-title';

/** The same element and class as React's anatomy; `part` exposes it to `::part()`. */
function part<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, name: Part): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  element.className = `hh-${name}`;
  element.setAttribute('part', name);
  return element;
}

export function createView(doc: Document): View {
  const root = part(doc, 'section', 'root');
  // A section with a name is a region landmark, labelled by its title.
  root.setAttribute('aria-labelledby', TITLE_ID);
  // The texts' own direction, not the page's: French in a right-to-left page keeps its "?" at the end.
  root.dir = 'auto';
  const title = part(doc, 'h2', 'title');
  title.id = TITLE_ID;
  const copy = part(doc, 'button', 'copy');
  copy.type = 'button';
  const live = doc.createElement('div');
  // The shared stylesheet's class, as in React: it holds with `unstyled` too.
  live.className = 'hh-visually-hidden';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  return {
    root,
    title,
    body: part(doc, 'p', 'body'),
    action: part(doc, 'a', 'action'),
    number: part(doc, 'p', 'number'),
    copy,
    hours: part(doc, 'p', 'hours'),
    status: part(doc, 'p', 'status'),
    privacy: part(doc, 'p', 'privacy'),
    live,
  };
}

/** Swaps the title for a heading of `level` (same id, class, part and text), in place, when it differs. */
export function setHeadingLevel(view: View, level: HeadingLevel): void {
  const tag = `h${level}` as const;
  if (view.title.localName === tag) return;
  const title = part(view.root.ownerDocument, tag, 'title');
  title.id = TITLE_ID;
  title.textContent = view.title.textContent;
  if (view.title.parentNode) view.title.replaceWith(title);
  view.title = title;
}

/** Only `tel:` and `https:` leave the element, whatever a decision carries. */
export function safeHref(href: string): string {
  return /^(tel:\+?\d+|https:\/\/)/i.test(href) ? href : HELPLINE_3018.website;
}

/** Shows a call or link decision; `lang` is the language of its texts; `copied`: the number was copied. */
export function updateView(view: View, decision: Exclude<Decision, { kind: 'none' }>, lang: string, copied = false): void {
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
  const shown: [HTMLElement, string | undefined][] = [
    [view.title, texts.title],
    [view.body, texts.body],
    [action, texts.action],
    [view.number, number],
    [view.copy, decision.reason === 'cannot-dial' && number ? (copied ? texts.copied : texts.copy) : undefined],
    [view.hours, texts.hours],
    [view.status, texts.status],
    [view.privacy, texts.privacy],
  ];
  for (const [element, text] of shown) if (text) element.textContent = text;
  placeChildren(
    root,
    shown.map(([element, text]) => [element, Boolean(text)]),
  );
}

/**
 * Puts the present parts in order and removes the others, without moving a part already in place
 * (moving it would drop its focus). Removed, not `hidden`: the stylesheet's `display` would win
 * over the `hidden` attribute.
 */
function placeChildren(root: HTMLElement, children: [HTMLElement, boolean][]): void {
  for (const [element, present] of children) if (!present) element.remove();
  let previous: HTMLElement | undefined;
  for (const [element, present] of children) {
    if (!present) continue;
    const inPlace = element.parentNode === root && element.previousElementSibling === (previous ?? null);
    if (!inPlace) {
      if (previous) previous.after(element);
      else root.prepend(element);
    }
    previous = element;
  }
}

/**
 * Copies `text` with the Clipboard API (secure contexts), else with the old `copy` command on a
 * selection of `node`; when both fail the number stays selected, to copy by hand.
 */
export async function copyText(text: string, node: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const selection = node.ownerDocument.getSelection();
    selection?.selectAllChildren(node);
    try {
      return node.ownerDocument.execCommand('copy');
    } catch {
      return false;
    }
  }
}
