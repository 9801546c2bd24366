/**
 * `changesAt` is exact: the decision is the same at every instant of [now, changesAt) and differs
 * at changesAt (texts say today, tomorrow, a weekday or a date, so it can be a local midnight).
 * Run counts: random schedules, zones and instants from arbitraries.ts, 150 runs for the open
 * state and 250 for changesAt; 3018 every 30 minutes over the two Paris DST weeks of 2026 and an
 * ordinary one (1,008 instants). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, HELPLINE_3018, isOpen, nextChange } from '../src/index.js';
import type { DecideInput, Decision } from '../src/types.js';
import { scenarioArb } from './arbitraries.js';
import { DAY, MINUTE } from './oracle.js';

const snapshot = (decision: Decision) => JSON.stringify(decision);
/** What the decision says, apart from when it next changes (which always moves on). */
const content = ({ changesAt: _, ...rest }: Decision) => JSON.stringify(rest);

function checkChangesAt(input: Omit<DecideInput, 'now'>, now: number, fractions: number[]): void {
  const decision = decide({ ...input, now });
  expect(decision.errors).toEqual([]);
  const seen = snapshot(decision);
  const changesAt = decision.changesAt?.getTime() ?? null;
  if (changesAt === null) {
    for (const later of [now + DAY, now + 9 * DAY]) expect(snapshot(decide({ ...input, now: later })), 'never changes').toBe(seen);
    return;
  }
  expect(changesAt).toBeGreaterThan(now);
  for (const sample of [now + 1, changesAt - 1, ...fractions.map((fraction) => Math.floor(now + fraction * (changesAt - now)))]) {
    if (sample >= now && sample < changesAt)
      expect(snapshot(decide({ ...input, now: sample })), `same at ${new Date(sample).toISOString()}`).toBe(seen);
  }
  expect(content(decide({ ...input, now: changesAt })), `differs at ${new Date(changesAt).toISOString()}`).not.toBe(content(decision));
}

describe('decide over random schedules', () => {
  const options = fc.record({
    locale: fc.constantFrom('fr', 'en', 'en-GB', 'fr-CA'),
    canDial: fc.boolean(),
    whenClosed: fc.constantFrom('link' as const, 'hide' as const),
    action: fc.constantFrom('call' as const, 'call' as const, 'link' as const),
    // The reporter's zone: texts name it, and name the day where the two dates differ.
    timeZone: fc.constantFrom(
      undefined,
      'Europe/Paris',
      'Pacific/Noumea',
      'America/New_York',
      'Asia/Kolkata',
      'Pacific/Chatham',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
    ),
  });
  const fractions = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 });

  it('open, opensAt and closesAt agree with isOpen and nextChange', () => {
    fc.assert(
      fc.property(scenarioArb, options, ({ schedule, now }, { locale, canDial, whenClosed, action }) => {
        const decision = decide({
          now,
          locale,
          helpline: { ...HELPLINE_3018, schedule },
          device: { canDial },
          policy: { whenClosed, action },
        });
        const open = isOpen(schedule, now);
        const next = nextChange(schedule, now);
        expect(decision.open).toBe(open);
        expect(decision.opensAt).toEqual(open ? null : next);
        expect(decision.closesAt).toEqual(open ? next : null);
        if (action === 'call') expect(decision.kind).toBe(open ? (canDial ? 'call' : 'link') : whenClosed === 'hide' ? 'none' : 'link');
      }),
      { numRuns: 150 },
    );
  });

  it('changesAt is exact: the decision holds until then and differs there', () => {
    fc.assert(
      fc.property(scenarioArb, options, fractions, ({ schedule, now }, { locale, canDial, whenClosed, action, timeZone }, samples) => {
        checkChangesAt(
          { locale, timeZone, helpline: { ...HELPLINE_3018, schedule }, device: { canDial }, policy: { whenClosed, action } },
          now,
          samples,
        );
      }),
      { numRuns: 250 },
    );
  }, 20_000);
});

describe('decide for 3018', () => {
  const weeks = [
    ['the spring DST week', '2026-03-26T00:00+01:00'],
    ['the autumn DST week', '2026-10-22T00:00+02:00'],
    ['an ordinary week', '2026-06-08T00:00+02:00'],
  ];
  it.each(weeks)('changesAt is exact every 30 minutes of %s', (_, start) => {
    for (let now = Date.parse(start); now < Date.parse(start) + 7 * DAY; now += 30 * MINUTE) {
      checkChangesAt({ locale: 'fr' }, now + 7, [0.5]);
    }
  });

  /** 3018 closed every day from `from` to the day before `reopens`. */
  const closedUntil = (from: string, reopens: string) => {
    const exceptions = [];
    for (let day = Date.parse(`${from}T00:00Z`); day < Date.parse(`${reopens}T00:00Z`); day += DAY)
      exceptions.push({ date: new Date(day).toISOString().slice(0, 10), hours: [] });
    return { ...HELPLINE_3018, schedule: { ...HELPLINE_3018.schedule, exceptions } };
  };

  it.each([
    [undefined, '2027-12-08', '2026-12-06T00:00+01:00'],
    ['Pacific/Kiritimati', '2027-12-08', '2026-12-06T00:00+01:00'],
    ['Pacific/Pago_Pago', '2027-12-08', '2026-12-06T00:00+01:00'],
    [undefined, '2028-02-29', '2027-02-26T00:00+01:00'],
  ])('changesAt is exact every 2 hours while a reopening a year away (zone %s, %s) loses its year', (timeZone, reopens, start) => {
    const helpline = closedUntil('2026-12-01', reopens);
    for (let now = Date.parse(start); now < Date.parse(start) + 5 * DAY; now += 2 * 60 * MINUTE) {
      checkChangesAt({ locale: 'fr', timeZone, helpline }, now + 7, [0.5]);
    }
  });

  it('is closed at 23:00 Paris time on both DST change days, and says it reopens tomorrow at 9', () => {
    for (const at of ['2026-03-29T23:00+02:00', '2026-10-25T23:00+01:00']) {
      const decision = decide({ now: new Date(at) });
      expect(decision).toMatchObject({ kind: 'link', reason: 'closed', open: false });
      expect(decision.texts.status).toBe('Fermé, rouvre demain à 9 h');
    }
  });
});
