import { type CompiledSchedule, compileSchedule, isOpenAt, localDay, nextChangeAt, startOfDay, weeklyGroups } from './schedule.js';
import { buildTexts, uses24HourClock } from './texts/index.js';
import type { LocalMoment, TextFacts } from './texts/types.js';
import type { ConfigError, DecideInput, Decision, DecisionBase, Reason } from './types.js';
import { type Config, checkInput } from './validate.js';
import { canonicalZone, DAY, MINUTE, toLocal, weekdayOf } from './zone.js';

/** The open state at `now`, and what follows from it. */
interface LineState {
  open: boolean;
  opensAt: number | null;
  closesAt: number | null;
  changesAt: number | null;
  today: number;
}

function lineState(schedule: CompiledSchedule, now: number): LineState {
  const open = isOpenAt(schedule, now);
  const next = nextChangeAt(schedule, now);
  const today = localDay(schedule, now);
  const changesAt = next === null ? null : textsChangeAt(schedule, next, today, open);
  return { open, opensAt: open ? null : next, closesAt: open ? next : null, changesAt, today };
}

/**
 * Texts name the day of the next change as today, tomorrow, a weekday (within a week) or a date,
 * so the decision also changes at the local midnight where one form gives way to the next, and
 * only there: a line closed for a fortnight does not wake the wrappers every night.
 */
function textsChangeAt(schedule: CompiledSchedule, next: number, today: number, closing: boolean): number {
  const day = today + (moment(schedule, next, today, closing) as LocalMoment).daysAhead;
  const switchDay = [day - 6, day - 1, day].find((candidate) => candidate > today);
  return switchDay === undefined ? next : Math.min(next, startOfDay(schedule, switchDay));
}

function moment(schedule: CompiledSchedule, instant: number | null, today: number, closing: boolean): LocalMoment | undefined {
  if (instant === null) return undefined;
  const local = toLocal(schedule.timeZone, instant);
  // A closing at midnight is 24:00 of the day before: "open until midnight", not "until midnight tomorrow".
  const day = Math.floor(local / DAY) - (closing && local % DAY === 0 ? 1 : 0);
  return { minutes: Math.round((local - day * DAY) / MINUTE), daysAhead: day - today, weekday: weekdayOf(day), date: new Date(day * DAY) };
}

function isCovered(config: Config): boolean {
  const { categories, roles } = config.policy;
  if (!roles.includes(config.role)) return false;
  return config.category === undefined || categories === 'all' || categories.includes(config.category);
}

function chooseReason(config: Config, state: LineState | undefined): Reason {
  if (config.errors.length > 0) return 'invalid-config';
  if (!isCovered(config)) return 'not-covered';
  if (config.policy.action === 'link') return 'policy-link';
  if (config.country !== undefined && !config.helpline.callableFrom.some((region) => region.toUpperCase() === config.country))
    return 'abroad';
  if (!config.phone) return 'no-phone';
  if (!state?.open) return 'closed';
  return config.canDial ? 'open' : 'cannot-dial';
}

/** Where the number is worth showing: the person can dial it, now or later. */
function showsNumber(reason: Reason, config: Config): boolean {
  if (!config.phone || reason === 'abroad' || reason === 'not-covered' || reason === 'no-phone') return false;
  return config.country === undefined || config.helpline.callableFrom.some((region) => region.toUpperCase() === config.country);
}

function build(config: Config): Decision {
  const { helpline } = config;
  const schedule = config.scheduleValid ? compileSchedule(helpline.schedule) : undefined;
  const state = schedule && config.now !== undefined ? lineState(schedule, config.now) : undefined;
  const reason = chooseReason(config, state);
  const kind =
    reason === 'open' ? 'call' : reason === 'not-covered' || (reason === 'closed' && config.policy.whenClosed === 'hide') ? 'none' : 'link';
  const number = kind !== 'none' && showsNumber(reason, config) ? config.phone?.display : undefined;
  const href = kind === 'call' ? config.phone?.href : kind === 'link' ? helpline.website : undefined;

  const base: DecisionBase = {
    reason,
    helpline,
    open: state?.open ?? false,
    opensAt: toDate(state?.opensAt),
    closesAt: toDate(state?.closesAt),
    changesAt: toDate(state?.changesAt),
    errors: config.errors,
  };
  const facts: TextFacts = {
    context: {
      ...base,
      kind,
      href,
      number,
      role: config.role,
      language: config.language,
      locale: config.locale,
      now: new Date(config.now ?? Number.NaN),
    },
    groups: schedule && weeklyGroups(schedule),
    timeKnown: state !== undefined,
    opens: schedule && state ? moment(schedule, state.opensAt, state.today, false) : undefined,
    closes: schedule && state ? moment(schedule, state.closesAt, state.today, true) : undefined,
    zoneCity: schedule && config.timeZone && canonicalZone(config.timeZone) !== schedule.timeZone ? cityOf(schedule.timeZone) : undefined,
    hour24: config.language === 'en' && uses24HourClock(config.locale),
  };
  const texts = buildTexts(config.language, facts, config.messages);
  if (kind === 'none') return { kind, ...base, texts };
  if (kind === 'call') return { kind, href: href as string, number: number as string, ...base, texts };
  return number === undefined ? { kind, href: href as string, ...base, texts } : { kind, href: href as string, number, ...base, texts };
}

function toDate(instant: number | null | undefined): Date | null {
  return instant === null || instant === undefined ? null : new Date(instant);
}

/** 'Europe/Paris' -> 'Paris', 'America/New_York' -> 'New York'. */
function cityOf(timeZone: string): string {
  return (timeZone.split('/').at(-1) as string).replace(/_/g, ' ');
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
    return failSafe(errors);
  }
}

function failSafe(errors: ConfigError[]): Decision {
  return build({ ...checkInput({ now: 0 }), now: undefined, errors });
}
