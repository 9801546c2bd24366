import { byContent, type Cached, deepFreeze, MAX_ITEMS } from './content.js';
import { describe } from './errors.js';
import { DEFAULT_CATEGORIES, HELPLINE_3018 } from './helplines.js';
import { parseLocalTime, toTime, WEEKDAYS } from './local-time.js';
import { formatPhoneBasic } from './phone-number.js';
import type {
  ConfigError,
  ConfigErrorCode,
  Helpline,
  Language,
  Messages,
  PhoneFormatter,
  PhoneNumber,
  Policy,
  Role,
  TextKey,
} from './types.js';
import { isTimeZone, parseDate } from './zone.js';

export const TEXT_KEYS: readonly TextKey[] = ['title', 'body', 'action', 'number', 'hours', 'status', 'privacy', 'copy', 'copied'];
const ROLES: readonly Role[] = ['victim', 'witness'];

/**
 * A rule reads an untrusted value once and returns a clean copy, or `undefined` after recording
 * why not. Copies, not the originals, flow on: a getter cannot change its answer later.
 */
type Rule<T = unknown> = (value: unknown, path: string, errors: ConfigError[]) => T | undefined;

/** Records `path: expected …, got ….`; a value that is not there at all is `missing`. */
function fail(
  errors: ConfigError[],
  code: ConfigErrorCode,
  path: string,
  expected: string,
  value: unknown,
  got = describe(value),
): undefined {
  errors.push({ code: value === undefined ? 'missing' : code, path, message: `${path || 'input'}: expected ${expected}, got ${got}.` });
}

/**
 * After this many problems the lists and objects still to read are left: whatever the input (ten
 * thousand rules sharing one array of ten thousand holes), the errors stay few and quick to make.
 */
const MAX_ERRORS = 100;

const join = (path: string, key: string | number): string => (path ? `${path}.${key}` : `${key}`);

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `holder[key]` through `rule`. Whatever throws on the way (a getter, a proxy trap, a revoked
 * proxy, a `Date` whose `getTime` throws) makes this one value `unreadable`, nothing more.
 */
function readField<T>(holder: unknown, key: string | number, path: string, rule: Rule<T>, errors: ConfigError[]): T | undefined {
  try {
    return rule((holder as Record<string, unknown>)[key], path, errors);
  } catch {
    return fail(errors, 'unreadable', path, 'a readable value', 0, 'an error when reading it');
  }
}

/** A leaf: `read` gives the clean value, or `undefined` when the value is not one. */
const check =
  <T>(code: ConfigErrorCode, expected: string, read: (value: unknown) => T | undefined): Rule<T> =>
  (value, path, errors) => {
    const clean = read(value);
    return clean === undefined ? fail(errors, code, path, expected, value) : clean;
  };

/** An optional field: `undefined` passes. */
const optional =
  <T>(rule: Rule<T>): Rule<T> =>
  (value, path, errors) =>
    value === undefined ? undefined : rule(value, path, errors);

/** Reads every field it knows into a clean copy, keeping the valid ones; `strict` also rejects unknown keys. */
function readFields(value: Record<string, unknown>, fields: Record<string, Rule>, path: string, errors: ConfigError[], strict = true) {
  const clean: Record<string, unknown> = {};
  if (strict) {
    for (const key of Object.keys(value)) {
      if (errors.length > MAX_ERRORS) break;
      // Own keys only: a key named `constructor` or `__proto__` is a typo like any other.
      if (!Object.hasOwn(fields, key)) fail(errors, 'unknown-key', join(path, key), `one of ${Object.keys(fields).join(', ')}`, key);
    }
  }
  for (const key in fields) {
    const result = readField(value, key, join(path, key), fields[key] as Rule, errors);
    if (result !== undefined) clean[key] = result;
  }
  return clean;
}

