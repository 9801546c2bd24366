import type { MinuteSpan } from '../schedule.js';
import type { MessageContext, TextKey } from '../types.js';

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

/** A language: how it writes times and days, and each text. */
export interface LanguagePack {
  hours(facts: TextFacts): string;
  texts: Record<Exclude<TextKey, 'hours'>, (facts: TextFacts, hours: string) => string>;
}
