import { type CompiledSchedule, compileSchedule, isOpenAt, localDay, nextChangeAt, startOfDay } from './schedule.js';
import { buildTexts } from './texts/index.js';
import type { DayForm, LocalMoment } from './texts/types.js';
import type { ConfigError, DecideInput, Decision, Reason } from './types.js';
import { type Config, checkInput } from './validate.js';
import { canonicalZone, DAY, dayOf, MINUTE, toInstant, toLocal } from './zone.js';

/** The open state at `now`, the next change and how texts name it, and when the decision can change. */
export interface LineState {
  open: boolean;
  /** The next opening (when closed) or closing (when open), or `null`: never. */
  next: number | null;
  /** `next` in local terms; `undefined` when there is none. */
  moment?: LocalMoment;
  changesAt: number | null;
}

function lineState(schedule: CompiledSchedule, now: number, reporterZone: string | undefined): LineState {
  const open = isOpenAt(schedule, now);
  const next = nextChangeAt(schedule, now, open);
  if (next === null) return { open, next, changesAt: null };
  const local = toLocal(schedule.timeZone, next);
  // A closing at midnight is 24:00 of the day before: "open until midnight", not "until midnight
  // tomorrow". An opening at midnight stays on its own day, at 0:00 (texts say "0 h", "12 am").
  const day = dayOf(local) - (open && local % DAY === 0 ? 1 : 0);
  const elsewhere = reporterZone && canonicalZone(reporterZone) !== schedule.timeZone ? reporterZone : undefined;
  const formAt = (instant: number) => dayForm(schedule, day, instant, open, elsewhere);
  const moment = { minutes: Math.round((local - day * DAY) / MINUTE), day, form: formAt(now) };
  return { open, next, moment, changesAt: formChangeAt(schedule, day, now, next, formAt, elsewhere) };
}

/** The same date a year before (1 March for a 29 February). */
function yearBefore(day: number): number {
  const date = new Date(day * DAY);
  return date.setUTCFullYear(date.getUTCFullYear() - 1) / DAY;
}

/**
 * How a text names `day` at an instant: 0 today, 1 tomorrow, 2 a weekday (within a week), 3 a
 * date, 4 a date with its year. A date without its year reads as the next one to come: the year
 * is told when that would be an earlier date ("le 8 décembre" a year and a day ahead). A reporter
 * in another zone reads "today", "tomorrow" and weekdays on their own calendar: where their date
 * is not the helpline's, a weekday, and a date where the weekday would mean another day to them
 * (a week away, already past, or their today).
 */
function dayForm(schedule: CompiledSchedule, day: number, instant: number, open: boolean, reporterZone?: string): DayForm {
  const today = localDay(schedule, instant);
  const ahead = day - today;
  const theirs = reporterZone ? day - dayOf(toLocal(reporterZone, instant)) : ahead;
  if (open && !ahead) return 0; // "Ouvert jusqu'à 23 h" names no day
  // Their today named by its weekday ("mardi", said on a Tuesday) would read as next week's.
  const theirTodayByName = theirs === 0 && ahead > 0;
  if (ahead > 6 || theirs > 6 || theirs < 0 || theirTodayByName) return yearBefore(day) >= day - Math.max(ahead, theirs) ? 4 : 3;
  if (ahead > 1 || theirs !== ahead) return 2;
  return ahead as DayForm;
}

/**
 * The first instant before `next` where the day's form changes, else `next`. It changes only at
 * a midnight, the helpline's or the reporter's, and only at the few before `day`: a line closed
 * for a fortnight does not wake the wrappers every night.
 */
