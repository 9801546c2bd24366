/**
 * Properties of isOpen and nextChange over random schedules (weekly spans, past-midnight ones,
 * exceptions around now and weeks away), zones and instants from 2020 to 2035, two thirds of them within 30 hours
 * of a DST change. Run counts keep this file to a few seconds on 2 cores:
 * - invariants (nextChange > now, constant until it, flips at it): 400 runs;
 * - the minute-by-minute oracle over the 24 hours from now: 100 runs (each builds a 3.5-day wall table);
 * - each of the eight zones, 3018's hours plus a night span, 6 hours before each of its DST
 *   changes from 2020 to 2035: exhaustive (196 oracle checks).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOpen, nextChange } from '../src/index.js';
import type { Schedule } from '../src/types.js';
import { instantArb, scenarioArb, ZONES } from './arbitraries.js';
import { DAY, HOUR, MINUTE, openStates, transitions, WallTable } from './oracle.js';

describe('nextChange invariants over random schedules', () => {
  it('nextChange(now) is after now, the state holds until then and flips there', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
        ({ schedule, now }, fractions) => {
          const state = isOpen(schedule, now);
          const next = nextChange(schedule, now)?.getTime() ?? null;
          if (next === null) {
            // Never flips: the same state a day, a week and a year later.
            for (const later of [now + DAY, now + 7 * DAY + 1234, now + 400 * DAY]) expect(isOpen(schedule, later)).toBe(state);
            return;
          }
          expect(next).toBeGreaterThan(now);
          for (const sample of [now + 1, next - 1, ...fractions.map((fraction) => Math.floor(now + fraction * (next - now)))]) {
            if (sample >= now && sample < next) expect(isOpen(schedule, sample)).toBe(state);
          }
          expect(isOpen(schedule, next)).toBe(!state);
        },
      ),
      { numRuns: 400 },
    );
  }, 20_000);
});

/** The oracle's answer for one scenario: the state at each minute of the next 24 hours. */
function checkAgainstOracle(schedule: Schedule, now: number): void {
  const start = Math.floor(now / MINUTE) * MINUTE;
  // A margin of a day and a half on each side, so that every span touching the checked range is
  // resolved inside the table (DST gaps and folds included).
  const table = new WallTable(schedule.timeZone, start - 30 * HOUR, start + 54 * HOUR);
  const states = openStates(schedule, table);
  const at = (instant: number) => states[(instant - table.from) / MINUTE] as boolean;

  const state = at(start);
  expect(isOpen(schedule, now), 'isOpen(now)').toBe(state);

  // Every minute after now at which the oracle's state flips.
  const flips: number[] = [];
  for (let minute = start + MINUTE; minute <= start + 24 * HOUR; minute += MINUTE) {
    if (at(minute) !== at(minute - MINUTE)) flips.push(minute);
  }
  const iso = (instant: number | null | undefined) => (instant === null || instant === undefined ? null : new Date(instant).toISOString());
  const next = nextChange(schedule, now)?.getTime() ?? null;
  if (flips.length > 0) expect(iso(next), 'nextChange(now)').toBe(iso(flips[0]));
  else if (next !== null) expect(next, 'nextChange(now) beyond the checked range').toBeGreaterThan(start + 24 * HOUR);
  // From each flip, and just before the next one, nextChange finds that next one.
  flips.forEach((flip, index) => {
    const following = flips[index + 1];
    if (following === undefined) return;
    expect(iso(nextChange(schedule, flip)?.getTime()), `nextChange at ${iso(flip)}`).toBe(iso(following));
    expect(iso(nextChange(schedule, following - 1)?.getTime()), `nextChange just before ${iso(following)}`).toBe(iso(following));
  });

  // isOpen at every minute where the oracle flips, its neighbours, and every 31st minute.
  for (let minute = start; minute <= start + 24 * HOUR; minute += MINUTE) {
    const index = (minute - table.from) / MINUTE;
    const nearFlip = states[index - 1] !== states[index] || states[index + 1] !== states[index];
    if (nearFlip || index % 31 === 0) {
      expect(isOpen(schedule, minute), `isOpen at ${new Date(minute).toISOString()}`).toBe(states[index]);
    }
  }
}

describe('isOpen and nextChange agree with a brute-force minute-by-minute oracle', () => {
  it('on random schedules in eight zones, often across DST changes', () => {
    fc.assert(
      fc.property(scenarioArb, ({ schedule, now }) => checkAgainstOracle(schedule, now)),
      { numRuns: 100 },
    );
  }, 20_000);

  it.each(ZONES)(
    'on 3018 hours plus a 01:00-03:30 night span in %s around every DST change 2020-2035',
    (timeZone) => {
      const all = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
      const schedule: Schedule = {
        timeZone,
        weekly: [
          { days: [...all], open: '09:00', close: '23:00' },
          { days: [...all], open: '01:00', close: '03:30' },
        ],
      };
      const changes = Array.from({ length: 16 }, (_, year) => transitions(timeZone, 2020 + year)).flat();
      // Zones without DST are checked on a few ordinary days.
      const instants = changes.length > 0 ? changes.map((change) => change - 6 * HOUR) : [Date.UTC(2024, 1, 29, 10), Date.UTC(2031, 6, 4)];
      for (const instant of instants) checkAgainstOracle(schedule, instant);
    },
    20_000,
  );

  it('the oracle applies the DST rule itself: 02:30 on the Paris spring night opens at 03:30', () => {
    const schedule: Schedule = { timeZone: 'Europe/Paris', weekly: [{ days: ['sun'], open: '02:30', close: '05:00' }] };
    const from = Date.UTC(2026, 2, 28, 22);
    const table = new WallTable('Europe/Paris', from, from + 12 * HOUR);
    const states = openStates(schedule, table);
    expect(new Date(from + states.indexOf(true) * MINUTE).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(new Date(from + states.lastIndexOf(true) * MINUTE + MINUTE).toISOString()).toBe('2026-03-29T03:00:00.000Z');
  });

  it('an instant arbitrary lands near DST changes (self-check of the generator)', () => {
    const samples = fc.sample(instantArb('Europe/Paris'), { numRuns: 200, seed: 1 });
    const changes = Array.from({ length: 16 }, (_, year) => transitions('Europe/Paris', 2020 + year)).flat();
    expect(changes).toHaveLength(32);
    const near = samples.filter((instant) => changes.some((change) => Math.abs(change - instant) <= 30 * HOUR));
    expect(near.length).toBeGreaterThan(60);
  });
});
