import type { DecideInput } from './types.js';

/**
 * The language tag of the texts `decide()` gives for this input, for the rendered root's `lang`
 * (WCAG 3.1.2: an English hand-off in a French page must be read in English): the locale itself
 * for `fr-*` and `en-*`, or when the host gave texts for it; otherwise `en`, the built-in fallback.
 */
export function textsLang(input: Pick<DecideInput, 'locale' | 'messages'>): string {
  let locale = 'fr';
  try {
    locale = typeof input.locale === 'string' ? (Intl.getCanonicalLocales(input.locale)[0] ?? 'fr') : 'fr';
  } catch {
    // A malformed locale: decide() reports it and falls back to French.
  }
  const language = (locale.split('-')[0] as string).toLowerCase();
  if (language === 'fr' || language === 'en') return locale;
  let tags: string[] = [];
  try {
    tags = typeof input.messages === 'object' && input.messages !== null ? Object.keys(input.messages) : [];
  } catch {
    // Unreadable messages are reported by decide(); they give no texts.
  }
  return tags.some((tag) => tag.toLowerCase() === locale.toLowerCase() || tag.toLowerCase() === language) ? locale : 'en';
}
