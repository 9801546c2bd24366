import { describe, expect, it } from 'vitest';
import { HandoffConfigError, HELPLINE_3018, isOpen, nextChange, parseHours } from '../src/index.js';
import type { Schedule } from '../src/types.js';
import { scheduleCases } from './schedule.cases.js';

describe('isOpen and nextChange on the table of cases', () => {
  it.each(scheduleCases)('$name', ({ schedule, at, open, next }) => {
    const now = new Date(at);
    expect(isOpen(schedule, now)).toBe(open);
    expect(nextChange(schedule, now)?.toISOString() ?? null).toBe(next === null ? null : new Date(next).toISOString());
  });

  it.each(scheduleCases)('agrees with itself when now is a number: $name', ({ schedule, at, open, next }) => {
    const now = Date.parse(at);
    expect(isOpen(schedule, now)).toBe(open);
    expect(nextChange(schedule, now)?.getTime() ?? null).toBe(next === null ? null : Date.parse(next));
  });
});

describe('schedule values', () => {
  it('does not depend on the spelling of the time zone', () => {
    const lower: Schedule = { ...HELPLINE_3018.schedule, timeZone: 'europe/paris' };
    expect(isOpen(lower, new Date('2026-06-10T08:30+02:00'))).toBe(false);
    expect(nextChange(lower, new Date('2026-06-10T08:30+02:00'))).toEqual(new Date('2026-06-10T09:00+02:00'));
  });

  it('throws HandoffConfigError naming the path for an invalid schedule', () => {
    const bad = { timeZone: 'Mars/Olympus', weekly: [{ days: ['mon'], open: '25:00', close: '10:00' }] } as Schedule;
    const error = (() => {
      try {
        isOpen(bad, 0);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(HandoffConfigError);
    expect((error as HandoffConfigError).errors.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'invalid-time-zone', path: 'schedule.timeZone' },
      { code: 'invalid-time', path: 'schedule.weekly.0.open' },
    ]);
    expect(() => nextChange(bad, 0)).toThrow(HandoffConfigError);
  });

  it('throws HandoffConfigError for an invalid now', () => {
    for (const now of [Number.NaN, new Date('nope'), Number.POSITIVE_INFINITY, 9e15]) {
      expect(() => isOpen(HELPLINE_3018.schedule, now)).toThrow(HandoffConfigError);
      expect(() => nextChange(HELPLINE_3018.schedule, now)).toThrow(/now/);
    }
  });

  it('finds an opening more than a week away', () => {
    const schedule: Schedule = {
      timeZone: 'Europe/Paris',
      weekly: [],
      exceptions: [{ date: '2030-01-01', hours: [{ open: '09:00', close: '10:00' }] }],
    };
    expect(nextChange(schedule, new Date('2026-06-10T12:00+02:00'))).toEqual(new Date('2030-01-01T09:00+01:00'));
  });

  it('finds a closing more than a week away in an all-day schedule', () => {
    const schedule: Schedule = {
      timeZone: 'Europe/Paris',
      weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], open: '00:00', close: '24:00' }],
      exceptions: [{ date: '2026-07-14', hours: [] }],
    };
    expect(isOpen(schedule, new Date('2026-06-10T12:00+02:00'))).toBe(true);
    expect(nextChange(schedule, new Date('2026-06-10T12:00+02:00'))).toEqual(new Date('2026-07-14T00:00+02:00'));
    expect(nextChange(schedule, new Date('2026-07-14T00:00+02:00'))).toEqual(new Date('2026-07-15T00:00+02:00'));
    expect(nextChange(schedule, new Date('2026-07-15T00:00+02:00'))).toBeNull();
  });
});

describe('date exceptions and later rules of parseHours', () => {
  // Both give the days they name all their hours: what the day before ran into them is cut at
  // midnight, and the spans they replace still run into the next day.
  const rules = [
    ['Mo 22:00-03:00', 'Tu off'],
    ['Mo 22:00-03:00', 'Mo off'],
    ['Mo-Su 20:00-08:00', 'We 10:00-12:00'],
    ['Mo-Fr 22:00-02:00', 'Sa,Su 23:00-01:00'],
    ['24/7', 'Th 09:00-18:00'],
  ];
  const DAY = 86_400_000;
  const WEEKDAY_CODES = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'];

  it.each(rules)('%s then %s: the same hours, minute by minute over a week', (first, later) => {
    const [laterDays = '', hours = ''] = later.split(' ');
    const dayCodes = laterDays.split(',');
    const spans = hours === 'off' ? [] : hours.split(',').map((span) => span.split('-') as [string, string]);
    const week = Date.UTC(2026, 5, 8); // Monday 8 June 2026, no DST change near
    const exceptions = Array.from({ length: 21 }, (_, index) => new Date(week + (index - 7) * DAY))
      .filter((date) => dayCodes.includes(WEEKDAY_CODES[date.getUTCDay()] as string))
      .map((date) => ({ date: date.toISOString().slice(0, 10), hours: spans.map(([open, close]) => ({ open, close })) }));
    const dated: Schedule = { ...parseHours(first, 'UTC'), exceptions };
    const written = parseHours(`${first}; ${later}`, 'UTC');
    for (let at = week; at < week + 7 * DAY; at += 60_000) {
      if (isOpen(dated, at) !== isOpen(written, at)) expect.fail(`they differ at ${new Date(at).toISOString()}`);
    }
  });
});

describe('a schedule changed in place', () => {
  it('is answered for its new content, not the one first seen', () => {
    const wednesday = new Date('2026-03-11T12:00+01:00');
    const schedule: Schedule = { timeZone: 'Europe/Paris', weekly: [{ days: ['wed'], open: '09:00', close: '18:00' }] };
    expect(isOpen(schedule, wednesday)).toBe(true);
    schedule.exceptions = [{ date: '2026-03-11', hours: [] }];
    expect(isOpen(schedule, wednesday)).toBe(false);
    expect(nextChange(schedule, wednesday)).toEqual(new Date('2026-03-18T09:00+01:00'));
    (schedule.weekly[0] as { close: string }).close = '12:30';
    schedule.exceptions = [];
    expect(nextChange(schedule, wednesday)).toEqual(new Date('2026-03-11T12:30+01:00'));
  });

  it('is checked again: one made invalid in place throws', () => {
    const schedule: Schedule = { timeZone: 'Europe/Paris', weekly: [{ days: ['wed'], open: '09:00', close: '18:00' }] };
    isOpen(schedule, 0);
    schedule.timeZone = 'Mars/Olympus';
    expect(() => isOpen(schedule, 0)).toThrow(HandoffConfigError);
  });
});

describe('HandoffConfigError', () => {
  it('names each path once in its message', () => {
    let message = '';
    try {
      isOpen({ timeZone: 'Mars/Olympus', weekly: [] }, 0);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^schedule\.timeZone: expected/);
    expect(message).not.toMatch(/schedule\.timeZone: schedule\.timeZone/);
  });
});