/** An object with these fields, all valid. The path names the object: "expected an object" says enough. */
const shape =
  <T>(fields: Record<string, Rule>, strict?: boolean): Rule<T> =>
  (value, path, errors) => {
    if (!isRecord(value)) return fail(errors, 'invalid-type', path, 'an object', value);
    const before = errors.length;
    const clean = readFields(value, fields, path, errors, strict);
    return errors.length === before ? (clean as T) : undefined;
  };

/** An array whose every item is valid (the path names it, as for objects); with `emptyCode`, `[]` is refused with that code. */
const list =
  <T>(item: Rule<T>, emptyCode?: ConfigErrorCode): Rule<T[]> =>
  (value, path, errors) => {
    if (!Array.isArray(value)) return fail(errors, 'invalid-type', path, 'an array', value);
    if (emptyCode && value.length === 0) return fail(errors, emptyCode, path, 'at least one item', value, '[]');
    // Not a hole at a time: `new Array(2 ** 32 - 1)` is cheap to make and would take minutes to read.
    if (value.length > MAX_ITEMS) return fail(errors, 'invalid-value', path, `at most ${MAX_ITEMS} items`, value, `${value.length}`);
    const before = errors.length;
    const clean: T[] = [];
    let index = 0;
    for (; index < value.length && errors.length <= MAX_ERRORS; index++) {
      const result = readField(value, index, join(path, index), item, errors);
      if (result !== undefined) clean.push(result);
    }
    // Left unread past the cap, a list is not sound (no hours from half a schedule), and says so.
    if (index < value.length)
      return fail(errors, 'invalid-value', path, `at most ${MAX_ERRORS} problems`, value, 'more: the rest was not read');
    return errors.length === before ? clean : undefined;
  };

/** The https URL, normalized, or `undefined`. */
export function httpsUrl(value: unknown): string | undefined {
  const url = typeof value === 'string' && URL.canParse(value.trim()) ? new URL(value.trim()) : undefined;
  return url?.protocol === 'https:' && url.hostname ? url.href : undefined;
}

/** Canonical BCP 47 tags by tag as given, `''` for malformed ones: `Intl` is slow to answer. */
const canonicalLocales = new Map<string, string>();

/** A canonical BCP 47 tag, or `undefined` when malformed. */
export function canonicalLocale(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let tag = canonicalLocales.get(value);
  if (tag === undefined) {
    try {
      tag = Intl.getCanonicalLocales(value)[0] ?? '';
    } catch {
      tag = '';
    }
    if (canonicalLocales.size > 255) canonicalLocales.clear();
    if (value.length < 64) canonicalLocales.set(value, tag); // not a megabyte of hostile text
  }
  return tag || undefined;
}

