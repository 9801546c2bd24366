/**
 * No super-linear work (issue 7): adversarial 100 KB texts and 10k-entry schedules finish and,
 * when bad, fail with a short, precise error. No timings here: `scripts/bench-linear.mjs`
 * measures them. Where work depends on a value rather than the input's size (a date far away),
 * a budget of time-zone lookups bounds it instead of a clock.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decide, HandoffConfigError, HoursSyntaxError, nextChange, parseHours, validateConfig } from '../src/index.js';
import type { Helpline, Hours } from '../src/types.js';
import { CUSTOM_HELPLINE, expectErrorList, expectSoundDecision, NOON } from './hostile.js';

const SIZE = 100 * 1024;
/** `unit` repeated to `SIZE` characters. */
const fill = (unit: string, tail = '') => unit.repeat(Math.ceil(SIZE / unit.length)) + tail;

/** Runs `parseHours` and returns the schedule or the error, failing on any other throw. */
function parse(text: string): ReturnType<typeof parseHours> | HoursSyntaxError {
  try {
    return parseHours(text, 'Europe/Paris');
  } catch (error) {
    expect(error).toBeInstanceOf(HoursSyntaxError);
    return error as HoursSyntaxError;
  }
}

/** A clear error: names a token and a position inside the text, and stays short whatever the text's size. */
function expectClearError(result: unknown, text: string): asserts result is HoursSyntaxError {
  expect(result).toBeInstanceOf(HoursSyntaxError);
  const error = result as HoursSyntaxError;
  expect(error.position).toBeGreaterThanOrEqual(0);
  expect(error.position).toBeLessThanOrEqual(text.length);
  expect(error.message).toMatch(/^Unexpected .+ at position \d+ of ".*": expected .+\.$/s);
  expect(error.message.length).toBeLessThan(400);
}

