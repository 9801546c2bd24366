import { HandoffConfigError, HoursSyntaxError } from './errors.js';
import { parseLocalTime, WEEKDAYS } from './local-time.js';
import type { Hours, Schedule, Weekday } from './types.js';
import { isTimeZone } from './zone.js';

const DAY_CODES = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];

/** A scanner over the text that reports errors with the token and where it stands. */
class Scanner {
  position = 0;
  constructor(readonly text: string) {}

  skipSpaces(): void {
    while (this.text[this.position] === ' ' || this.text[this.position] === '\t') this.position++;
  }

  /** Consumes `pattern` (a sticky regex) at the current position. */
  take(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.position;
    const match = pattern.exec(this.text);
    if (!match) return undefined;
    this.position += match[0].length;
    return match[0];
  }

  atRuleEnd(): boolean {
    return this.position >= this.text.length || this.text[this.position] === ';';
  }

  fail(expected: string, from = this.position): never {
    // Name what stands there: skip the spaces before it, and stop at the next separator ("-" too).
    let at = from;
    while (this.text[at] === ' ' || this.text[at] === '\t') at++;
    const token = /[^\s;,-]+|./y;
    token.lastIndex = at;
    const found = at >= this.text.length ? '' : (token.exec(this.text)?.[0] ?? '');
    const shown = found === '' ? 'the end of the text' : `"${found}"`;
    throw new HoursSyntaxError(`Unexpected ${shown} at position ${at} of "${this.text.slice(0, 120)}": expected ${expected}.`, found, at);
  }
}

function parseDays(scanner: Scanner): number[] | undefined {
  const start = scanner.position;
  const days: number[] = [];
  do {
    const from = dayAt(scanner);
    if (from === undefined) {
      if (days.length === 0 && scanner.position === start) return undefined;
      scanner.fail('a day: Mo, Tu, We, Th, Fr, Sa or Su');
    }
    let to = from;
    if (scanner.take(/-(?=[a-z]{2}\b)/iy)) to = dayAt(scanner) ?? scanner.fail('a day after "-"');
    for (let day = from; ; day = (day + 1) % 7) {
      if (!days.includes(day)) days.push(day);
      if (day === to) break;
    }
  } while (scanner.take(/,\s*(?=[a-z]{2}\b)/iy));
  return days.sort((a, b) => a - b);
}

function dayAt(scanner: Scanner): number | undefined {
  const code = scanner.take(/[a-z]{2}(?![a-z])/iy);
  if (code === undefined) return undefined;
  const day = DAY_CODES.indexOf(code.toLowerCase());
  if (day < 0) scanner.fail('a day: Mo, Tu, We, Th, Fr, Sa or Su', scanner.position - code.length);
  return day;
}

function parseTime(scanner: Scanner, isOpen: boolean): string {
  const at = scanner.position;
  const text = scanner.take(/\d{1,2}:\d{2}/y);
  const minutes = parseLocalTime(text);
  if (text === undefined || minutes === undefined || (isOpen && minutes === 1440)) {
    scanner.fail(isOpen ? 'an opening time HH:MM from 00:00 to 23:59' : 'a closing time HH:MM from 00:00 to 24:00', at);
  }
  return text;
}

function parseSpans(scanner: Scanner): [string, string][] {
  const spans: [string, string][] = [];
  do {
    scanner.skipSpaces();
    const open = parseTime(scanner, true);
    if (!scanner.take(/-/y)) scanner.fail('"-" between two times');
    const closeAt = scanner.position;
    const close = parseTime(scanner, false);
    if (open === close) scanner.fail('a closing time different from the opening time (00:00-24:00 is a whole day)', closeAt);
    spans.push([open, close]);
    scanner.skipSpaces();
  } while (scanner.take(/,/y));
  return spans;
}

/** One rule: the days it names and their spans (`[]` = closed). */
function parseRule(scanner: Scanner): { days: number[]; spans: [string, string][] } {
  scanner.skipSpaces();
  if (scanner.take(/24\/7(?![^\s;])/y)) return { days: ALL_DAYS, spans: [['00:00', '24:00']] };
  const days = parseDays(scanner) ?? ALL_DAYS;
  scanner.skipSpaces();
  if (scanner.take(/(off|closed)(?![^\s;])/iy)) return { days, spans: [] };
  if (!/\d/.test(scanner.text[scanner.position] ?? '')) scanner.fail('opening times such as 09:00-18:00, "24/7" or "off"');
  return { days, spans: parseSpans(scanner) };
}

/**
 * Reads opening hours written in the OpenStreetMap `opening_hours` subset:
 * `Mo-Fr 09:00-18:00; Sa,Su 10:00-12:00,14:00-16:00`, `24/7`, `off`, `Su off`.
 * As in OpenStreetMap, a later rule replaces the hours of the days it names; a span whose close
 * is before its open runs past midnight. Throws `HoursSyntaxError` naming the offending token
 * and its position, or `HandoffConfigError` for an unknown time zone.
 */
export function parseHours(text: string, timeZone: string): Schedule {
  if (!isTimeZone(timeZone)) {
    throw new HandoffConfigError([
      {
        code: 'invalid-time-zone',
        path: 'timeZone',
        message: `timeZone: ${JSON.stringify(String(timeZone).slice(0, 40))} is not a known IANA time zone.`,
      },
    ]);
  }
  const scanner = new Scanner(String(text));
  if (scanner.text.trim() === '') scanner.fail('opening hours such as "Mo-Fr 09:00-18:00", "24/7" or "off"');
  const byDay: [string, string][][] = ALL_DAYS.map(() => []);
  let rules = 0;
  do {
    scanner.skipSpaces();
    if (scanner.atRuleEnd() && rules > 0) continue; // a trailing or doubled ";"
    const rule = parseRule(scanner);
    scanner.skipSpaces();
    if (!scanner.atRuleEnd()) scanner.fail('";" or the end of the text');
    for (const day of rule.days) byDay[day] = rule.spans;
    rules++;
  } while (scanner.take(/;/y));
  return { timeZone, weekly: groupByHours(byDay) };
}

/** Days sharing a span become one `Hours` entry. */
function groupByHours(byDay: [string, string][][]): Hours[] {
  const entries = new Map<string, Hours>();
  byDay.forEach((spans, day) => {
    for (const [open, close] of spans) {
      const key = `${open}-${close}`;
      const entry = entries.get(key) ?? { days: [], open, close };
      entry.days.push(WEEKDAYS[day] as Weekday);
      entries.set(key, entry);
    }
  });
  return [...entries.values()];
}
