import type { MinuteSpan } from '../schedule.js';
import type { Language, MessageContext, Messages, TextKey, Texts } from '../types.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { LocalMoment, TextFacts, Words } from './types.js';

const WORDS: Record<Language, Words> = { fr, en };
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

/** Fills `{key}` placeholders. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

/** "a", "a and b", "a, b and c". */
function listOf(items: string[], and: string): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')}${and}${items.at(-1)}`;
}

/** "du lundi au vendredi et le dimanche": runs of three days or more become ranges. */
function daysText(days: number[], words: Words): string {
  if (days.length === 7) return words.everyDay;
  const parts: string[] = [];
  for (let index = 0; index < days.length; ) {
    let end = index;
    while (days[end + 1] === (days[end] as number) + 1) end++;
    const name = (at: number) => words.days[days[at] as number] as string;
    if (end - index > 1) parts.push(fill(words.range, { a: name(index), b: name(end) }));
    else for (let at = index; at <= end; at++) parts.push(fill(words.one, { a: name(at) }));
    index = end + 1;
  }
  return listOf(parts, words.and);
}

function spansText(spans: readonly MinuteSpan[], words: Words, hour24: boolean): string {
  if (spans.length === 1 && spans[0]?.[0] === 0 && spans[0][1] === 1440) return words.allDay;
  const each = spans.map(([open, close]) => fill(words.span, { a: words.time(open, hour24), b: words.time(close, hour24) }));
  return listOf(each, words.and);
}

/** The grouped hours summary: "du lundi au vendredi de 9 h à 18 h ; le samedi de 10 h à 12 h". */
function hoursText(facts: TextFacts, words: Words, zone: string): string {
  if (!facts.groups) return '';
  if (facts.groups.length === 0) return words.closed;
  const groups = facts.groups.map((group) => daysText(group.days, words) + words.between + spansText(group.spans, words, facts.hour24));
  return groups.join(words.separator) + zone;
}

/** "aujourd'hui à 9 h", "demain à 9 h", "lundi à 9 h", "le 3 janvier à 9 h", from a template of four. */
function dayText(templates: string[], moment: LocalMoment, facts: TextFacts, words: Words): string {
  const form = Math.min(moment.daysAhead, 2) + (moment.daysAhead >= 7 ? 1 : 0);
  const date = () => new Intl.DateTimeFormat(facts.context.locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(moment.date);
  const day = form === 2 ? (words.days[moment.weekday] as string) : form === 3 ? date() : '';
  return fill(templates[form] as string, { t: words.time(moment.minutes, facts.hour24), d: day });
}

function statusText(facts: TextFacts, words: Words, zone: string): string {
  const { context, opens, closes } = facts;
  if (!facts.timeKnown) return '';
  if (context.open) return closes ? dayText(words.openUntil, closes, facts, words) + zone : words.openAllDay + zone;
  return opens ? dayText(words.opensAgain, opens, facts, words) + zone : words.closed;
}

/** The texts of a decision: built-in ones for the language, then the host's overrides. */
export function buildTexts(language: Language, facts: TextFacts, overrides: Messages): Texts {
  const words = WORDS[language];
  const { helpline, kind, number = '', role } = facts.context;
  const name = helpline.name;
  const article = (form: string) => words.article?.(form, name) ?? name;
  const values = { name, number, le: article('le'), Le: article('Le'), du: article('du'), au: article('au') };
  const zone = facts.zoneCity ? fill(words.zone, { city: facts.zoneCity }) : '';
  const hours = hoursText(facts, words, zone);
  const builtIn: Record<TextKey, string> = {
    title: words.title,
    body: fill(role === 'witness' ? words.witness : words.victim, values),
    action: fill(kind === 'call' ? words.call : words.link, values),
    number,
    hours,
    status: statusText(facts, words, zone),
    privacy: fill(words.privacy, values),
    copy: words.copy,
    copied: words.copied,
  };
  const context: MessageContext = { ...facts.context, hoursText: hours };
  const texts = {} as Texts;
  for (const key of Object.keys(builtIn) as TextKey[]) {
    if (key !== 'number' || facts.context.number !== undefined) texts[key] = override(overrides[key], context, builtIn[key]);
  }
  return texts;
}

/** A host's text, or the built-in one when there is none or it fails. */
function override(message: Messages[TextKey], context: MessageContext, builtIn: string): string {
  try {
    const text = typeof message === 'function' ? message(context) : message;
    return typeof text === 'string' ? text : builtIn;
  } catch {
    return builtIn; // A broken override must not hide the hand-off.
  }
}