describe('parseHours on 100 KB adversarial text', () => {
  it.each([
    ['a dangling day list "Mo,Mo,…,"', fill('Mo,'), 'opening times'],
    ['a day list with no hours', fill('Mo,', 'Mo'), 'opening times'],
    ['zeros', fill('0'), 'an opening time'],
    ['digits and colons', fill('09:'), '"-" between two times'],
    ['spaces then junk', fill(' ', 'x'), 'opening times'],
    ['tabs and semicolons then junk', fill('\t;', 'x'), 'opening times'],
    ['letters', fill('a'), 'opening times'],
    ['day ranges without end', fill('Mo-'), 'opening times'],
    ['spans with a bad last one', fill('09:00-18:00,', '09:00-'), 'a closing time'],
    ['rules with a bad last one', fill('Mo-Fr 09:00-18:00;', 'Mo-Fr 09:00-18:60'), 'a closing time'],
    ['nested-looking separators', fill(',-;'), 'opening times'],
    ['unicode digits', fill('０９:００-１８:００;'), 'opening times'],
  ])('%s: a clear HoursSyntaxError', (_name, text, expected) => {
    const result = parse(text);
    expectClearError(result, text);
    expect(result.message).toContain(`expected ${expected}`);
  });

  it('100 KB of repeated rules reads as the one rule', () => {
    expect(parse(fill('Mo-Fr 09:00-18:00;'))).toEqual(parseHours('Mo-Fr 09:00-18:00', 'Europe/Paris'));
  });

  it('100 KB of semicolons after 24/7 reads as 24/7', () => {
    expect(parse(`24/7${fill(';')}`)).toEqual(parseHours('24/7', 'Europe/Paris'));
  });

  it('100 KB of spaces around a rule reads as the rule', () => {
    expect(parse(`${fill(' ')}Mo 09:00-10:00${fill(' ')}`)).toEqual(parseHours('Mo 09:00-10:00', 'Europe/Paris'));
  });

  it('8,000 spans on one day give a schedule that validates', () => {
    const text = `Mo ${Array.from({ length: 8000 }, (_, index) => `${String(Math.floor(index / 60) % 24).padStart(2, '0')}:${String(index % 60).padStart(2, '0')}-24:00`).join(',')}`;
    const result = parse(text);
    expect(result).not.toBeInstanceOf(HoursSyntaxError);
    const schedule = result as ReturnType<typeof parseHours>;
    expect(validateConfig({ now: NOON, helpline: { ...CUSTOM_HELPLINE, schedule } })).toEqual([]);
  });

  it('a 100 KB time zone is a HandoffConfigError with a short message', () => {
    let error: unknown;
    try {
      parseHours('24/7', fill('Europe/Paris'));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(HandoffConfigError);
    expect((error as Error).message.length).toBeLessThan(200);
  });
});

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const pad = (value: number) => String(value).padStart(2, '0');
/** 10k distinct weekly entries, one day each. */
const manyHours = (count: number): Hours[] =>
  Array.from({ length: count }, (_, index) => ({
    days: [DAYS[index % 7]!],
    open: `${pad(index % 23)}:${pad(index % 60)}`,
    close: '23:59',
  }));
const withWeekly = (weekly: unknown[]): Helpline => ({ ...CUSTOM_HELPLINE, schedule: { timeZone: 'Europe/Berlin', weekly } }) as Helpline;

describe('validateConfig and decide on 10k-entry schedules', () => {
  it('10k valid weekly entries: no error, and a sound decision', () => {
    const helpline = withWeekly(manyHours(10_000));
    expect(validateConfig({ now: NOON, helpline })).toEqual([]);
    const decision = decide({ now: NOON, helpline });
    expectSoundDecision(decision);
    expect(decision.errors).toEqual([]);
  });

  it('one bad entry among 10k is named by its index', () => {
    const weekly: unknown[] = manyHours(10_000);
    weekly[9_999] = { days: ['mon'], open: '25:00', close: '23:59' };
    expect(validateConfig({ now: NOON, helpline: withWeekly(weekly) })).toEqual([
      expect.objectContaining({ code: 'invalid-time', path: 'helpline.schedule.weekly.9999.open' }),
    ]);
  });

  it('10k exceptions on distinct dates: no error', () => {
    const exceptions = Array.from({ length: 10_000 }, (_, index) => ({
      date: new Date(Date.UTC(2026, 0, 1) + index * 86_400_000).toISOString().slice(0, 10),
      hours: index % 2 ? [] : [{ open: '10:00', close: '12:00' }],
    }));
    const helpline = { ...CUSTOM_HELPLINE, schedule: { ...CUSTOM_HELPLINE.schedule, exceptions } } as Helpline;
    expect(validateConfig({ now: NOON, helpline })).toEqual([]);
    expectSoundDecision(decide({ now: NOON, helpline }));
  });

  it('a day written a million times over, or one date 400,000 times: the decision of each written once', () => {
    const once = withWeekly([{ days: ['mon'], open: '09:00', close: '10:00' }]);
    const repeated = withWeekly(Array(100).fill({ days: Array(10_000).fill('mon'), open: '09:00', close: '10:00' }));
    const monday = Date.parse('2026-06-08T09:30:00+02:00');
    const strip = ({ helpline: _, ...decision }: ReturnType<typeof decide>) => decision;
    expect(strip(decide({ now: monday, helpline: repeated }))).toEqual(strip(decide({ now: monday, helpline: once })));
    const closure = { date: '2026-06-08', hours: Array(100).fill({ open: '09:00', close: '09:30' }) };
    const dated = (exceptions: unknown[]) => ({ ...once, schedule: { ...once.schedule, exceptions } }) as Helpline;
    expect(strip(decide({ now: monday, helpline: dated(Array(4_000).fill(closure)) }))).toEqual(
      strip(decide({ now: monday, helpline: dated([closure]) })),
    );
  });

  it('a 100 KB string in every field: every error is short, apart from the path it names', () => {
    const long = fill('x');
    const input = {
      now: long,
      report: { category: long, role: long, country: long },
      policy: { action: long, whenClosed: long, categories: [long], roles: [long] },
      helpline: {
        id: long,
        name: long,
        organisation: long,
        phone: long,
        callableFrom: [long],
        website: long,
        schedule: { timeZone: long, weekly: [{ days: [long], open: long, close: long }], exceptions: [{ date: long, hours: [] }] },
        source: long,
        verifiedAt: long,
      },
      device: { canDial: long },
      locale: long,
      messages: { [long]: { title: long } },
      timeZone: long,
    };
    const errors = validateConfig(input);
    expectErrorList(errors);
    expect(errors.length).toBeGreaterThanOrEqual(17);
    for (const error of errors) expect(error.message.length - error.path.length, error.path.slice(0, 40)).toBeLessThan(400);
    expectSoundDecision(decide(input as never));
  });
});

describe('work bounded by the input, not by how far away its dates are', () => {
  // Counted, not timed: every time-zone lookup goes through Intl.DateTimeFormat (formatToParts,
  // or resolvedOptions for a zone's name). The budget is
  // far above what a few weeks of lookups need; a day-by-day walk to year 9999 needs millions.
  const BUDGET = 20_000;
  let calls = 0;
  let exceeded = false;
  const countCalls = () => {
    calls = 0;
    exceeded = false;
    for (const method of ['formatToParts', 'resolvedOptions'] as const) {
      const original = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, method)?.value as (...args: unknown[]) => unknown;
      vi.spyOn(Intl.DateTimeFormat.prototype, method).mockImplementation(function (this: Intl.DateTimeFormat, ...args: unknown[]) {
        // Throw once, past the budget, to end the walk; the fail-safe then runs unhindered.
        if (++calls > BUDGET && !exceeded) {
          exceeded = true;
          throw new Error(`more than ${BUDGET} time-zone lookups`);
        }
        return original.apply(this, args);
      } as never);
    }
  };
  afterEach(() => vi.restoreAllMocks());

  const always = [{ days: [...DAYS], open: '00:00', close: '24:00' }];
  const farClosure = (date: string): Helpline => ({
    ...CUSTOM_HELPLINE,
    schedule: { timeZone: 'Europe/Berlin', weekly: always, exceptions: [{ date, hours: [] }] },
  });

  it.each(['2300-01-01', '9999-12-31'])('a line open around the clock until a closure on %s: decide finds the closing', (date) => {
    const helpline = farClosure(date);
    countCalls();
    const decision = decide({ now: NOON, helpline });
    expect(exceeded, `${calls} time-zone lookups`).toBe(false);
    expect(decision).toMatchObject({ kind: 'call', reason: 'open', errors: [] });
    expect(decision.closesAt?.toISOString().slice(0, 10)).toBe(new Date(Date.parse(date) - 86_400_000).toISOString().slice(0, 10));
  });

  it('a line open around the clock until a closure in 9999: nextChange finds it', () => {
    const { schedule } = farClosure('9999-12-31');
    countCalls();
    let next: Date | null = null;
    expect(() => {
      next = nextChange(schedule, NOON);
    }).not.toThrow();
    expect(next).toEqual(new Date('9999-12-30T23:00:00Z'));
  });

  // Such a week is followed through the zone's offset changes (a spring gap can open a hole in
  // it): for two years, not up to the next exception, however far away that is.
  it.each([
    ['one exception in 9999', ['9999-12-31']],
    ['an exception every ten years', Array.from({ length: 100 }, (_, index) => `${2030 + 10 * index}-01-01`)],
  ])('a week open around the clock in overlapping spans in Tokyo, with %s: never closes', (_name, dates) => {
    const helpline: Helpline = {
      ...CUSTOM_HELPLINE,
      schedule: {
        timeZone: 'Asia/Tokyo',
        weekly: [
          { days: [...DAYS], open: '00:00', close: '03:00' },
          { days: [...DAYS], open: '02:30', close: '24:00' },
        ],
        exceptions: dates.map((date) => ({ date, hours: [{ open: '00:00', close: '24:00' }] })),
      },
    };
    countCalls();
    const decision = decide({ now: NOON, helpline });
    expect(exceeded, `${calls} time-zone lookups`).toBe(false);
    expect(decision).toMatchObject({ reason: 'open', closesAt: null, changesAt: null, errors: [] });
  });

  it('a line closed until an opening in 9999: decide finds the opening', () => {
    const helpline: Helpline = {
      ...CUSTOM_HELPLINE,
      schedule: { timeZone: 'Europe/Berlin', weekly: [], exceptions: [{ date: '9999-12-31', hours: [{ open: '09:00', close: '10:00' }] }] },
    };
    countCalls();
    const decision = decide({ now: NOON, helpline });
    expect(exceeded, `${calls} time-zone lookups`).toBe(false);
    expect(decision).toMatchObject({ reason: 'closed', errors: [] });
    expect(decision.opensAt).toEqual(new Date('9999-12-31T08:00:00Z'));
  });
});
