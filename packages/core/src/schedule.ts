import { byContent, type Cached } from './content.js';
import { HandoffConfigError } from './errors.js';
import { parseLocalTime, toTime, WEEKDAYS } from './local-time.js';
import type { Schedule } from './types.js';
import { validateSchedule } from './validate.js';
import { canonicalZone, DAY, dayOf, MAX_TIME, MINUTE, parseDate, toInstant, toLocal, weekdayOf } from './zone.js';

/** Minutes since local midnight; an end past 1440 runs into the next day. */
export type MinuteSpan = readonly [start: number, end: number];

/** A schedule checked once and turned into numbers. */
export interface CompiledSchedule {
  timeZone: string;
  /** Monday first: the spans starting on each weekday, sorted. */
  weekly: MinuteSpan[][];
  /** Spans by local day number, replacing the weekly ones. */
  exceptions: Map<number, MinuteSpan[]>;
  /** After this day the weekly pattern repeats unchanged. */
  lastSpecialDay: number;
  /** The days with exceptions, ascending. */
  specialDays: number[];
  /** The weekly spans leave no minute of the week closed (exceptions aside). */
  alwaysOpen: boolean;
  /** No weekly span starts strictly inside another: a DST gap cannot open a hole in an always-open week. */
  startsOnEdges: boolean;
  /** Texts made from the schedule, kept with it (the hours summary per language). */
  texts: Map<string, string>;
  /** The instants of each local day's spans, as they are asked for. */
  days: Map<number, [number, number][]>;
}

/** An `[open, close)` pair in minutes; a close at or before the open runs past midnight. */
export function toMinuteSpan(open: string, close: string): MinuteSpan {
  const start = parseLocalTime(open) ?? 0;
  const end = parseLocalTime(close) ?? 0;
  return [start, end <= start ? end + 1440 : end];
}

/** The spans sorted, each once. (Not merged: the DST rules read each span as written.) */
function distinctSpans(spans: MinuteSpan[]): MinuteSpan[] {
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return spans.filter(([start, end], index) => start !== spans[index - 1]?.[0] || end !== spans[index - 1]?.[1]);
}

const compiled = new WeakMap<object, Cached<CompiledSchedule>>();

/** Checks and compiles a schedule, once per schedule object and content. Throws `HandoffConfigError` when it is not valid. */
export function compileSchedule(schedule: Schedule): CompiledSchedule {
  return typeof schedule === 'object' && schedule !== null ? byContent(compiled, schedule, () => compile(schedule)) : compile(schedule);
}

function compile(schedule: Schedule): CompiledSchedule {
  const errors = validateSchedule(schedule, 'schedule');
  if (errors.length > 0) throw new HandoffConfigError(errors);

  const days: MinuteSpan[][] = WEEKDAYS.map(() => []);
  for (const hours of schedule.weekly) {
    const span = toMinuteSpan(hours.open, hours.close);
    for (const day of hours.days) days[WEEKDAYS.indexOf(day)]?.push(span);
  }
  const exceptions = new Map<number, MinuteSpan[]>();
  let lastSpecialDay = Number.NEGATIVE_INFINITY;
  for (const exception of schedule.exceptions ?? []) {
    const day = parseDate(exception.date) as number;
    const spans = exceptions.get(day) ?? [];
    for (const hours of exception.hours) spans.push(toMinuteSpan(hours.open, hours.close));
    exceptions.set(day, spans);
    lastSpecialDay = Math.max(lastSpecialDay, day);
  }
  // Sorted once, and each span once: a day written many times over (Mo,Mo,Mo…) costs nothing later.
  for (const [day, spans] of exceptions) exceptions.set(day, distinctSpans(spans));
  const weekly = days.map(distinctSpans);
  const alwaysOpen = coversWeek(weekly);
  return {
    timeZone: canonicalZone(schedule.timeZone),
    weekly,
    alwaysOpen,
    startsOnEdges: !alwaysOpen || startsOnEdges(weekly),
    exceptions,
    lastSpecialDay,
    specialDays: [...exceptions.keys()].sort((a, b) => a - b),
    texts: new Map(),
    days: new Map(),
  };
}

/**
 * The spans that start on a local day. A date exception replaces the weekly hours of its date, as
 * a later rule does in `parseHours`: a weekly span running into it is cut at its midnight, and what
 * the weekly spans it replaces ran into the next date stays there (from midnight). Its own spans run
 * past midnight as written, into another exception too.
 */
function spansOn(schedule: CompiledSchedule, day: number): MinuteSpan[] {
  const weekly = schedule.weekly[weekdayOf(day)] ?? [];
  const own = schedule.exceptions.get(day);
  if (schedule.exceptions.has(day + 1)) return own ?? weekly.map(([start, end]) => [start, Math.min(end, 1440)]);
  return own ? [...own, ...weekly.filter(([, end]) => end > 1440).map(([, end]): MinuteSpan => [1440, end])] : weekly;
}

/**
 * The instants `[start, end)` of the spans starting on a local day, in instant order; spans a DST
 * gap swallowed are dropped. Kept per schedule: one decision asks for the same days several times,
 * and the next decision (a re-render, the wrapper's timer) for the same days again.
 */
