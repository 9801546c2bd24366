import css from '@helpline-handoff/core/styles.css';

/**
 * The element's own rules, kept to what the shared stylesheet cannot know: the host box, and the
 * inherited text properties a host page's global rules (`* { letter-spacing: 3px }`) would pass
 * through the shadow boundary; only the font and the documented custom properties come in. (The live
 * region, a sibling of the root so that it takes no row in its grid, uses the shared
 * `.hh-visually-hidden`.)
 */
const HOST_CSS =
  // Hidden (nothing to show, or by the host) whatever the page says of `display`: no empty box.
  ':host{display:block}:host([hidden]){display:none!important}' +
  '.hh-root{letter-spacing:normal;word-spacing:normal;text-transform:none;text-indent:0;text-shadow:none;font-style:normal;white-space:normal}';

/** The parsed stylesheet per window: a constructed sheet can only be adopted in its own window's documents. */
const sheets = new WeakMap<object, CSSStyleSheet>();

/**
 * Adopts the shared stylesheet, parsed once per window for every instance; again after a move to
 * another document (an iframe's), which drops the sheets adopted in the first. A constructable
 * stylesheet needs no `<style>` element and no style attribute, so a strict `style-src 'self'` CSP
 * keeps it. Browsers without `adoptedStyleSheets` (Safari before 16.4) show the parts unstyled but working.
 */
export function adoptStyles(shadow: ShadowRoot): void {
  try {
    const Sheet = shadow.ownerDocument.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    let sheet = sheets.get(Sheet);
    if (!sheet) {
      sheet = new Sheet();
      sheet.replaceSync(HOST_CSS + css);
      sheets.set(Sheet, sheet);
    }
    // A host's own sheets stay after ours (they win the cascade); those of the window left behind cannot.
    const adopted = shadow.adoptedStyleSheets;
    if (!adopted.includes(sheet)) shadow.adoptedStyleSheets = [sheet, ...adopted.filter((other) => other instanceof Sheet)];
  } catch {
    // Constructable stylesheets missing (CSSStyleSheet undefined, or not a constructor) or
    // refused (a document without a window): the hand-off still works unstyled.
  }
}
