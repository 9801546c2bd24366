/** fast-check generators of schedules and instants, shared by the property tests. */
import fc from 'fast-check';
import type { DateException, Hours, Schedule, TimeSpan, Weekday } from '../src/types.js';
import { addDays, HOUR, localDate, transitions } from './oracle.js';

/**
 * Zones with DST in either hemisphere, a 30-minute DST shift, DST changes at midnight (a day that
 * starts at 01:00: Santiago, Beirut), odd offsets and none at all.
 */
export const ZONES = [
  'Europe/Paris',
  'America/New_York',
  'Australia/Lord_Howe',
  'America/Santiago',
  'Asia/Beirut',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'UTC',
] as const;

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const FROM = Date.UTC(2020, 0, 1);
export const TO = Date.UTC(2035, 11, 31);

const pad = (value: number) => String(value).padStart(2, '0');
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** Times near the DST changes of the zones above (02:00, 02:30, 02:45 …) are drawn often. */
const openTime = fc.oneof(
  fc.constantFrom(
    '00:00',
    '01:00',
    '01:30',
    '02:00',
    '02:10',
    '02:30',
    '02:45',
    '03:00',
    '03:15',
    '03:30',
    '04:00',
    '09:00',
    '22:00',
    '23:00',
  ),
  fc.integer({ min: 0, max: 1439 }).map(hhmm),
  fc.integer({ min: 0, max: 95 }).map((quarter) => hhmm(quarter * 15)),
);
const closeTime = fc.oneof(openTime, fc.constant('24:00'));

export const spanArb: fc.Arbitrary<TimeSpan> = fc.record({ open: openTime, close: closeTime }).filter(({ open, close }) => open !== close);

export const hoursArb: fc.Arbitrary<Hours> = fc
  .record({ days: fc.subarray(WEEKDAYS, { minLength: 1 }), span: spanArb })
  .map(({ days, span }) => ({ days, ...span }));

const sparseHoursArb: fc.Arbitrary<Hours> = fc
  .record({ days: fc.subarray(WEEKDAYS, { minLength: 1, maxLength: 2 }), span: spanArb })
  .map(({ days, span }) => ({ days, ...span }));

const nightTime = fc.constantFrom(
  '01:00',
  '01:45',
  '02:00',
  '02:10',
  '02:30',
  '02:45',
  '03:00',
  '03:01',
  '03:15',
  '03:30',
  '03:45',
  '04:00',
);
const nightHoursArb: fc.Arbitrary<Hours> = fc
  .record({ open: nightTime, close: fc.oneof(nightTime, fc.constant('24:00')) })
  .filter(({ open, close }) => open !== close)
  .map((span) => ({ days: [...WEEKDAYS], ...span }));

/** An instant from 2020 to 2035: uniform, or within 30 hours of one of the zone's offset changes. */
export function instantArb(timeZone: string): fc.Arbitrary<number> {
  const uniform = fc.integer({ min: FROM, max: TO });
  const nearChange = fc
    .record({ year: fc.integer({ min: 2020, max: 2035 }), pick: fc.nat(), shift: fc.integer({ min: -30 * HOUR, max: 30 * HOUR }) })
    .map(({ year, pick, shift }) => {
      const changes = transitions(timeZone, year);
      return changes.length === 0 ? Date.UTC(year, 5, 1) + shift : (changes[pick % changes.length] as number) + shift;
    });
  // Whole minutes and odd milliseconds alike.
  return fc.oneof(
    uniform,
    nearChange,
    nearChange.map((instant) => instant - (instant % 60_000)),
  );
}

export interface Scenario {
  schedule: Schedule;
  now: number;
}

/** A random schedule in a random zone, with exceptions on dates around `now`, and `now`. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .constantFrom(...ZONES)
  .chain((timeZone) =>
    fc.record({
      timeZone: fc.constant(timeZone),
      now: instantArb(timeZone),
      // Sparse weeks too (one span on one or two days), where the next change is days away.
      // and clusters of night spans every day, several of them touched by a DST change.
      weekly: fc.oneof(
        fc.array(hoursArb, { maxLength: 4 }),
        fc.array(sparseHoursArb, { minLength: 1, maxLength: 1 }),
        fc.array(nightHoursArb, { minLength: 2, maxLength: 4 }),
      ),
      // Mostly close to now; sometimes weeks away, where nextChange jumps over plain weeks to reach them.
      exceptions: fc.array(
        fc.record({
          daysFromNow: fc.oneof(fc.integer({ min: -2, max: 9 }), fc.integer({ min: 10, max: 40 })),
          hours: fc.array(spanArb, { maxLength: 2 }),
        }),
        { maxLength: 3 },
      ),
    }),
  )
  .map(({ timeZone, now, weekly, exceptions }) => {
    const today = localDate(timeZone, now);
    const dated: DateException[] = exceptions.map(({ daysFromNow, hours }) => ({ date: addDays(today, daysFromNow), hours }));
    const schedule: Schedule = dated.length > 0 ? { timeZone, weekly, exceptions: dated } : { timeZone, weekly };
    return { schedule, now };
  });
