import { describe, HandoffConfigError, HoursSyntaxError } from './errors.js';
import { parseLocalTime, WEEKDAYS } from './local-time.js';
import type { Hours, Schedule } from './types.js';
import { isTimeZone } from './zone.js';

const DAY_CODES = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];
const A_DAY = 'a day: Mo, Tu, We, Th, Fr, Sa or Su';

type Span = [open: string, close: string];

/** One rule: the days it names and their spans (`[]` = closed). */
interface Rule {
  days: number[];
  spans: Span[];
}

/** Whether a span runs past midnight into the next day (`22:00-02:00`); `HH:MM` strings compare as times. */
const wraps = ([open, close]: Span): boolean => close !== '24:00' && close <= open;

/**
 * Reads opening hours written in the OpenStreetMap `opening_hours` subset:
 * `Mo-Fr 09:00-18:00; Sa,Su 10:00-12:00,14:00-16:00`, `24/7`, `off`, `Su off`.
 * As in OpenStreetMap, a later rule replaces the hours of the calendar days it names, the part of
 * the day before's span that ran into them included; a span whose close is before its open runs
 * past midnight. Throws `HoursSyntaxError` naming the offending token
 * and its position, or `HandoffConfigError` for an unknown time zone.
 */
export function parseHours(text: string, timeZone: string): Schedule {
  if (!isTimeZone(timeZone)) {
    const message = `timeZone: expected an IANA time zone such as Europe/Paris, got ${describe(timeZone)}.`;
    throw new HandoffConfigError([{ code: 'invalid-time-zone', path: 'timeZone', message }]);
  }
  // From plain JavaScript anything can come: only text is opening hours.
  if (typeof text !== 'string') throw new HoursSyntaxError(`Expected opening hours as text, got ${describe(text)}.`, '', 0);
  // A scanner over the text: `at` is where it stands.
  const source = text;
  let at = 0;
  const skipSpaces = () => {
    while (/\s/.test(source[at] ?? '')) at++; // line breaks too: hours pasted from a text area
  };
  /** Consumes `pattern` (a sticky regex) where the scanner stands. */
  const take = (pattern: RegExp): string | undefined => {
    pattern.lastIndex = at;
    const found = pattern.exec(source)?.[0];
    if (found !== undefined) at += found.length;
    return found;
  };
  const atRuleEnd = () => at >= source.length || source[at] === ';';
  /** Throws naming what stands at `from` (after spaces, up to the next separator, "-" included). */
  const fail = (expected: string, from = at): never => {
    at = from;
    skipSpaces();
    const position = at;
    const token = take(/[^\s;,-]+|[\s\S]/y) ?? '';
    const shown = token ? JSON.stringify(token.slice(0, 40)) : 'end of text'; // a 100 KB token stays out
    throw new HoursSyntaxError(
      `Unexpected ${shown} at position ${position} of "${source.slice(0, 120)}": expected ${expected}.`,
      token,
      position,
    );
  };

  const dayAt = (): number | undefined => {
    const code = take(/[a-z]{2}(?![a-z])/iy);
    if (code === undefined) return undefined;
    const day = DAY_CODES.indexOf(code.toLowerCase());
    return day < 0 ? fail(A_DAY, at - 2) : day;
  };

  const parseDays = (): number[] | undefined => {
    const start = at;
    const days: number[] = [];
    do {
      const from = dayAt() ?? (at === start ? undefined : fail(A_DAY));
      if (from === undefined) return undefined;
      const to = take(/-(?=[a-z])/iy) ? (dayAt() ?? fail('a day after "-"')) : from;
      for (let day = from; ; day = (day + 1) % 7) {
        if (!days.includes(day)) days.push(day);
        if (day === to) break;
      }
    } while (take(/,\s*(?=[a-z])/iy));
    return days.sort((a, b) => a - b);
  };

  const parseTime = (opening: boolean): string => {
    const from = at;
    const time = take(/\d{1,2}:\d{2}/y);
    const minutes = parseLocalTime(time);
    if (minutes === undefined || (opening && minutes === 1440)) {
      const expected = opening ? 'an opening time HH:MM from 00:00 to 23:59' : 'a closing time HH:MM from 00:00 to 24:00';
      // "09:00- 18:00": blame the space only when a sound time follows it.
      const spaced = /\s+(\d{1,2}:\d{2})(?!\d)/y;
      spaced.lastIndex = from;
      const after = parseLocalTime(spaced.exec(source)?.[1]);
      fail(!opening && after !== undefined ? `${expected}, right after "-" (no space)` : expected, from);
    }
    return time as string;
  };

  const parseRule = (): Rule => {
    skipSpaces();
    const start = at;
    if (take(/24\/7(?![^\s;])/y)) return { days: ALL_DAYS, spans: [['00:00', '24:00']] };
    const days = parseDays() ?? ALL_DAYS;
    skipSpaces();
    if (take(/(off|closed)(?![^\s;])/iy)) return { days, spans: [] };
    // A word where a rule starts is most likely a day written another way ("Mon", "Lundi").
    const times = 'opening times such as 09:00-18:00, "24/7" or "off"';
    if (!/\d/.test(source[at] ?? '')) fail(at === start && /[a-z]/i.test(source[at] ?? '') ? `${times}, or ${A_DAY}` : times);
    const spans: Rule['spans'] = [];
    do {
      skipSpaces();
      const open = parseTime(true);
      if (!take(/-/y))
        fail(/^\s+-/.test(source.slice(at, at + 64)) ? '"-" right after the opening time (no space)' : '"-" between two times');
      const closeAt = at;
      const close = parseTime(false);
      if (open === close) fail('a closing time different from the opening time (00:00-24:00 is a whole day)', closeAt);
      spans.push([open, close]);
      skipSpaces();
    } while (take(/,/y));
    return { days, spans };
  };

  if (source.trim() === '') fail('opening hours such as "Mo-Fr 09:00-18:00", "24/7" or "off"');
  const byDay: Span[][] = ALL_DAYS.map(() => []);
  let rules = 0;
  do {
    skipSpaces();
    if (atRuleEnd() && rules > 0) continue; // a trailing or doubled ";"
    const rule = parseRule();
    skipSpaces();
    if (!atRuleEnd()) fail('";" or the end of the text');
    override(byDay, rule);
    rules++;
  } while (take(/;/y));
  return { timeZone, weekly: groupByHours(byDay) };
}