function formChangeAt(
  schedule: CompiledSchedule,
  day: number,
  now: number,
  next: number,
  formAt: (instant: number) => DayForm,
  reporterZone?: string,
): number {
  const form = formAt(now);
  const { timeZone } = schedule;
  const nextMidnight = (zone: string, at: number): number => {
    const local = toLocal(zone, at);
    const midnight = (dayOf(local) + 1) * DAY;
    const first = toInstant(zone, midnight);
    // Clocks set back from 00:01 to 23:01 (St John's until 2010) read midnight twice: the later one.
    return first > at ? first : at + midnight - local;
  };
  // A date loses its year the day after the same date a year before, and becomes a weekday a week
  // before, on both calendars; a weekday stays one until the day before.
  const first = form === 4 ? yearBefore(day) + 1 : day - 6;
  const from =
    form > 2 ? Math.min(toInstant(timeZone, first * DAY), toInstant(reporterZone ?? timeZone, first * DAY)) : startOfDay(schedule, day - 1);
  for (let at = Math.max(now, from - 1); ; ) {
    at = Math.min(nextMidnight(timeZone, at), reporterZone ? nextMidnight(reporterZone, at) : next);
    if (at >= next) return next;
    if (formAt(at) !== form) return at;
  }
}

const callableFrom = (config: Config): boolean => config.country === undefined || config.helpline.callableFrom.includes(config.country);

function chooseReason(config: Config, open: boolean | undefined): Reason {
  const { categories, roles, action } = config.policy;
  if (config.errors.length > 0) return 'invalid-config';
  const category = config.category;
  // Without a report (or a category) the host chose to show the hand-off: that much is covered.
  const roleCovered = config.role === undefined || roles.includes(config.role);
  if (!roleCovered || (category !== undefined && categories !== 'all' && !categories.includes(category))) return 'not-covered';
  if (action === 'link') return 'policy-link';
  if (!callableFrom(config)) return 'abroad';
  if (!config.phone) return 'no-phone';
  if (!open) return 'closed';
  return config.canDial ? 'open' : 'cannot-dial';
}

const toDate = (instant: number | null | undefined): Date | null => (instant == null ? null : new Date(instant));

function build(config: Config): Decision {
  const { helpline, phone } = config;
  const schedule = config.scheduleValid ? compileSchedule(helpline.schedule) : undefined;
  const state = schedule && config.now !== undefined ? lineState(schedule, config.now, config.timeZone) : undefined;
  const open = state?.open ?? false;
  const reason = chooseReason(config, open);
  const kind =
    reason === 'open' ? 'call' : reason === 'not-covered' || (reason === 'closed' && config.policy.whenClosed === 'hide') ? 'none' : 'link';
  // The schedule is when the phone line answers: a helpline without one has no hours to tell, nor
  // 3018 standing in for a line beyond use (the person may be anywhere that line serves). Without
  // its status text, such a decision changes only when the line opens or closes.
  const hasLine = helpline.phone !== undefined && !config.standIn;
  const decision = {
    kind,
    reason,
    helpline,
    open,
    opensAt: toDate(open ? null : state?.next),
    closesAt: toDate(open ? state?.next : null),
    changesAt: toDate(hasLine ? state?.changesAt : state?.next),
    errors: config.errors,
  } as Decision & { href?: string; number?: string };
  if (kind !== 'none') decision.href = kind === 'call' ? (phone?.href as string) : helpline.website;
  // The number is worth showing where the person can dial it, now or later.
  if (kind !== 'none' && phone && reason !== 'abroad' && reason !== 'no-phone' && callableFrom(config)) decision.number = phone.display;
  decision.texts = buildTexts(config, decision, hasLine ? schedule : undefined, hasLine ? state : undefined);
  return decision;
}

/**
 * Decides what the report dialog offers: a call, a link to the helpline's website, or nothing,
 * with texts ready to render and the instant the decision next changes. Pure and total: it reads
 * no clock and never throws; invalid input yields a working link and `errors` saying what was wrong.
 */
export function decide(input: DecideInput): Decision {
  try {
    return build(checkInput(input));
  } catch (error) {
    // Only reached if something unforeseen throws: still offer 3018's website.
    const message = error instanceof Error ? error.message : String(error);
    const errors: ConfigError[] = [{ code: 'unreadable', path: '', message: `input: could not be read (${message.slice(0, 200)}).` }];
    return build({ ...checkInput({ now: 0 }), now: undefined, errors });
  }
}