function intervalsOn(schedule: CompiledSchedule, day: number): [number, number][] {
  let intervals = schedule.days.get(day);
  if (!intervals) {
    intervals = [];
    for (const [open, close] of spansOn(schedule, day)) {
      const start = toInstant(schedule.timeZone, day * DAY + open * MINUTE);
      const end = toInstant(schedule.timeZone, day * DAY + close * MINUTE);
      if (end > start) intervals.push([start, end]);
    }
    // Skipped times move forward, so local order is not instant order on a spring-forward day
    // (02:30 opens at 03:30, after 03:01): the scans below need instant order.
    intervals.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    if (schedule.days.size > 4096) schedule.days.clear();
    schedule.days.set(day, intervals);
  }
  return intervals;
}

/** The instant a local day starts. */
export function startOfDay(schedule: CompiledSchedule, day: number): number {
  return toInstant(schedule.timeZone, day * DAY);
}

/** The local day of an instant. */
export function localDay(schedule: CompiledSchedule, instant: number): number {
  return dayOf(toLocal(schedule.timeZone, instant));
}

/**
 * Plain days (no exception) after which the weekly pattern alone is known never to flip, counted
 * from the day before yesterday. Over two weeks, not one: a DST gap can swallow one occurrence of a
 * span (Sunday 02:45-03:15 in Paris on the spring night), and the occurrence a week before may
 * already be past.
 */
const PLAIN_DAYS = 17;

/**
 * Past this day nothing new can happen: more than PLAIN_DAYS after the last exception have been
 * seen, so the scan below has looked for the next offset change there.
 */
function horizon(schedule: CompiledSchedule, today: number): number {
  return Math.max(today, schedule.lastSpecialDay) + PLAIN_DAYS + 1;
}

/** Whether a compiled schedule is open at an instant (milliseconds). */
export function isOpenAt(schedule: CompiledSchedule, instant: number): boolean {
  const today = localDay(schedule, instant);
  // A span starts on its own day and ends before the day after next, but a gap just before a
  // midnight (America/Nuuk: Saturday 23:00 becomes Sunday 00:00) can push its end a day later.
  for (const day of [today - 2, today - 1, today]) {
    for (const [start, end] of intervalsOn(schedule, day)) {
      if (start <= instant && instant < end) return true;
    }
  }
  return false;
}

/**
 * Offset changes an always-open week is followed through, since the last exception, before it is
 * taken never to close: two years of them. DST rules repeat every year, so a hole that has not
 * come by then never will, unless an exception hid it: each exception starts the watch again.
 */
const MAX_SHIFTS = 4;

/**
 * The UTC day of the zone's first offset change after `day`, looked for week by week over two
 * years; `null` if none comes by then, nor ever after: rules repeat yearly.
 */
function nextOffsetChange(schedule: CompiledSchedule, day: number): number | null {
  const offset = (at: number) => toLocal(schedule.timeZone, at * DAY) - at * DAY;
  for (let from = day; from < day + 732; from += 7) {
    if (offset(from) !== offset(from + 7)) {
      while (offset(from) === offset(from + 1)) from++;
      return from + 1;
    }
  }
  return null;
}

/** The first day after `day` with an exception, or `undefined`. */
function nextSpecialDay(schedule: CompiledSchedule, day: number): number | undefined {
  return schedule.specialDays.find((special) => special > day);
}

/** The next instant the open state flips after `instant`, or `null` if it never does (or not before the end of time). */
export function nextChangeAt(schedule: CompiledSchedule, instant: number, open = isOpenAt(schedule, instant)): number | null {
  const next = scanForChange(schedule, instant, open);
  return next !== null && next <= MAX_TIME ? next : null;
}

/**
 * Day by day, the intervals seen so far are kept in instant order. A day's intervals never start
 * before its midnight (a skipped time moves later), so once a day is added, every answer before
 * the next midnight is final; but they may start after the next day's (a gap before midnight pushes
 * 23:30 to 00:30), so no day is read alone.
 */
