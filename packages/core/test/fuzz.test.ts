/**
 * Fuzzing (issue 7): `decide`, `validateConfig` and `parseHours` fed arbitrary and hostile values.
 * `decide` and `validateConfig` never throw, nothing pollutes a prototype, every decision keeps
 * the contract, and `parseHours` throws only its two documented errors.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ITEMS } from '../src/content.js';
import { decide, HandoffConfigError, HoursSyntaxError, parseHours, validateConfig } from '../src/index.js';
import type { DecideInput } from '../src/types.js';
import {
  anyValueArb,
  expectErrorList,
  expectNoPollution,
  expectSoundDecision,
  hostileArb,
  NOON,
  pathsOf,
  protoJson,
  realize,
  revokedProxy,
  stringArb,
  throwingGetters,
  trapProxy,
  VALID_INPUTS,
  withValueAt,
} from './hostile.js';

/** Run counts: the whole file stays within a few seconds. */
const RUNS = { anything: 400, json: 300, subtree: 1500, unknownKey: 300, hoursText: 2000, hoursAnything: 400 } as const;

/** An object whose string conversion throws. */
const throwingToString = () => ({
  toString() {
    throw new Error('toString');
  },
});

/** Both entry points on one input: neither throws, both answers keep the contract. */
function check(input: unknown): void {
  let errors: unknown;
  expect(() => {
    errors = validateConfig(input);
  }).not.toThrow();
  expectErrorList(errors);
  const decision = decide(input as DecideInput);
  expectSoundDecision(decision);
  expectNoPollution();
}

afterEach(() => expectNoPollution());

describe('decide and validateConfig on arbitrary values', () => {
  it(`never throw on any JS value (${RUNS.anything} runs)`, () => {
    fc.assert(
      fc.property(anyValueArb, (value) => check(realize(value))),
      { numRuns: RUNS.anything },
    );
  });

  it(`never throw on JSON trees, and do not mutate them (${RUNS.json} runs)`, () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const before = JSON.stringify(value);
        check(value);
        expect(JSON.stringify(value)).toBe(before);
      }),
      { numRuns: RUNS.json },
    );
  });

  // A valid input with one sub-tree (a leaf, an object, an array, the whole input) replaced by
  // anything: every layer of the validator meets every kind of value.
  const subtreeArb = fc
    .constantFrom(...VALID_INPUTS)
    .chain((base) => fc.tuple(fc.constant(base), fc.constantFrom(...pathsOf(base)), anyValueArb));

  it(`never throw when one sub-tree of a valid input is anything (${RUNS.subtree} runs)`, () => {
    fc.assert(
      fc.property(subtreeArb, ([base, path, value]) => check(withValueAt(base, path, realize(value)))),
      { numRuns: RUNS.subtree },
    );
  });

  it('the sub-tree replacement reaches every path of every valid input', () => {
    const paths = VALID_INPUTS.flatMap((base) => pathsOf(base));
    expect(paths.length).toBeGreaterThan(60);
    for (const base of VALID_INPUTS) expect(validateConfig(base)).toEqual([]);
  });

  it('never throw on hostile values at every path of every valid input', () => {
    const hostile = [throwingGetters, () => trapProxy(), () => trapProxy([]), revokedProxy, () => protoJson(), () => Object.create(null)];
    for (const base of VALID_INPUTS) {
      for (const path of pathsOf(base)) {
        for (const make of hostile) check(withValueAt(base, path, make()));
      }
    }
  });

  it('read deep-frozen valid inputs as they are', () => {
    const freeze = (value: unknown): unknown => {
      if (typeof value === 'object' && value !== null) {
        for (const child of Object.values(value)) freeze(child);
        Object.freeze(value);
      }
      return value;
    };
    for (const base of VALID_INPUTS) {
      const frozen = freeze(structuredClone(base)) as unknown as DecideInput;
      expect(validateConfig(frozen)).toEqual([]);
      expect(decide(frozen)).toEqual(decide(structuredClone(base) as unknown as DecideInput));
    }
  });
});

