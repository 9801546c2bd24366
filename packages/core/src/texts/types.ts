import type { MinuteSpan } from '../schedule.js';
import type { MessageContext } from '../types.js';

/** A moment in the helpline's local time, as texts speak of it. */
export interface LocalMoment {
  /** Minutes since local midnight. */
  minutes: number;
  /** 0 today, 1 tomorrow, … */
  daysAhead: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** The local date, as a UTC midnight `Date` for `Intl` formatting. */
  date: Date;
}

/** A run of weekdays sharing the same spans. */
export interface DayGroup {
  /** Weekday indexes, 0 = Monday, ascending. */
  days: number[];
  spans: MinuteSpan[];
}

/** What the built-in texts are made from. */
export interface TextFacts {
  context: Omit<MessageContext, 'hoursText'>;
  /** The weekly hours grouped by identical days; `undefined` when unknown. */
  groups?: DayGroup[];
  /** Whether `now` and the schedule were valid, so the open state is known. */
  timeKnown: boolean;
  opens?: LocalMoment;
  closes?: LocalMoment;
  /** The helpline's zone named for people ('Paris'), when the reporter's zone differs. */
  zoneCity?: string;
  /** Whether the locale writes times on a 24-hour clock. */
  hour24: boolean;
}

/**
 * The words of a language. Templates take `{name}` (the helpline), `{number}`, and in French the
 * name with its article (`{le}`, `{Le}`, `{du}`, `{au}`); day templates take `{t}` (a time) and
 * `{d}` (a weekday or a date). Day templates come in fours: today, tomorrow, within a week, later.
 */
export interface Words {
  /** Weekday names, Monday first. */
  days: string[];
  time(minutes: number, hour24: boolean): string;
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
  /** `{city}`: the zone the times are in. */
  zone: string;
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
