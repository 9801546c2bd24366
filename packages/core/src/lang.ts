import type { DecideInput } from './types.js';
import { checkInput } from './validate.js';

/**
 * The language tag of the texts `decide()` gives for this input, for the rendered root's `lang`
 * (WCAG 3.1.2: an English hand-off in a French page must be read in English): the locale itself
 * for `fr-*` and `en-*`, or when the host's valid texts for it give the title, the body and the
 * action, what a person reads first; otherwise `en`, the built-in texts the rest is in.
 */
export function textsLang(input: Pick<DecideInput, 'locale' | 'messages'>): string {
  let config = checkInput({ now: 0 });
  try {
    config = checkInput({ now: 0, locale: input.locale, messages: input.messages });
  } catch {
    // An input whose fields cannot be read: decide() reports it, with French texts.
  }
  const { locale, language, translated } = config;
  const own = locale.split('-')[0]?.toLowerCase() === language || ['title', 'body', 'action'].every((key) => translated.has(key));
  return own ? locale : language;
}