describe('prototype keys', () => {
  // `__proto__` as JSON.parse gives it (an own key), `constructor` and `prototype`, at every level.
  const shapes = [
    '{"__proto__":{"polluted":1}}',
    '{"constructor":{"prototype":{"polluted":1}}}',
    '{"__proto__":{"__proto__":{"polluted":1}}}',
    '[{"__proto__":{"polluted":1}}]',
  ];

  it('a __proto__, constructor or prototype key at any depth pollutes nothing', () => {
    for (const base of VALID_INPUTS) {
      for (const path of pathsOf(base)) {
        for (const shape of shapes) {
          check(withValueAt(base, path, JSON.parse(shape)));
          if (path.length > 0) check(withValueAt(base, [...path.slice(0, -1), '__proto__'], JSON.parse(shape)));
        }
      }
    }
    const whole = JSON.parse(
      '{"now":0,"__proto__":{"polluted":1},"policy":{"__proto__":{"polluted":1}},"messages":{"__proto__":{"title":"x"},"fr":{"__proto__":{"polluted":1}}}}',
    );
    check(whole);
  });

  // The strict objects (input, policy, device, schedule, weekly hours) reject unknown keys so that
  // a typo hides nothing; a key named like an Object.prototype member is unknown too.
  const STRICT: { name: string; base: Record<string, unknown>; at: string[]; known: string[] }[] = [
    {
      name: 'the input',
      base: { now: NOON },
      at: [],
      known: ['now', 'report', 'policy', 'helpline', 'device', 'locale', 'messages', 'timeZone', 'formatPhone'],
    },
    {
      name: 'the policy',
      base: { now: NOON, policy: { action: 'call' } },
      at: ['policy'],
      known: ['action', 'whenClosed', 'categories', 'roles'],
    },
    { name: 'the device', base: { now: NOON, device: { canDial: true } }, at: ['device'], known: ['canDial'] },
    {
      name: 'a schedule',
      base: VALID_INPUTS[2] as Record<string, unknown>,
      at: ['helpline', 'schedule'],
      known: ['timeZone', 'weekly', 'exceptions'],
    },
    {
      name: 'weekly hours',
      base: VALID_INPUTS[2] as Record<string, unknown>,
      at: ['helpline', 'schedule', 'weekly', '0'],
      known: ['days', 'open', 'close'],
    },
  ];
  const PROTOTYPE_KEYS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf', '__defineGetter__'];
  const keyArb = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ minLength: 1 }));

  it.each(PROTOTYPE_KEYS)('an unknown key %s on the input is reported as unknown-key', (key) => {
    const input = withValueAt({ now: NOON }, [key], 1);
    expect(validateConfig(input)).toEqual([expect.objectContaining({ code: 'unknown-key', path: key })]);
  });

  it.each(STRICT)('an unknown key constructor on $name is reported as unknown-key', ({ base, at }) => {
    const errors = validateConfig(withValueAt(base, [...at, 'constructor'], 'typo'));
    expect(errors).toEqual([expect.objectContaining({ code: 'unknown-key', path: [...at, 'constructor'].join('.') })]);
  });

  it(`an unknown key on any strict object is reported at its path (${RUNS.unknownKey} runs)`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...STRICT), keyArb, ({ base, at, known }, key) => {
        fc.pre(!known.includes(key));
        const errors = validateConfig(withValueAt(base, [...at, key], 'typo'));
        expect(errors).toContainEqual(expect.objectContaining({ code: 'unknown-key', path: [...at, key].join('.') }));
        expectNoPollution();
      }),
      { numRuns: RUNS.unknownKey },
    );
  });
});

