import { HelplineHandoffElement } from './element.js';

/** The element's tag name. */
export const TAG_NAME = 'helpline-handoff';

/**
 * Registers `<helpline-handoff>`. Safe to call again, or after another copy of this package (a
 * second script tag) registered it: the element already defined is kept and returned.
 * Does nothing where there is no custom element registry (a server render).
 */
export function define(registry: CustomElementRegistry | undefined = globalThis.customElements): CustomElementConstructor | undefined {
  if (!registry) return undefined;
  const existing = registry.get(TAG_NAME);
  if (existing) return existing;
  registry.define(TAG_NAME, HelplineHandoffElement);
  return HelplineHandoffElement;
}
