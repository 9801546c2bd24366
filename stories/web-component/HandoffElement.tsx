import '@helpline-handoff/web-component/define';
import type { HandoffEventDetail, HandoffProperties } from '@helpline-handoff/web-component';
import { type ReactElement, useLayoutEffect, useRef } from 'react';

export type HandoffEventName = 'handoff-shown' | 'handoff-action' | 'handoff-copy';

export interface HandoffElementProps {
  /** Attributes, exactly as they would be written in HTML. */
  attributes: Record<string, string>;
  /** Object-valued options, set as properties before the element is connected. */
  properties?: HandoffProperties;
  /** Hears the element's events (name and detail), as a host page would with addEventListener. */
  onHandoffEvent?: (name: HandoffEventName, detail: HandoffEventDetail) => void;
}

const EVENTS: HandoffEventName[] = ['handoff-shown', 'handoff-action', 'handoff-copy'];

/**
 * Puts a real `<helpline-handoff>` from the built package into the story, the way a host page
 * would: created, given its attributes and listeners, then connected (so `handoff-shown`, which
 * fires on connection, is heard). A change of controls makes a new element, as a new page would.
 */
export function HandoffElement({ attributes, properties, onHandoffEvent }: HandoffElementProps): ReactElement {
  const slot = useRef<HTMLDivElement>(null);
  const listener = useRef(onHandoffEvent);
  listener.current = onHandoffEvent;
  const key = JSON.stringify([attributes, properties]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for attributes and properties by value.
  useLayoutEffect(() => {
    const host = slot.current;
    if (!host) return;
    const element = document.createElement('helpline-handoff');
    for (const name of EVENTS) {
      element.addEventListener(name, (event) => listener.current?.(name, (event as CustomEvent<HandoffEventDetail>).detail));
    }
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    Object.assign(element, properties);
    host.append(element);
    return () => element.remove();
  }, [key]);

  return <div ref={slot} />;
}

/** The HTML an integrator would write for these attributes, for the docs' "Show code". */
export function htmlOf(attributes: Record<string, string>, properties: HandoffProperties = {}): string {
  const lines = Object.entries(attributes).map(([name, value]) => `  ${name}="${value.replace(/"/g, '&quot;')}"`);
  const assignments = Object.entries(properties).map(([name, value]) => `  handoff.${name} = ${JSON.stringify(value)};`);
  return [
    '<script type="module">',
    "  import '@helpline-handoff/web-component/define';",
    ...(assignments.length ? ["  const handoff = document.querySelector('helpline-handoff');", ...assignments] : []),
    '</script>',
    '',
    lines.length ? `<helpline-handoff\n${lines.join('\n')}\n></helpline-handoff>` : '<helpline-handoff></helpline-handoff>',
  ].join('\n');
}