function scanForChange(schedule: CompiledSchedule, instant: number, open: boolean): number | null {
  const today = localDay(schedule, instant);
  let last = horizon(schedule, today);
  let end = instant; // while open: the end of the run of touching or overlapping intervals so far
  let pending: [number, number][] = [];
  let plainDays = 0;
  let shifts = 0; // offset changes followed since the last exception
  let upcoming: number | null | undefined; // the zone's next offset change after the day it was looked for at
  for (let day = today - 2; day <= last; day++) {
    const added = intervalsOn(schedule, day);
    if (added.length) pending = pending.length ? [...pending, ...added].sort((a, b) => a[0] - b[0]) : [...added];
    const limit = startOfDay(schedule, day + 1); // later days' intervals start there or after
    if (open) {
      while (pending.length && (pending[0] as [number, number])[0] <= end) end = Math.max(end, (pending.shift() as [number, number])[1]);
      if (end < limit) return end;
    } else {
      while (pending.length && (pending[0] as [number, number])[0] <= instant) pending.shift();
      const first = pending[0]?.[0];
      if (first !== undefined && first <= limit) return first;
    }
    plainDays = schedule.exceptions.has(day) ? 0 : plainDays + 1;
    if (!plainDays) shifts = 0; // an exception may hide a hole: watch again after it
    if (plainDays > PLAIN_DAYS) {
      // Two weeks of weekly days changed nothing: the weekly pattern alone never flips (never opens,
      // or never closes), so jump to the next exception. Keeps 9999-12-31 cheap. While open, the run
      // reaches the start of the day two before it; the scan resumes the day before that, whose
      // spans can run into the next one (a 20:00-08:00 shift).
      const special = nextSpecialDay(schedule, day);
      // Unless the zone's next offset change can open a hole: a span that opens in a spring gap
      // moves later, past the span before it (00:00-03:00 and 02:30-24:00 in Paris close 03:00-03:30).
      // Looked for once per change, however many exceptions come before it.
      const watch = open && !schedule.startsOnEdges && shifts < MAX_SHIFTS;
      if (watch && upcoming !== null && (upcoming ?? day) <= day) upcoming = nextOffsetChange(schedule, day);
      const shift = watch && upcoming != null && (special === undefined || upcoming < special) ? upcoming : undefined;
      if (shift !== undefined) {
        shifts++;
        // As for an exception below: the run reaches two days before, the scan resumes the day before that.
        if (shift - 3 > day + 1) {
          end = Math.max(end, startOfDay(schedule, shift - 2));
          day = shift - 4;
          pending = [];
        }
        last = Math.max(last, shift + PLAIN_DAYS);
      } else if (special === undefined) return null;
      else if (special - 3 > day + 1) {
        if (open) end = Math.max(end, startOfDay(schedule, special - 2));
        day = special - 4;
        pending = [];
      }
      plainDays = 0;
    }
  }
  return null;
}

function checkedTime(now: Date | number): number {
  const time = toTime(now);
  if (time === undefined) {
    throw new HandoffConfigError([
      { code: 'invalid-now', path: 'now', message: 'now: expected a valid Date or a finite number of milliseconds.' },
    ]);
  }
  return time;
}

/**
 * Whether the line is open at `now`, in the schedule's own time zone. Spans are half-open: open at
 * the opening minute, closed at the closing one. Throws `HandoffConfigError` for an invalid schedule.
 */
export function isOpen(schedule: Schedule, now: Date | number): boolean {
  return isOpenAt(compileSchedule(schedule), checkedTime(now));
}

/**
 * The next instant after `now` at which the line opens or closes, or `null` if it never does
 * (always open, or never open again). Throws `HandoffConfigError` for an invalid schedule.
 */
export function nextChange(schedule: Schedule, now: Date | number): Date | null {
  const next = nextChangeAt(compileSchedule(schedule), checkedTime(now));
  return next === null ? null : new Date(next);
}

/**
 * The weekly spans grouped by weekdays that share them, in week order, closed days left out. A
 * week with no closed minute is one group, open all day every day, however its spans are written.
 */
export function weeklyGroups(schedule: CompiledSchedule): { days: number[]; spans: MinuteSpan[] }[] {
  if (schedule.alwaysOpen) return [{ days: [0, 1, 2, 3, 4, 5, 6], spans: [[0, 1440]] }];
  const groups = new Map<string, { days: number[]; spans: MinuteSpan[] }>();
  schedule.weekly.forEach((spans, day) => {
    const merged = mergeSpans(spans);
    if (merged.length === 0) return;
    const key = merged.join(';');
    const group = groups.get(key);
    if (group) group.days.push(day);
    else groups.set(key, { days: [day], spans: merged });
  });
  return [...groups.values()];
}

/** Whether the weekly spans leave no minute of the week closed (24/7 written as day and night shifts, say). */
function coversWeek(weekly: MinuteSpan[][]): boolean {
  const week = 7 * 1440;
  const spans = weekly.flatMap((day, index) => day.map(([start, end]): [number, number] => [index * 1440 + start, index * 1440 + end]));
  // Sunday night runs on into Monday morning.
  for (const [, end] of [...spans]) if (end > week) spans.push([0, end - week]);
  let reached = 0;
  for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
    if (start > reached) return false;
    reached = Math.max(reached, end);
  }
  return reached >= week;
}

/**
 * Whether no span starts strictly inside another, around the week (see `startsOnEdges` above).
 * Pairwise, so past a few hundred spans it answers no: the scan then only looks further.
 */
function startsOnEdges(weekly: MinuteSpan[][]): boolean {
  const week = 7 * 1440;
  const spans = weekly.flatMap((day, index) => day.map(([start, end]): MinuteSpan => [index * 1440 + start, index * 1440 + end]));
  return (
    spans.length < 256 &&
    spans.every(([start]) => spans.every(([from, to]) => [start, start + week].every((at) => !(from < at && at < to))))
  );
}

function mergeSpans(spans: MinuteSpan[]): MinuteSpan[] {
  const merged: [number, number][] = [];
  for (const [start, end] of spans) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
