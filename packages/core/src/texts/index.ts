import type { LineState } from '../decide.js';
import { type CompiledSchedule, weeklyGroups } from '../schedule.js';
import type { Decision, Language, MessageContext, TextKey, Texts } from '../types.js';
import type { Config } from '../validate.js';
import { canonicalZone, DAY, weekdayOf } from '../zone.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { LocalMoment, Words } from './types.js';

const WORDS: Record<Language, Words> = { fr, en };

/** Date formats per locale, made once: formatters are costly to create. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * "3 January" (en-GB), "January 3" (en-US), "1er janvier", "8 décembre 2027", for a local day
 * number. The date is in the texts' language: a German locale gets English texts, so an English date.
 */
function dateText(language: Language, locale: string, day: number, withYear: boolean): string {
  // Without Unicode extensions: the texts' weekdays are Gregorian, and so must their dates be.
  const tag = locale.split('-')[0]?.toLowerCase() === language ? (locale.split(/-u-/i)[0] as string) : language;
  const key = tag + withYear;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: withYear ? 'numeric' : undefined, timeZone: 'UTC' });
    if (dateFormats.size > 63) dateFormats.clear(); // locales come from input: keep the cache small
    dateFormats.set(key, format);
  }
  const date = format.format(day * DAY);
  return language === 'fr' ? date.replace(/^1 /, '1er ') : date;
}

/** The built-in templates, split once into literal text and `{key}` names, alternating. */
const templates = new Map<string, string[]>();

/** Fills `{key}` placeholders. */
function fill(template: string, values: Record<string, string | undefined>): string {
  let parts = templates.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    templates.set(template, parts);
  }
  let text = parts[0] as string;
  for (let index = 1; index < parts.length; index += 2) text += (values[parts[index] as string] ?? '') + parts[index + 1];
  return text;
}

/** A helpline's name as templates use it, with its articles in French ("le 3018", "du 3018"). */
function formsOf(words: Words, name: string): Record<string, string> {
  const forms: Record<string, string> = { name };
  for (const form of ['le', 'Le', 'du', 'au']) forms[form] = words.article?.(form, name) ?? name;
  return forms;
}

/** "a", "a and b", "a, b and c". */
const listOf = (items: string[], and: string): string => items.slice(0, -1).join(', ') + (items.length > 1 ? and : '') + items.at(-1);

/** A time that starts something: 0:00 has its own word, as "lundi à minuit" reads as the end of Monday. */
const openingTime = (minutes: number, words: Words): string => (minutes ? words.time(minutes) : words.dayStart);

/**
 * "du lundi au vendredi et le dimanche": runs of three days or more become ranges. A run over the
 * week's end stays one ("du vendredi au lundi"): the list starts after a day the group lacks.
 */
function daysText(sorted: number[], words: Words): string {
  if (sorted.length === 7) return words.everyDay;
  const first = sorted.findIndex((day) => !sorted.includes((day + 6) % 7));
  const days = [...sorted.slice(first), ...sorted.slice(0, first)];
  const parts: string[] = [];
  const name = (at: number) => words.days[days[at] as number] as string;
  for (let index = 0; index < days.length; index++) {
    let end = index;
    while (days[end + 1] === ((days[end] as number) + 1) % 7) end++;
    if (end - index > 1) parts.push(fill(words.range, { a: name(index), b: name(end) }));
    else for (; index <= end; index++) parts.push(fill(words.one, { a: name(index) }));
    index = end;
  }
  return listOf(parts, words.and);
}

/**
 * The grouped hours summary ("du lundi au vendredi de 9 h à 18 h ; le samedi de 10 h à 12 h"),
 * made once per schedule, language and clock, and kept with the compiled schedule.
 */
function hoursText(schedule: CompiledSchedule, language: Language): string {
  const words = WORDS[language];
  let summary = schedule.texts.get(language);
  if (summary === undefined) {
    const groups = weeklyGroups(schedule).map(({ days, spans }) => {
      // A day open from 0:00 to midnight or beyond is open all day; what runs on into the next day
      // is left unsaid rather than told wrong.
      if (spans.length === 1 && spans[0]?.[0] === 0 && spans[0][1] >= 1440) return daysText(days, words) + words.between + words.allDay;
      const each = spans.map(([open, close]) =>
        fill(words.span, {
          a: openingTime(open, words),
          // A run of a whole day or more (08:00-24:00 and 20:00-09:00 merged) ends the next day.
          b: words.time(close) + (close - open >= 1440 ? words.nextDay : ''),
        }),
      );
      return daysText(days, words) + words.between + listOf(each, words.and);
    });
    summary = groups.join(words.separator);
    schedule.texts.set(language, summary);
  }
  return summary;
}

/** "aujourd'hui à 9 h", "demain à 9 h", "lundi à 9 h", "le 3 janvier (2027) à 9 h", from a template of four. */
function dayText(templates: string[], moment: LocalMoment, words: Words, locale: string): string {
  const form = moment.form;
  const day = form === 2 ? words.days[weekdayOf(moment.day)] : form > 2 ? dateText(words.language, locale, moment.day, form > 3) : '';
  // Closings at midnight come as 24:00 (1440): only an opening is at 0.
  return fill(templates[Math.min(form, 3)] as string, { t: openingTime(moment.minutes, words), d: day as string });
}

function statusText(state: LineState, words: Words, locale: string): string {
  const { open, moment } = state;
  if (!moment) return open ? words.openAllDay : words.closed;
  return dayText(open ? words.openUntil : words.opensAgain, moment, words, locale);
}

