/**
 * A brute-force model of opening hours, written independently of the core (no import from src):
 * wall-clock time comes from `Intl.DateTimeFormat#formatToParts`, minute by minute, and the
 * DST rule is implemented from its definition on that table:
 * - a wall time that occurs once is that instant;
 * - a wall time that occurs twice (autumn night) is its first occurrence;
 * - a wall time that never occurs (spring gap) moves forward by the gap, i.e. it is read with
 *   the offset in force just before the gap (Temporal's 'compatible').
 * Spans are evaluated in local time: each span starts on its own local date and a close at or
 * before the open runs into the next date.
 */
import type { Schedule, Weekday } from '../src/types.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
const QUARTER = 15 * MINUTE;

const WEEKDAYS_BY_UTC_DAY: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time of an instant in a zone, to the minute, as "UTC milliseconds" of that wall time. */
export function wallClock(timeZone: string, instant: number): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year as number, (parts.month as number) - 1, parts.day as number, parts.hour as number, parts.minute as number);
}

/** The local date `'YYYY-MM-DD'` of an instant in a zone. */
export function localDate(timeZone: string, instant: number): string {
  return new Date(wallClock(timeZone, instant)).toISOString().slice(0, 10);
}

/** `'YYYY-MM-DD'` plus some days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours as number) * 60 + (minutes as number);
}

/** A minute-by-minute table of wall times over `[from, to)` (minute-aligned instants). */
export class WallTable {
  readonly walls: number[] = [];
  private readonly firstAt = new Map<number, number>();
  private readonly gaps: { before: number; after: number; offsetBefore: number }[] = [];

  constructor(
    readonly timeZone: string,
    readonly from: number,
    readonly to: number,
  ) {
    let quarter = Number.NaN;
    for (let instant = from; instant < to; instant += MINUTE) {
      // Intl is asked once a quarter-hour (UTC): every offset of the zones under test, and every
      // instant they change, is a whole quarter-hour, so the minutes in between just count on.
      if (instant % QUARTER === 0 || instant === from) quarter = wallClock(timeZone, instant) - (instant % QUARTER);
      const wall = quarter + (instant % QUARTER);
      const previous = this.walls.at(-1);
      if (previous !== undefined && wall - previous > MINUTE) {
        this.gaps.push({ before: previous, after: wall, offsetBefore: previous - (instant - MINUTE) });
      }
      this.walls.push(wall);
      if (!this.firstAt.has(wall)) this.firstAt.set(wall, instant);
    }
  }

  /** The instant of a wall time by the rule above; ±Infinity when it lies outside the table. */
  instantOf(wall: number): number {
    const first = this.firstAt.get(wall);
    if (first !== undefined) return first;
    for (const gap of this.gaps) if (gap.before < wall && wall < gap.after) return wall - gap.offsetBefore;
    return wall < (this.walls[0] as number) ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
}

/** The spans `[open, close)` written for one local date, in local minutes (a close past 1440 runs into the next date). */
function writtenSpans(schedule: Schedule, date: string, exception: boolean): [number, number][] {
  const spans = exception
    ? (schedule.exceptions ?? []).filter((entry) => entry.date === date).flatMap((entry) => entry.hours)
    : schedule.weekly.filter((hours) => hours.days.includes(WEEKDAYS_BY_UTC_DAY[new Date(`${date}T00:00:00Z`).getUTCDay()] as Weekday));
  return spans.map(({ open, close }) => {
    const start = minutesOf(open);
    const end = minutesOf(close);
    return [start, end <= start ? end + 1440 : end];
  });
}

const isException = (schedule: Schedule, date: string) => (schedule.exceptions ?? []).some((entry) => entry.date === date);

/**
 * The spans starting on one local date. An exception's spans replace the weekly ones of its date,
 * and a weekly span of the date before that runs into it is cut at its midnight; the weekly spans it
 * replaced still run into the next date, from midnight (a later rule in `opening_hours` does the
 * same). An exception's own spans run past midnight as written.
 */
export function spansOfDate(schedule: Schedule, date: string): [number, number][] {
  const weekly = writtenSpans(schedule, date, false);
  const nextIsException = isException(schedule, addDays(date, 1));
  if (!isException(schedule, date)) return nextIsException ? weekly.map(([start, end]) => [start, Math.min(end, 1440)]) : weekly;
  const tails = nextIsException ? [] : weekly.filter(([, end]) => end > 1440).map(([, end]): [number, number] => [1440, end]);
  return [...writtenSpans(schedule, date, true), ...tails];
}

/** The open state of a schedule at every minute of `table`, from the spans of the dates around it. */
export function openStates(schedule: Schedule, table: WallTable): boolean[] {
  const firstDate = new Date(table.walls[0] as number).toISOString().slice(0, 10);
  const lastDate = new Date(table.walls.at(-1) as number).toISOString().slice(0, 10);
  const intervals: [number, number][] = [];
  for (let date = addDays(firstDate, -2); date <= lastDate; date = addDays(date, 1)) {
    const midnight = Date.parse(`${date}T00:00:00Z`);
    for (const [open, close] of spansOfDate(schedule, date)) {
      intervals.push([table.instantOf(midnight + open * MINUTE), table.instantOf(midnight + close * MINUTE)]);
    }
  }
  return table.walls.map((_, index) => {
    const instant = table.from + index * MINUTE;
    return intervals.some(([start, end]) => start <= instant && instant < end);
  });
}

/** The instants the zone's offset changes in a year, found by scanning days and bisecting to the minute. */
const transitionCache = new Map<string, number[]>();
export function transitions(timeZone: string, year: number): number[] {
  const key = `${timeZone} ${year}`;
  const cached = transitionCache.get(key);
  if (cached) return cached;
  const offset = (instant: number) => wallClock(timeZone, instant) - instant;
  const found: number[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  for (let day = Date.UTC(year, 0, 1); day < end; day += DAY) {
    if (offset(day) === offset(day + DAY)) continue;
    let low = day;
    let high = day + DAY;
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (offset(middle) === offset(low)) low = middle;
      else high = middle;
    }
    found.push(high);
  }
  transitionCache.set(key, found);
  return found;
}
