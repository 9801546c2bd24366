/**
 * Hostile values and the checks every answer must pass, shared by the fuzz and linear-time tests.
 * A value here may throw when touched, lie about its shape, or try to pollute prototypes.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { ConfigError, ConfigErrorCode, Decision, Reason } from '../src/types.js';

/** Every `ConfigErrorCode` of types.ts. */
export const ERROR_CODES: readonly ConfigErrorCode[] = [
  'missing',
  'invalid-type',
  'invalid-value',
  'unknown-key',
  'unreadable',
  'invalid-now',
  'invalid-time-zone',
  'invalid-time',
  'empty-span',
  'empty-days',
  'invalid-weekday',
  'invalid-date',
  'invalid-url',
  'invalid-phone',
  'invalid-country',
  'invalid-locale',
];

const REASONS: readonly Reason[] = ['open', 'policy-link', 'closed', 'cannot-dial', 'abroad', 'no-phone', 'not-covered', 'invalid-config'];
const TEXT_KEYS = ['title', 'body', 'action', 'hours', 'status', 'privacy', 'copy', 'copied'] as const;

/** Wednesday 2026-06-10, noon in Paris: 3018 is open. */
export const NOON = Date.UTC(2026, 5, 10, 10);

/** A valid custom helpline, every optional field set, with exceptions. */
export const CUSTOM_HELPLINE = {
  id: 'nummer-gegen-kummer',
  name: 'Nummer gegen Kummer',
  organisation: 'Nummer gegen Kummer e.V.',
  phone: '116 111',
  callableFrom: ['DE', 'AT'],
  website: 'https://www.nummergegenkummer.de/',
  schedule: {
    timeZone: 'Europe/Berlin',
    weekly: [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], open: '14:00', close: '20:00' },
      { days: ['sat'], open: '22:00', close: '02:00' },
    ],
    exceptions: [
      { date: '2026-12-24', hours: [] },
      { date: '2026-12-31', hours: [{ open: '10:00', close: '12:00' }] },
    ],
  },
  source: 'https://www.nummergegenkummer.de/',
  verifiedAt: '2026-01-15',
};

/** Valid inputs that between them set every field `decide` reads. */
export const VALID_INPUTS: readonly Record<string, unknown>[] = [
  { now: NOON },
  {
    now: new Date(NOON),
    report: { category: 'harassment', role: 'witness', country: 'FR' },
    policy: { action: 'call', whenClosed: 'hide', categories: ['harassment', 'bullying'], roles: ['victim', 'witness'] },
    device: { canDial: false },
    locale: 'en-GB',
    messages: { fr: { title: 'Titre' }, 'en-GB': { body: 'Body', status: 'Status' } },
    timeZone: 'America/New_York',
  },
  {
    now: NOON,
    report: { category: 'threats', role: 'victim', country: 'DE' },
    policy: { action: 'link', whenClosed: 'link', categories: 'all', roles: ['victim'] },
    helpline: CUSTOM_HELPLINE,
    device: { canDial: true },
    locale: 'fr-CA',
  },
];

/** Every path (as keys) to a value inside `value`, the root included. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths = [prefix];
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) paths.push(...pathsOf(item, [...prefix, index]));
  } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  }
  return paths;
}

/** A deep copy of `base` with the value at `path` replaced (or the key added) as an own property, `__proto__` included. */
export function withValueAt(base: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  Object.defineProperty(parent, path.at(-1) as string | number, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Every own key a hostile object pretends to have. */
const KEYS = [
  'now',
  'report',
  'policy',
  'helpline',
  'device',
  'locale',
  'messages',
  'timeZone',
  'formatPhone',
  'schedule',
  'weekly',
  'length',
];

/** An object whose every getter throws. */
export function throwingGetters(): object {
  const value = {};
  for (const key of [...KEYS, '0', 'id', 'name', 'website', 'phone', 'callableFrom', 'days', 'open', 'close', 'category', 'canDial']) {
    Object.defineProperty(value, key, {
      enumerable: true,
      get() {
        throw new Error(`getter ${key}`);
      },
    });
  }
  return value;
}

const TRAPS = [
  'get',
  'set',
  'has',
  'ownKeys',
  'getOwnPropertyDescriptor',
  'getPrototypeOf',
  'defineProperty',
  'deleteProperty',
  'apply',
] as const;

/** A proxy whose every trap throws (over an object, an array or a function). */
export function trapProxy(target: object = {}): object {
  const handler: ProxyHandler<object> = {};
  for (const trap of TRAPS) {
    (handler as Record<string, unknown>)[trap] = () => {
      throw new Error(`trap ${trap}`);
    };
  }
  return new Proxy(target, handler);
}

/** A revoked proxy: even `Array.isArray` throws on it. */
export function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** `{"__proto__": …}` as JSON.parse makes it: an own key, not the prototype. */
export const protoJson = (inner = '{"polluted":1}') => JSON.parse(`{"__proto__":${inner}}`);

/**
 * A value made when the property runs, not when fast-check generates it: fast-check probes the
 * values it holds (`in`, cloning), and a hostile value must throw at the code under test only.
 */
export class Lazy {
  constructor(
    readonly label: string,
    readonly make: () => unknown,
  ) {}
  [fc.toStringMethod](): string {
    return this.label;
  }
}

/** The value of a `Lazy`, or the value itself. */
export const realize = (value: unknown): unknown => (value instanceof Lazy ? value.make() : value);

const HOSTILE: Record<string, () => unknown> = {
  'throwing getters': throwingGetters,
  'trap proxy': () => trapProxy(),
  'array trap proxy': () => trapProxy([]),
  'function trap proxy': () => trapProxy(() => 'text'),
  'revoked proxy': revokedProxy,
  '__proto__ json': () => protoJson(),
  '__proto__ json deep': () =>
    JSON.parse('{"__proto__":{"__proto__":{"polluted":1},"polluted":1},"constructor":{"prototype":{"polluted":1}}}'),
  'constructor prototype': () => ({ constructor: { prototype: { polluted: 1 } }, prototype: { polluted: 1 } }),
  'frozen __proto__ json': () => Object.freeze(protoJson()),
  'null prototype': () => Object.assign(Object.create(null), { polluted: 1 }),
  'sparse array of 65,536 holes': () => new Array(2 ** 16),
  'a Date whose getTime throws': () => {
    const date = new Date(0);
    Object.defineProperty(date, 'getTime', {
      value: () => {
        throw new Error('getTime');
      },
    });
    return date;
  },
};

/** Values built to break readers: throwing getters and traps, revoked proxies, prototype keys, frozen shapes. */
export const hostileArb: fc.Arbitrary<Lazy> = fc
  .constantFrom(...Object.keys(HOSTILE))
  .map((label) => new Lazy(label, HOSTILE[label] as () => unknown));

/** Strings of every kind: ASCII, graphemes, lone surrogates, and near-misses of valid values. */
export const stringArb: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u200b3018',
    '３０１８',
    '24:00',
    '23:60',
    '9:00',
    'javascript:alert(1)',
    'http://e-enfance.org/',
    'https://',
    'data:text/html,<script>',
    'tel:3018',
    '+',
    '+33',
    'Europe/Paris ',
    'europe/paris',
    'Etc/GMT+14',
    'fr_FR',
    '!!',
    'x-private',
    '__proto__',
    'constructor',
    'toString',
    'MON',
    '2026-02-30',
    '0000-01-01',
    'all',
  ),
);