describe('huge values', () => {
  const HUGE = 100_000;
  const MEGABYTE = 'a'.repeat(1 << 20);

  it('a 100k-item array in every array field is read without a throw', () => {
    const fills: Record<string, unknown> = {
      callableFrom: 'FR',
      days: 'mon',
      categories: 'harassment',
      roles: 'victim',
      weekly: 42,
      hours: 'x',
    };
    for (const base of VALID_INPUTS) {
      for (const path of pathsOf(base)) {
        const key = path.at(-1);
        if (typeof key !== 'string' || !(key in fills)) continue;
        const input = withValueAt(base, path, new Array(HUGE).fill(fills[key]));
        check(input);
      }
    }
  });

  it('bad items give one error each, at its index, up to about a hundred; a list over 10k items, one error', () => {
    const withRegions = (callableFrom: unknown[]) =>
      validateConfig({ now: NOON, helpline: { ...(VALID_INPUTS[2]?.helpline as object), callableFrom } });
    expect(withRegions(new Array(50).fill('France')).map((error) => error.path)).toEqual(
      Array.from({ length: 50 }, (_, index) => `helpline.callableFrom.${index}`),
    );
    const regions = withRegions(new Array(MAX_ITEMS).fill('France')).filter((error) => error.path.startsWith('helpline.callableFrom'));
    expect(regions.length).toBeGreaterThan(100);
    expect(regions.length).toBeLessThan(110);
    expect(regions.at(-2)).toEqual(
      expect.objectContaining({ code: 'invalid-country', path: `helpline.callableFrom.${regions.length - 2}` }),
    );
    expect(regions.at(-1)).toEqual(expect.objectContaining({ code: 'invalid-value', path: 'helpline.callableFrom' })); // the rest, not read
    expect(withRegions(new Array(HUGE).fill('France'))).toEqual([
      expect.objectContaining({ code: 'invalid-value', path: 'helpline.callableFrom' }),
    ]);
  });

  it('past the cap, what is left unread is not trusted: no hours from half a schedule', () => {
    const helpline = {
      ...(VALID_INPUTS[2]?.helpline as object),
      callableFrom: new Array(200).fill('France'),
      schedule: { timeZone: 'UTC', weekly: [{ days: ['mon'], open: '09:00', close: '10:00' }] },
    };
    const decision = decide({ now: NOON, helpline: helpline as never });
    expect(decision.reason).toBe('invalid-config');
    expect([decision.texts.hours, decision.texts.status]).toEqual(['', '']);
    expect(decision.errors.at(-1)).toEqual(expect.objectContaining({ code: 'invalid-value', path: 'helpline.schedule.weekly' }));
  });

  it('lists nested in lists stay quick: 10k rules sharing one array of 10k holes', () => {
    const days = new Array(MAX_ITEMS);
    const weekly = new Array(MAX_ITEMS).fill({ days, open: '09:00', close: '10:00' });
    const errors = validateConfig({
      now: NOON,
      helpline: { ...(VALID_INPUTS[2]?.helpline as object), schedule: { timeZone: 'UTC', weekly } },
    });
    expect(errors.length).toBeLessThan(110);
    expect(errors[0]).toEqual(expect.objectContaining({ code: 'missing', path: 'helpline.schedule.weekly.0.days.0' }));
    expect(
      decide({ now: NOON, helpline: { ...(VALID_INPUTS[2]?.helpline as object), schedule: { timeZone: 'UTC', weekly } } as never }).reason,
    ).toBe('invalid-config');
  });

  it('a 1 MB string in every string field is read without a throw, and errors quote it briefly', () => {
    for (const base of VALID_INPUTS) {
      const leaves = pathsOf(base).filter((path) => typeof path.reduce<unknown>((value, key) => (value as never)[key], base) === 'string');
      for (const path of [[], ...leaves]) {
        for (const value of [MEGABYTE, `https://example.org/${MEGABYTE}`, `${MEGABYTE}\u0000`, ` ${MEGABYTE} `]) {
          const input = withValueAt(base, path, value);
          check(input);
          for (const error of validateConfig(input)) expect(error.message.length).toBeLessThan(500);
        }
      }
    }
  });
});