/**
 * Gives the rule's days their spans. What their old spans ran into a day the rule leaves alone
 * stays there (from 00:00); what the day before ran into them is cut at midnight.
 */
function override(byDay: Span[][], rule: Rule): void {
  const named = (day: number) => rule.days.includes((day + 7) % 7);
  for (const day of rule.days) {
    if (named(day + 1)) continue;
    for (const [, close] of byDay[day]?.filter(wraps) ?? []) {
      if (close !== '00:00') byDay[(day + 1) % 7] = [...(byDay[(day + 1) % 7] ?? []), ['00:00', close]];
    }
  }
  for (const day of rule.days) byDay[day] = [...rule.spans];
  for (const day of rule.days) {
    const before = (day + 6) % 7;
    if (!named(before)) byDay[before] = (byDay[before] ?? []).map((span) => (wraps(span) ? [span[0], '24:00'] : span));
  }
}

/** Days sharing a span become one `Hours` entry. */
function groupByHours(byDay: Span[][]): Hours[] {
  const entries = new Map<string, Hours>();
  byDay.forEach((spans, day) => {
    for (const [open, close] of spans) {
      const key = `${open}-${close}`;
      const entry = entries.get(key) ?? { days: [], open, close };
      entry.days.push(WEEKDAYS[day] as Hours['days'][number]);
      entries.set(key, entry);
    }
  });
  return [...entries.values()];
}