/** Any value at all: JS values of every type, strings of every kind, and hostile objects (as `Lazy`: call `realize`). */
export const anyValueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    stringUnit: 'binary',
  }),
  stringArb,
  hostileArb,
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 8.64e15 + 1, Symbol('s'), () => undefined, new Date(Number.NaN)),
);

/** Errors: an array of `{ code, path, message }` with string fields and a documented code. */
export function expectErrorList(errors: unknown): asserts errors is ConfigError[] {
  expect(Array.isArray(errors)).toBe(true);
  // One assertion for the whole list: a list can hold 100k errors.
  const bad = (errors as unknown[]).filter((error) => {
    if (typeof error !== 'object' || error === null) return true;
    const { code, path, message } = error as Record<string, unknown>;
    return (
      Object.keys(error).sort().join() !== 'code,message,path' ||
      !ERROR_CODES.includes(code as ConfigErrorCode) ||
      typeof path !== 'string' ||
      typeof message !== 'string' ||
      message === ''
    );
  });
  expect(bad.slice(0, 3)).toEqual([]);
}

/** The contract of every decision, whatever the input. */
export function expectSoundDecision(decision: Decision): void {
  expect(REASONS).toContain(decision.reason);
  expectErrorList(decision.errors);
  expect(decision.reason === 'invalid-config').toBe(decision.errors.length > 0);
  expect(typeof decision.open).toBe('boolean');
  for (const instant of [decision.opensAt, decision.closesAt, decision.changesAt]) {
    expect(instant === null || (instant instanceof Date && Number.isFinite(instant.getTime()))).toBe(true);
  }
  for (const key of TEXT_KEYS) expect(typeof decision.texts[key]).toBe('string');
  switch (decision.kind) {
    case 'none':
      // Nothing only for a report the policy does not cover, or a closed line the platform hides (DESIGN rules 2 and 6).
      expect(['not-covered', 'closed']).toContain(decision.reason);
      break;
    case 'call':
      expect(decision.reason).toBe('open');
      expect(decision.href).toMatch(/^tel:\+?\d+$/);
      expect(typeof decision.number).toBe('string');
      break;
    case 'link': {
      const url = URL.canParse(decision.href) ? new URL(decision.href) : undefined;
      expect(url?.protocol).toBe('https:');
      expect(url?.hostname).not.toBe('');
      break;
    }
    default:
      expect.unreachable(`kind ${(decision as { kind: unknown }).kind}`);
  }
}

const OBJECT_PROTOTYPE_KEYS = Reflect.ownKeys(Object.prototype);
const ARRAY_PROTOTYPE_KEYS = Reflect.ownKeys(Array.prototype);

/** Nothing was added to, or changed on, the shared prototypes. */
export function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect(Reflect.ownKeys(Object.prototype)).toEqual(OBJECT_PROTOTYPE_KEYS);
  expect(Reflect.ownKeys(Array.prototype)).toEqual(ARRAY_PROTOTYPE_KEYS);
  expect(Object.getPrototypeOf(Object.prototype)).toBeNull();
}
