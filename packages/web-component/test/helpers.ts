import type { Part } from '@helpline-handoff/core';
import { define } from '../src/define.js';
import type { HelplineHandoffElement } from '../src/element.js';

define();

/** A `<helpline-handoff>` with these attributes, in the document. */
export function mount(attributes: Record<string, string> = {}, props: Partial<HelplineHandoffElement> = {}): HelplineHandoffElement {
  const element = document.createElement('helpline-handoff');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, props);
  document.body.append(element);
  return element;
}

/** The part's element inside the shadow root, or `null`. */
export function part(element: HelplineHandoffElement, name: Part): HTMLElement | null {
  return element.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

/** The part's text, or `undefined` when it is not rendered. */
export function text(element: HelplineHandoffElement, name: Part): string | undefined {
  return part(element, name)?.textContent ?? undefined;
}

/** Lets queued re-renders (a microtask) run. */
export const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));

/** Lets the element's announcement (a message, in a task of its own) run: a message queued after it arrives after it. */
export const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/** 10:00 in Paris on a summer Tuesday (UTC+2). */
export const PARIS_10 = '2025-06-10T10:00:00+02:00';
/** 23:30 in Paris the same day. */
export const PARIS_2330 = '2025-06-10T23:30:00+02:00';
