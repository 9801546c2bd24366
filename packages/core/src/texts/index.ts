import type { Language, MessageContext, Messages, TextKey, Texts } from '../types.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { TextFacts } from './types.js';

const PACKS = { fr, en } as const;
const hourCycles = new Map<string, boolean>();

/** Whether a locale writes times on a 24-hour clock (en-GB: yes, en-US: no). */
export function uses24HourClock(locale: string): boolean {
  let hour24 = hourCycles.get(locale);
  if (hour24 === undefined) {
    const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric', timeZone: 'UTC' }).resolvedOptions().hourCycle;
    hour24 = cycle === 'h23' || cycle === 'h24';
    hourCycles.set(locale, hour24);
  }
  return hour24;
}

/** The texts of a decision: built-in ones for the language, then the host's overrides. */
export function buildTexts(language: Language, facts: TextFacts, overrides: Messages): Texts {
  const pack = PACKS[language];
  const hours = pack.hours(facts);
  const context: MessageContext = { ...facts.context, hoursText: hours };
  const text = (key: TextKey, fallback: string): string => {
    const override = overrides[key];
    if (override === undefined) return fallback;
    try {
      const value = typeof override === 'function' ? override(context) : override;
      return typeof value === 'string' ? value : fallback;
    } catch {
      return fallback; // A broken override must not hide the hand-off.
    }
  };
  const texts: Texts = {
    title: text('title', pack.texts.title(facts, hours)),
    body: text('body', pack.texts.body(facts, hours)),
    action: text('action', pack.texts.action(facts, hours)),
    hours: text('hours', hours),
    status: text('status', pack.texts.status(facts, hours)),
    privacy: text('privacy', pack.texts.privacy(facts, hours)),
    copy: text('copy', pack.texts.copy(facts, hours)),
    copied: text('copied', pack.texts.copied(facts, hours)),
  };
  if (facts.context.number !== undefined) texts.number = text('number', pack.texts.number(facts, hours));
  return texts;
}
