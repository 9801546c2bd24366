import css from '@helpline-handoff/core/styles.css';

/**
 * The element's own rules, kept to what the shared stylesheet cannot know: the host box, and the
 * visually hidden live region (a sibling of the root, so it takes no row in the root's grid).
 */
const HOST_CSS =
  ':host{display:block}:host([hidden]){display:none}' +
  '.live{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap}';

let sheet: CSSStyleSheet | undefined;

/**
 * Adopts the shared stylesheet, parsed once for every instance. A constructable stylesheet needs
 * no `<style>` element and no style attribute, so a strict `style-src 'self'` CSP keeps it.
 * Browsers without `adoptedStyleSheets` (Safari before 16.4) show the parts unstyled but working.
 */
export function adoptStyles(shadow: ShadowRoot): void {
  if (!('adoptedStyleSheets' in shadow) || typeof CSSStyleSheet === 'undefined') return;
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(HOST_CSS + css);
    }
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // Constructable stylesheets missing or refused: the hand-off still works unstyled.
  }
}