/**
 * The zone as people name it, from the name the host wrote (`Europe/Kyiv`, not the `Europe/Kiev`
 * that older ICU data gives back), cased as `canonical` when only the case differs, else capitalized: its city
 * ("heure de Paris", "heure d'Amsterdam"), or for `UTC` and `Etc/GMT-3` the offset, "UTC+3"
 * (POSIX names count the other way).
 */
function zoneText(timeZone: string, canonical: string, words: Words): string {
  const fixed = /^(?:Etc\/)?(?:UTC|GMT)(?:([+-])(\d+))?$/i.exec(timeZone);
  if (fixed) return fill(words.zoneUtc, { name: fixed[1] ? `UTC${fixed[1] === '-' ? '+' : '-'}${Number(fixed[2])}` : 'UTC' });
  // A legacy name (US/Eastern, Japan) names no city: the canonical one does.
  const legacy = !/^(?:africa|america|antarctica|arctic|asia|atlantic|australia|europe|indian|pacific)\//i.test(timeZone);
  const written = legacy || timeZone.toLowerCase() === canonical.toLowerCase() ? canonical : timeZone;
  // Written in one case with no canonical spelling to restore (an alias: asia/ho_chi_minh,
  // ASIA/HO_CHI_MINH), each word is capitalized.
  const lower = written.toLowerCase();
  const oneCase = written === lower || written === written.toUpperCase();
  const city = ((oneCase ? lower : written).split('/').at(-1) as string).replace(/_/g, ' ');
  const name = city.replace(oneCase ? /(^| )./g : /^./, (letter) => letter.toUpperCase());
  return fill(words.zone, formsOf(words, words.cities?.[name] ?? name));
}

/**
 * The texts an override may empty, to leave their line out. The others keep their built-in text
 * rather than become an empty heading, link or button, or hide the number.
 */
const MAY_BE_EMPTY = new Set(['hours', 'status', 'privacy']);

const copyDate = (date: Date | null) => date && new Date(date);

/**
 * Whether a text shows the number: its digits as shown, or as dialled without a country code of
 * one to three digits, the national form ("0800 111 0333" for +49 800 1110333).
 */
function showsNumber(text: string, number: string, href = ''): boolean {
  const digits = text.replace(/\D/g, '');
  const dialled = href.startsWith('tel:+') ? href.slice(5) : '';
  return [number.replace(/\D/g, ''), dialled.slice(1), dialled.slice(2), dialled.slice(3)].some((part) => part && digits.includes(part));
}

/** The texts of a decision: built-in ones for the language, then the host's overrides. */
export function buildTexts(config: Config, decision: Decision, schedule?: CompiledSchedule, state?: LineState): Texts {
  const { language, locale, messages, helpline } = config;
  const words = WORDS[language];
  const number = 'number' in decision ? decision.number : undefined;
  const values = { ...formsOf(words, helpline.name), number };
  // Name the helpline's zone when the reporter's differs: the times are the helpline's.
  const zone =
    schedule && config.timeZone && canonicalZone(config.timeZone) !== schedule.timeZone
      ? zoneText(helpline.schedule.timeZone, schedule.timeZone, words)
      : '';
  // Likewise for the hours: "Tous les jours 24 h/24" needs none. Without weekly hours, the line opens
  // on dated days only, which the status tells, or never again: "Fermé".
  const summary = schedule ? hoursText(schedule, language) : '';
  const hours = summary ? summary + (schedule?.alwaysOpen ? '' : zone) : state && !state.open && state.next === null ? words.closed : '';
  // The status names a time only with a moment: "Ouvert 24 h/24" and "Fermé" need no zone.
  const status = state ? statusText(state, words, locale) + (state.moment ? zone : '') : '';
  const texts: Texts & Record<string, string> = {
    title: words.title,
    body: fill(config.role === 'witness' ? words.witness : words.victim, values),
    action: fill(decision.kind === 'call' ? words.call : words.link, values),
    hours,
    status,
    privacy: fill(words.privacy, values),
    copy: words.copy,
    copied: words.copied,
  };
  if (number !== undefined) texts.number = number;
  let context: MessageContext | undefined;
  for (const key in messages) {
    const message = messages[key as TextKey];
    const builtIn = texts[key];
    if (builtIn === undefined) continue; // `number` when no number is shown
    try {
      // A function override sees the decision, made once and only when needed.
      // Copies of its dates and errors: an override cannot change the decision it is given.
      context ??=
        typeof message === 'function'
          ? {
              ...decision,
              opensAt: copyDate(decision.opensAt),
              closesAt: copyDate(decision.closesAt),
              changesAt: copyDate(decision.changesAt),
              errors: decision.errors.map((error) => ({ ...error })),
              role: config.role ?? 'victim',
              language,
              locale,
              now: new Date(config.now ?? Number.NaN),
              hoursText: hours,
            }
          : undefined;
      const text = typeof message === 'function' ? message(context as MessageContext) : message;
      if (typeof text !== 'string' || (key === 'number' && !showsNumber(text, number as string, config.phone?.href))) continue;
      if (text.trim()) texts[key] = text;
      else if (MAY_BE_EMPTY.has(key)) texts[key] = ''; // blank: the line is left out
    } catch {
      // A broken override must not hide the hand-off: the built-in text stays.
    }
  }
  return texts;
}