describe('parseHours on arbitrary text', () => {
  /** Either a schedule that validates, or one of the two documented errors. */
  function expectParsedOrDocumentedError(text: unknown, timeZone: unknown): void {
    let schedule: unknown;
    try {
      schedule = parseHours(text as string, timeZone as string);
    } catch (error) {
      expect(error instanceof HoursSyntaxError || error instanceof HandoffConfigError, String(error)).toBe(true);
      if (error instanceof HoursSyntaxError) {
        expect(error.position).toBeGreaterThanOrEqual(0);
        expect(error.message.length).toBeLessThan(400);
      }
      expectNoPollution();
      return;
    }
    expect(validateConfig({ now: NOON, helpline: { ...(VALID_INPUTS[2]?.helpline as object), schedule } })).toEqual([]);
    expectNoPollution();
  }

  const TOKENS = ['Mo', 'Tu', 'Fr', 'Su', 'mo', 'Xx', '-', ',', ';', ' ', '\t', '09:00', '24:00', '23:59', '00:00', '9:00', '25:00'];
  const tokenTextArb = fc.array(fc.oneof(fc.constantFrom(...TOKENS, '24/7', 'off', 'closed', 'PH', ':', '/'), stringArb), {
    maxLength: 12,
  });

  it(`strings of any unicode: a valid schedule or HoursSyntaxError (${RUNS.hoursText} runs)`, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          stringArb,
          tokenTextArb.map((tokens) => tokens.join('')),
        ),
        (text) => expectParsedOrDocumentedError(text, 'Europe/Paris'),
      ),
      { numRuns: RUNS.hoursText },
    );
  });

  it(`any values as text and time zone: only the two documented errors (${RUNS.hoursAnything} runs)`, () => {
    fc.assert(
      fc.property(fc.oneof(anyValueArb, stringArb), fc.oneof(anyValueArb, fc.constantFrom('UTC', 'Europe/Paris')), (text, zone) =>
        expectParsedOrDocumentedError(realize(text), realize(zone)),
      ),
      { numRuns: RUNS.hoursAnything },
    );
  });

  it.each([
    ['a null-prototype object', () => Object.create(null)],
    ['an object whose toString throws', throwingToString],
    ['a trap proxy', () => trapProxy()],
  ])('%s as the time zone gives HandoffConfigError, not a TypeError', (_name, make) => {
    expect(() => parseHours('24/7', make() as string)).toThrow(HandoffConfigError);
  });

  it.each([
    ['a null-prototype object', () => Object.create(null)],
    ['an object whose toString throws', throwingToString],
    ['a trap proxy', () => trapProxy()],
  ])('%s as the text gives HoursSyntaxError, not a TypeError', (_name, make) => {
    expect(() => parseHours(make() as string, 'UTC')).toThrow(HoursSyntaxError);
  });

  it('hostile values never escape as another error', () => {
    fc.assert(
      fc.property(hostileArb, hostileArb, (text, zone) => expectParsedOrDocumentedError(text.make(), zone.make())),
      { numRuns: 100 },
    );
  });
});

describe('hostile values the validator must survive', () => {
  it('an array proxy whose traps throw, in an array field, is reported as unreadable by validateConfig', () => {
    for (const path of [
      ['helpline', 'callableFrom'],
      ['helpline', 'schedule', 'weekly'],
      ['policy', 'roles'],
      ['policy', 'categories'],
    ]) {
      const input = withValueAt(VALID_INPUTS[2], path, trapProxy([]));
      expect(validateConfig(input), path.join('.')).toContainEqual(expect.objectContaining({ code: 'unreadable' }));
      const decision = decide(input as DecideInput);
      expect(decision.reason, path.join('.')).toBe('invalid-config');
      // The configured website is sound: the fail-safe link still leads there.
      if (path[0] === 'helpline') expect(decision.kind === 'link' && decision.href).toBe('https://www.nummergegenkummer.de/');
    }
  });

  it('a now whose getTime throws is an error, not a throw from validateConfig', () => {
    const now = new Date(NOON);
    Object.defineProperty(now, 'getTime', {
      value: () => {
        throw new Error('getTime');
      },
    });
    expect(validateConfig({ now })).toEqual([expect.objectContaining({ code: 'unreadable', path: 'now' })]);
    expect(decide({ now }).errors).toEqual([expect.objectContaining({ path: 'now' })]);
  });

  it('a now proxy whose getPrototypeOf trap throws is an error, not a throw from validateConfig', () => {
    expect(validateConfig({ now: trapProxy() })).toEqual([expect.objectContaining({ path: 'now' })]);
  });

  it('a text override that throws or returns a non-string falls back to the built-in text', () => {
    const decision = decide({
      now: NOON,
      messages: {
        fr: {
          title: () => {
            throw new Error('override');
          },
          body: (() => 42) as never,
          status: () => trapProxy() as unknown as string,
        },
      },
    });
    expect(decision.reason).toBe('open');
    expect(decision.texts.title).toBe("Besoin d'en parler ?");
    expect(decision.texts.body).toContain('3018');
    expect(decision.texts.status).toBe("Ouvert jusqu'à 23 h");
  });

  it('a formatPhone that throws or lies cannot produce a non-tel call', () => {
    for (const formatPhone of [
      () => {
        throw new Error('format');
      },
      () => ({ href: 'javascript:alert(1)', display: '3018' }),
      () => ({ href: 'tel:3018;ext=1', display: '3018' }),
      () => throwingGetters(),
      () => trapProxy(),
    ]) {
      const decision = decide({ now: NOON, formatPhone: formatPhone as never });
      expectSoundDecision(decision);
      expect(decision.kind).not.toBe('call');
    }
  });
});
