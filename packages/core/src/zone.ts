/**
 * Time zone arithmetic on plain numbers. A "local" value is the wall-clock time written as if it
 * were UTC milliseconds, so calendar maths is integer maths; only offsets need `Intl`.
 */

export const MINUTE = 60_000;
export const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short', // years before 1 AD count down
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether `Intl` knows the zone (an IANA name such as `'Europe/Paris'`). */
export function isTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const canonicalNames = new Map<string, string>();

/** The zone's canonical name (`'europe/paris'` -> `'Europe/Paris'`), to compare zones. */
export function canonicalZone(timeZone: string): string {
  let name = canonicalNames.get(timeZone);
  if (!name) {
    name = formatterFor(timeZone).resolvedOptions().timeZone;
    canonicalNames.set(timeZone, name);
  }
  return name;
}

/** 400 Gregorian years, after which the calendar repeats. */
const CALENDAR_CYCLE = 146_097 * DAY;

/** The latest instant a `Date` can hold; the earliest is its negative. */
export const MAX_TIME = 8.64e15;

function measureOffset(timeZone: string, instant: number): number {
  const at = Math.min(Math.max(instant, -MAX_TIME), MAX_TIME); // days near the ends reach past them
  const parts = formatterFor(timeZone).formatToParts(at);
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const year = parts.some((part) => part.value === 'BC') ? 1 - field('year') : field('year');
  // Not Date.UTC(year, …): it reads years 0-99 as 1900-1999. Set 400 years nearer 1970 (the
  // calendar repeats), as a zone behind UTC at the first instant is on a day no Date can hold.
  const cycles = year > 0 ? -1 : 1;
  const wall = new Date(0).setUTCFullYear(year + 400 * cycles, field('month') - 1, field('day')) - cycles * CALENDAR_CYCLE;
  return wall + ((field('hour') * 60 + field('minute')) * 60 + field('second')) * 1000 - (at - mod(at, 1000));
}

/** Per zone, per UTC day: the offset at its start and end, and where it changes in between. */
interface DayOffsets {
  start: number;
  end: number;
  changeAt: number;
}
const offsetCache = new Map<string, Map<number, DayOffsets>>();
const CACHE_DAYS_PER_ZONE = 4096;

function dayOffsets(timeZone: string, day: number): DayOffsets {
  let days = offsetCache.get(timeZone);
  if (!days) {
    days = new Map();
    offsetCache.set(timeZone, days);
  }
  let entry = days.get(day);
  if (!entry) {
    const from = day * DAY;
    const start = measureOffset(timeZone, from);
    const end = measureOffset(timeZone, from + DAY - 1);
    // Zones change offset at most once a day: find that minute by bisection.
    let low = from;
    let high = from + DAY;
    if (start !== end) {
      while (high - low > MINUTE) {
        const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
        if (measureOffset(timeZone, middle) === start) low = middle;
        else high = middle;
      }
    }
    entry = { start, end, changeAt: high };
    if (days.size >= CACHE_DAYS_PER_ZONE) days.clear();
    days.set(day, entry);
  }
  return entry;
}

/** The zone's offset from UTC at an instant, in milliseconds. */
export function offsetAt(timeZone: string, instant: number): number {
  const entry = dayOffsets(timeZone, Math.floor(instant / DAY));
  return instant < entry.changeAt ? entry.start : entry.end;
}

/** The wall-clock time at an instant, as a local value. */
export function toLocal(timeZone: string, instant: number): number {
  return instant + offsetAt(timeZone, instant);
}

/**
 * The instant of a wall-clock time. One rule for the two DST edge cases, the one of
 * Temporal's `'compatible'` and of `Date`: a time skipped by a spring-forward gap moves
 * forward by the gap (02:30 becomes 03:30); a time repeated on the autumn night is its
 * first occurrence.
 */
export function toInstant(timeZone: string, local: number): number {
  const before = offsetAt(timeZone, local - DAY);
  const after = offsetAt(timeZone, local + DAY);
  if (before === after) return local - before;
  const early = local - before;
  const late = local - after;
  const earlyExists = offsetAt(timeZone, early) === before;
  const lateExists = offsetAt(timeZone, late) === after;
  if (earlyExists && lateExists) return Math.min(early, late);
  if (lateExists && !earlyExists) return late;
  return early;
}

/** `a mod b`, never negative. */
export function mod(a: number, b: number): number {
  return ((a % b) + b) % b;
}

/** Days since 1970-01-01 of a local value. */
export function dayOf(local: number): number {
  return Math.floor(local / DAY);
}

/** 0 = Monday … 6 = Sunday, for a day number (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return mod(day + 3, 7);
}

/** The day number of a `'YYYY-MM-DD'` date, or `undefined` when it is not a real date. */
export function parseDate(text: unknown): number | undefined {
  const match = typeof text === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  const time = date.setUTCFullYear(year, month - 1, day); // not Date.UTC: it reads 0050 as 1950
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return time / DAY;
}