/** The formatted number, when `formatPhone` gives a sound one; a formatter that throws or lies gives none. */
export function safePhone(formatPhone: PhoneFormatter, phone: string): PhoneNumber | undefined {
  try {
    const result = formatPhone(phone);
    // The number is always in sight: what is shown must be digits too, not "" or "Appelez-nous".
    const { href, display } = result ?? {};
    return /^tel:\+?\d+$/.test(href as string) && typeof display === 'string' && /\d/.test(display) ? result : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A helpline's phone as decide() reads it: the number it dials and shows, formatted by
 * `formatPhone` (short codes and E.164 shapes without it), or `undefined` where it is rejected.
 */
export const phoneNumberOf = (phone: string, formatPhone: PhoneFormatter = formatPhoneBasic): PhoneNumber | undefined =>
  safePhone(formatPhone, phone);

const text = check('invalid-type', 'a non-empty string', (value) => (typeof value === 'string' && value.trim()) || undefined);
const oneOf = <T extends string>(...options: T[]) =>
  check('invalid-value', options.join(' or '), (value) => (options.includes(value as T) ? (value as T) : undefined));
const role = oneOf(...ROLES);
const region = check('invalid-country', 'a two-letter region such as FR', (value) =>
  typeof value === 'string' && /^[a-z]{2}$/i.test(value) ? value.toUpperCase() : undefined,
);
const date = check('invalid-date', 'a date YYYY-MM-DD', (value) => (parseDate(value) === undefined ? undefined : value));
const zone = check('invalid-time-zone', 'an IANA time zone such as Europe/Paris', (value) => (isTimeZone(value) ? value : undefined));
const time = (last: string) =>
  check('invalid-time', `a time HH:MM from 00:00 to ${last}`, (value) => {
    const minutes = parseLocalTime(value);
    return minutes === undefined || (minutes === 1440 && last < '24') ? undefined : value;
  });
const weekday = check('invalid-weekday', `one of ${WEEKDAYS.join(', ')}`, (value) =>
  WEEKDAYS.includes(value as never) ? value : undefined,
);

/** `[open, close)` after `fields`; a close equal to its open is refused (00:00-24:00 is a whole day). */
function span(fields: Record<string, Rule>): Rule {
  const rule = shape<{ close: string; open: string }>({ ...fields, open: time('23:59'), close: time('24:00') });
  return (value, path, errors) => {
    const clean = rule(value, path, errors);
    return clean?.open === clean?.close && clean
      ? fail(errors, 'empty-span', join(path, 'close'), 'a close other than the open', clean.close)
      : clean;
  };
}

const scheduleRule = shape({
  timeZone: zone,
  weekly: list(span({ days: list(weekday, 'empty-days') })),
  exceptions: optional(list(shape({ date, hours: list(span({})) }))),
});

/** Every problem with a schedule, each naming its path under `path`. */
export function validateSchedule(value: unknown, path = 'schedule'): ConfigError[] {
  const errors: ConfigError[] = [];
  readField([value], 0, path, scheduleRule, errors);
  return errors;
}

/** A helpline checked once: a sound copy (or 3018), its number, and what was wrong. */
export interface CheckedHelpline {
  helpline: Helpline;
  /** Set only for a valid helpline with a sound phone. */
  phone?: PhoneNumber;
  /** Whether `helpline.schedule` can be trusted: for `open` and the instants, and the hours and status texts. */
  scheduleValid: boolean;
  /** 3018 standing in for a helpline beyond use: its facts are true, but its hours are not told. */
  standIn?: boolean;
  errors: ConfigError[];
}

function checkHelpline(value: Record<string, unknown>, formatPhone: PhoneFormatter): CheckedHelpline {
  const errors: ConfigError[] = [];
  const phoneRule = check('invalid-phone', 'a short code (3018) or an international number (+33 …)', (value) =>
    typeof value === 'string' && safePhone(formatPhone, value) ? value : undefined,
  );
  const fields = {
    id: text,
    name: text,
    organisation: optional(text),
    phone: optional(phoneRule),
    callableFrom: list(region),
    website: check('invalid-url', 'an https URL', httpsUrl),
    schedule: scheduleRule,
    source: optional(text),
    verifiedAt: optional(date),
  };
  const clean: Partial<Helpline> = readFields(value, fields, 'helpline', errors, false);
  const phone = clean.phone === undefined ? undefined : safePhone(formatPhone, clean.phone);
  if (errors.length === 0) return { helpline: deepFreeze(clean as Helpline), phone, scheduleValid: true, errors };
  // Unusable: keep what is sound (number and hours too), so that the fail-safe link still names
  // the right service and the person can still read its number. Without a website of its own the
  // link goes to 3018's, but not its number: the person may be anywhere the host's line serves.
  if (!clean.website) return { ...FAIL_SAFE, errors };
  const name = clean.name ?? new URL(clean.website).hostname;
  const helpline: Helpline = deepFreeze({
    ...clean,
    id: clean.id ?? name,
    name,
    website: clean.website,
    callableFrom: clean.callableFrom ?? [],
    schedule: clean.schedule ?? { timeZone: 'UTC', weekly: [] },
  });
  return { helpline, phone, scheduleValid: !!clean.schedule, errors };
}

/** What a helpline the host got wrong beyond use gives: 3018's website, without its number or hours. */
const FAIL_SAFE: CheckedHelpline = { helpline: HELPLINE_3018, scheduleValid: true, standIn: true, errors: [] };

/** 3018, checked: its number formatted by `formatPhone`. */
function defaultHelpline(formatPhone: PhoneFormatter): CheckedHelpline {
  const phone = safePhone(formatPhone, HELPLINE_3018.phone as string);
  const errors: ConfigError[] = [];
  if (!phone) fail(errors, 'invalid-phone', 'formatPhone', `a formatter that reads ${HELPLINE_3018.phone}`, 0, 'no sound tel: number');
  return { helpline: HELPLINE_3018, phone, scheduleValid: true, errors };
}

/**
 * Checked helplines per formatter and helpline object, while the object holds the same data: a host
 * passes the same helpline on every render, and checking it (URL, zone, every span) costs more
 * than deciding.
 */
const checkedHelplines = new WeakMap<PhoneFormatter, WeakMap<object, Cached<CheckedHelpline>>>();
/** The key of the default helpline, which needs no checking, only its number formatted. */
const DEFAULT_HELPLINE = deepFreeze({});

function helplineOf(value: unknown, formatPhone: PhoneFormatter, errors: ConfigError[]): CheckedHelpline {
  if (value !== undefined && !isRecord(value)) {
    fail(errors, 'invalid-type', 'helpline', 'a helpline object', value);
    return FAIL_SAFE;
  }
  let cache = checkedHelplines.get(formatPhone);
  if (!cache) {
    cache = new WeakMap();
    checkedHelplines.set(formatPhone, cache);
  }
  const checked = byContent(cache, value ?? DEFAULT_HELPLINE, () =>
    value ? checkHelpline(value, formatPhone) : defaultHelpline(formatPhone),
  );
  for (const error of checked.errors) errors.push({ ...error });
  return checked;
}

/** The input, checked, copied and with defaults filled in. */
export interface Config extends Omit<CheckedHelpline, 'errors'> {
  now?: number;
  category?: string;
  /** The reporter's role; `undefined` without a report, where the host chose to show the hand-off. */
  role?: Role;
  country?: string;
  policy: Policy;
  canDial: boolean;
  locale: string;
  language: Language;
  messages: Messages;
  /** The texts the host gave for the locale itself, in a language without built-in texts (`de`). */
  translated: Set<string>;
  timeZone?: string;
  errors: ConfigError[];
}

const message = check('invalid-type', 'a string or a function', (value) =>
  typeof value === 'string' || typeof value === 'function' ? value : undefined,
);
const textsRule = shape<Messages>(Object.fromEntries(TEXT_KEYS.map((key) => [key, optional(message)])));
const localeRule = check('invalid-locale', 'a BCP 47 locale such as fr or en-GB', canonicalLocale);

/** Text overrides per locale, as `[lower-case canonical locale, texts]`. */
const messagesRule: Rule<[string, Messages][]> = (value, path, errors) => {
  if (!isRecord(value)) return fail(errors, 'invalid-type', path, 'an object', value);
  const clean: [string, Messages][] = [];
  for (const key of Object.keys(value)) {
    if (errors.length > MAX_ERRORS) break;
    const keyPath = join(path, key);
    const locale = localeRule(key, keyPath, errors);
    const texts = readField(value, key, keyPath, textsRule, errors);
    if (locale && texts) clean.push([locale.toLowerCase(), texts]);
  }
  return clean;
};

/** The input's fields as read, each present only when valid. */
interface Given {
  now?: number;
  report?: { category?: string; role?: Role; country?: string };
  policy?: Partial<Policy>;
  helpline?: unknown;
  device?: { canDial: boolean };
  locale?: string;
  messages?: [string, Messages][];
  timeZone?: string;
  formatPhone?: PhoneFormatter;
}

const inputFields: Record<keyof Given, Rule> = {
  now: check('invalid-now', 'a valid Date or a finite number of milliseconds', toTime),
  report: optional(
    shape(
      {
        // Optional: a report without a category is covered as far as the category goes.
        category: optional(
          check('invalid-type', 'a non-empty string', (value) => (typeof value === 'string' && value.trim().toLowerCase()) || undefined),
        ),
        role: optional(role),
        country: optional(region),
      },
      false,
    ),
  ),
  policy: optional(
    shape({
      action: optional(oneOf('call', 'link')),
      whenClosed: optional(oneOf('link', 'hide')),
      categories: optional((value, path, errors) => {
        if (value === 'all') return value;
        if (!Array.isArray(value)) return fail(errors, 'invalid-type', path, '"all" or an array', value);
        return list(text)(value, path, errors)?.map((category) => category.toLowerCase());
      }),
      roles: optional(list(role)),
    }),
  ),
  helpline: (value) => value,
  device: optional(shape({ canDial: check('invalid-type', 'true or false', (value) => (value === !!value ? value : undefined)) })),
  locale: optional(localeRule),
  messages: optional(messagesRule),
  timeZone: optional(zone),
  formatPhone: optional(check('invalid-type', 'a function', (value) => (typeof value === 'function' ? value : undefined))),
};

/** The input's valid fields; not an object, it is reported (as `invalid-type`, even when missing) and read as `{}`. */
const readInput: Rule<Given> = (value, path, errors) => {
  if (!isRecord(value)) fail(errors, 'invalid-type', path, 'an object', 0, describe(value));
  return readFields(isRecord(value) ? value : {}, inputFields, path, errors);
};

/** Checks a whole input, copies it and fills in the defaults; never throws. */
export function checkInput(input: unknown): Config {
  const errors: ConfigError[] = [];
  const given: Given = readField([input], 0, '', readInput, errors) ?? {};
  const formatPhone = given.formatPhone ?? formatPhoneBasic;
  const checked = readField([given.helpline], 0, 'helpline', (value) => helplineOf(value, formatPhone, errors), errors) ?? FAIL_SAFE;
  const locale = given.locale ?? 'fr';
  const language = /^fr(-|$)/i.test(locale) ? 'fr' : 'en';
  // The texts' language first (a German locale reads English texts, so English overrides), then the locale, from general to exact.
  const wanted = new Set([language, locale.split('-')[0] as string, locale].map((tag) => tag.toLowerCase()));
  const messages: Messages = {};
  const translated = new Set<string>();
  for (const tag of wanted)
    for (const [key, texts] of given.messages ?? [])
      if (key === tag) {
        Object.assign(messages, texts);
        if (tag !== language) for (const text in texts) translated.add(text);
      }
  const { report = {}, policy = {} } = given;
  return {
    now: given.now,
    category: report.category,
    role: given.report ? (report.role ?? 'victim') : undefined,
    country: report.country,
    policy: {
      action: policy.action ?? 'call',
      whenClosed: policy.whenClosed ?? 'link',
      categories: policy.categories ?? (DEFAULT_CATEGORIES as string[]),
      roles: policy.roles ?? (ROLES as Role[]),
    },
    helpline: checked.helpline,
    phone: checked.phone,
    scheduleValid: checked.scheduleValid,
    standIn: checked.standIn,
    canDial: given.device?.canDial ?? true,
    locale,
    language,
    messages,
    translated,
    timeZone: given.timeZone,
    errors,
  };
}

/**
 * Every problem in a `decide()` input, as `{ code, path, message }`; `[]` when it is valid.
 * `decide()` reports the same errors and falls back to a link.
 */
export function validateConfig(input: unknown): ConfigError[] {
  return checkInput(input).errors;
}
