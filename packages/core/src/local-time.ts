import { isDate } from './content.js';
import { MAX_TIME } from './zone.js';

/** Weekdays, Monday first, as schedules name them. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** `'HH:MM'` to minutes since midnight, or `undefined`. `'24:00'` is 1440. */
export function parseLocalTime(text: unknown): number | undefined {
  const match = typeof text === 'string' ? /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/.exec(text) : null;
  if (!match) return undefined;
  return match[1] === undefined ? 1440 : Number(match[1]) * 60 + Number(match[2]);
}

/** Milliseconds since the epoch of a valid `Date` (of any realm) or finite number, else `undefined`. */
export function toTime(now: unknown): number | undefined {
  const time = isDate(now) ? now.getTime() : now;
  return typeof time === 'number' && Number.isFinite(time) && Math.abs(time) <= MAX_TIME ? time : undefined;
}
