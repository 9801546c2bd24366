import type { MinuteSpan } from '../schedule.js';
import type { Language } from '../types.js';

/** How a text names a day: 0 today, 1 tomorrow, 2 a weekday (within a week), 3 a date, 4 a date with its year. */
export type DayForm = 0 | 1 | 2 | 3 | 4;

/** A moment in the helpline's local time, as texts speak of it. */
export interface LocalMoment {
  /** Minutes since local midnight. */
  minutes: number;
  /** The local day number (days since 1970-01-01). */
  day: number;
  /** How the texts name its day. */
  form: DayForm;
}

/** A run of weekdays sharing the same spans. */
export interface DayGroup {
  /** Weekday indexes, 0 = Monday, ascending. */
  days: number[];
  spans: MinuteSpan[];
}

/**
 * The words of a language. Templates take `{name}` (the helpline), `{number}`, and in French the
 * name with its article (`{le}`, `{Le}`, `{du}`, `{au}`); day templates take `{t}` (a time) and
 * `{d}` (a weekday or a date). Day templates come in fours: today, tomorrow, within a week, later.
 */
export interface Words {
  /** The language these words are in. */
  language: Language;
  /** Weekday names, Monday first. */
  days: string[];
  time(minutes: number): string;
  /** 0:00 when a day starts, where "midnight" would read as the day's end: "0 h", "12 am". */
  dayStart: string;
  /** The article a name takes: "le 3018", "du 3018"; names that are not numbers take none. */
  article?(form: string, name: string): string;
  everyDay: string;
  /** `{a}` to `{b}`: three or more days in a row. */
  range: string;
  /** One day in a list. */
  one: string;
  and: string;
  /** Between the days and their hours. */
  between: string;
  /** `{a}` to `{b}`: one span of hours. */
  span: string;
  allDay: string;
  separator: string;
  closed: string;
  /** `{name}` (and its forms, as for a helpline's name): the city of the zone the times are in. */
  zone: string;
  /** The cities this language names otherwise than the zone ID does, by that name: "Brussels": "Bruxelles". */
  cities?: Record<string, string>;
  /** `{name}`: a fixed offset from UTC, "UTC+3". */
  zoneUtc: string;
  /** After a time on the next day, in the hours summary. */
  nextDay: string;
  openAllDay: string;
  openUntil: string[];
  opensAgain: string[];
  title: string;
  victim: string;
  witness: string;
  call: string;
  link: string;
  privacy: string;
  copy: string;
  copied: string;
}
