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
  Schedule,
  TextKey,
} from './types.js';
import { isTimeZone, parseDate } from './zone.js';

export const TEXT_KEYS: readonly TextKey[] = ['title', 'body', 'action', 'number', 'hours', 'status', 'privacy', 'copy', 'copied'];
const ROLES: readonly Role[] = ['victim', 'witness'];

/**
 * A validator reads an untrusted value once and returns a clean copy, or `undefined` after
 * recording why not. Copies, not the originals, flow on: a getter cannot change its answer later.
 */
type Validator<T> = (value: unknown, path: string, errors: ConfigError[]) => T | undefined;

function report(errors: ConfigError[], code: ConfigErrorCode, path: string, expected: string, ...value: [unknown?]): undefined {
  const got = value.length > 0 ? `, got ${describe(value[0])}` : '';
  errors.push({ code, path, message: `${path || 'input'}: expected ${expected}${got}.` });
  return undefined;
}

/** A short, safe description of a value for error messages. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null || isArray(value)) return value === null ? 'null' : 'an array';
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : `a ${typeof value}`;
}

/** A value that `read` turns into a clean one, or `undefined` when it is not; `undefined` itself is `missing`. */
function check<T>(code: ConfigErrorCode, expected: string, read: (value: unknown) => T | undefined): Validator<T> {
  return (value, path, errors) => {
    if (value === undefined) return report(errors, 'missing', path, expected);
    const clean = read(value);
    return clean === undefined ? report(errors, code, path, expected, value) : clean;
  };
}

/** An optional field: `undefined` passes. */
function optional<T>(validator: Validator<T>): Validator<T> {
  return (value, path, errors) => (value === undefined ? undefined : validator(value, path, errors));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !isArray(value);
}

/** `Array.isArray`, false where it throws (a revoked proxy). */
function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** What `read` returns for a value it could not read: its error is recorded, nothing more is said of it. */
const UNREADABLE: unique symbol = Symbol('unreadable');

/** Reads `value[key]`; a throwing getter or proxy trap becomes an `unreadable` error. */
function read(value: object, key: string, path: string, errors: ConfigError[]): unknown {
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    report(errors, 'unreadable', path, 'a readable value (reading it threw)');
    return UNREADABLE;
  }
}

function childPath(path: string, key: string | number): string {
  return path ? `${path}.${key}` : String(key);
}

/** Reads every field it knows into a clean copy, keeping the valid ones; `strict` also rejects unknown keys. */
function readFields<T>(
  value: Record<string, unknown>,
  fields: { [K in keyof T]: Validator<T[K]> },
  path: string,
  errors: ConfigError[],
  strict: boolean,
): Partial<T> {
  const clean: Partial<T> = {};
  if (strict) {
    try {
      for (const key of Object.keys(value)) {
        if (!(key in fields)) report(errors, 'unknown-key', childPath(path, key), `one of ${Object.keys(fields).join(', ')}`, key);
      }
    } catch {
      report(errors, 'unreadable', path, 'an object whose keys can be listed');
    }
  }
  for (const key in fields) {
    const field = childPath(path, key);
    const raw = read(value, key, field, errors);
    const result = raw === UNREADABLE ? undefined : fields[key](raw, field, errors);
    if (result !== undefined) clean[key] = result;
  }
  return clean;
}

/** An object with these fields, all valid (typos in `strict` ones hide nothing). */
function shape<T>(fields: { [K in keyof T]: Validator<T[K]> }, expected: string, strict = true): Validator<T> {
  return (value, path, errors) => {
    if (!isRecord(value))
      return value === undefined ? report(errors, 'missing', path, expected) : report(errors, 'invalid-type', path, expected, value);
    const before = errors.length;
    const clean = readFields(value, fields, path, errors, strict);
    return errors.length === before ? (clean as T) : undefined;
  };
}

/** An array whose every item is valid; `emptyCode` rejects an empty one. */
function list<T>(item: Validator<T>, expected: string, emptyCode?: ConfigErrorCode): Validator<T[]> {
  return (value, path, errors) => {
    if (!isArray(value))
      return value === undefined ? report(errors, 'missing', path, expected) : report(errors, 'invalid-type', path, expected, value);
    if (emptyCode && value.length === 0) return report(errors, emptyCode, path, `${expected}, not an empty one`);
    const before = errors.length;
    const clean: T[] = [];
    for (let index = 0; index < value.length; index++) {
      const raw = read(value, String(index), childPath(path, index), errors);
      const result = raw === UNREADABLE ? undefined : item(raw, childPath(path, index), errors);
      if (result !== undefined) clean.push(result);
    }
    return errors.length === before ? clean : undefined;
  };
}

/** The https URL, normalized, or `undefined`. */
export function httpsUrl(value: unknown): string | undefined {
  const url = typeof value === 'string' && URL.canParse(value.trim()) ? new URL(value.trim()) : undefined;
  return url?.protocol === 'https:' && url.hostname !== '' ? url.href : undefined;
}

/** A canonical BCP 47 tag, or `undefined` when malformed. */
export function canonicalLocale(value: unknown): string | undefined {
  try {
    return typeof value === 'string' ? Intl.getCanonicalLocales(value)[0] : undefined;
  } catch {
    return undefined;
  }
}

const text = check('invalid-type', 'a non-empty string', (value) => (typeof value === 'string' && value.trim() ? value.trim() : undefined));
const oneOf = <T extends string>(options: readonly T[]): Validator<T> =>
  check<T>('invalid-value', options.map((option) => `"${option}"`).join(' or '), (value) =>
    options.includes(value as T) ? (value as T) : undefined,
  );
const region = check('invalid-country', 'an ISO 3166-1 alpha-2 region such as "FR"', (value) =>
  typeof value === 'string' && /^[a-z]{2}$/i.test(value) ? value.toUpperCase() : undefined,
);
const date = check('invalid-date', 'a date YYYY-MM-DD', (value) => (parseDate(value) === undefined ? undefined : (value as string)));
const zone = check('invalid-time-zone', 'an IANA time zone such as "Europe/Paris"', (value) => (isTimeZone(value) ? value : undefined));
const time = (last: string) =>
  check('invalid-time', `a time HH:MM from 00:00 to ${last}`, (value) => {
    const minutes = parseLocalTime(value);
    return minutes === undefined || (last < '24:00' && minutes === 1440) ? undefined : (value as string);
  });

/** `[open, close)`; a close equal to its open is refused (write 00:00-24:00 for a whole day). */
function span<T extends { open: string; close: string }>(fields: { [K in keyof T]: Validator<T[K]> }): Validator<T> {
  const validate = shape(fields, 'an object with open and close');
  return (value, path, errors) => {
    const clean = validate(value, path, errors);
    if (clean === undefined || clean.open !== clean.close) return clean;
    return report(errors, 'empty-span', childPath(path, 'close'), 'a close different from open (00:00-24:00 is a whole day)', clean.close);
  };
}

const timeSpan = span({ open: time('23:59'), close: time('24:00') });
const weekday = check('invalid-weekday', 'a weekday "mon" … "sun"', (value) => (WEEKDAYS.includes(value as never) ? value : undefined));

const schedule: Validator<Schedule> = shape<Schedule>(
  {
    timeZone: zone,
    weekly: list(
      span({ days: list(weekday, 'an array of weekdays', 'empty-days'), open: time('23:59'), close: time('24:00') }),
      'an array of hours',
    ),
    exceptions: optional(
      list(
        shape({ date, hours: list(timeSpan, 'an array of spans ([] = closed)') }, 'an object with date and hours'),
        'an array of date exceptions',
      ),
    ),
  } as never,
  'a schedule object',
);

/** Every problem with a schedule, each naming its path under `path`. */
export function validateSchedule(value: unknown, path = 'schedule'): ConfigError[] {
  const errors: ConfigError[] = [];
  schedule(value, path, errors);
  return errors;
}

/** A helpline's fields, its phone checked by the formatter in use. */
function helplineFields(formatPhone: PhoneFormatter): { [K in keyof Helpline]-?: Validator<Helpline[K]> } {
  const phone = check('invalid-phone', 'a short code (3018) or an international number (+33 …)', (value) =>
    typeof value === 'string' && safePhone(formatPhone, value) ? value : undefined,
  );
  return {
    id: text,
    name: text,
    organisation: optional(text),
    phone: optional(phone),
    callableFrom: list(region, 'an array of regions such as ["FR"]'),
    website: check('invalid-url', 'an https URL', httpsUrl),
    schedule,
    source: optional(text),
    verifiedAt: optional(date),
  };
}

/** The configured helpline, or the sound parts of a broken one, or 3018. */
function checkHelpline(
  value: unknown,
  formatPhone: PhoneFormatter,
  errors: ConfigError[],
): { helpline: Helpline; valid: boolean; scheduleValid: boolean } {
  if (value === undefined) return { helpline: HELPLINE_3018, valid: true, scheduleValid: true };
  if (!isRecord(value)) {
    report(errors, 'invalid-type', 'helpline', 'a helpline object', value);
    return { helpline: HELPLINE_3018, valid: false, scheduleValid: false };
  }
  const before = errors.length;
  const clean = readFields(value, helplineFields(formatPhone), 'helpline', errors, false);
  if (errors.length === before) return { helpline: clean as Helpline, valid: true, scheduleValid: true };
  // Unusable: keep what is sound so that the fail-safe link still names the right service.
  if (!clean.website) return { helpline: HELPLINE_3018, valid: false, scheduleValid: false };
  const name = clean.name ?? new URL(clean.website).hostname;
  const helpline: Helpline = {
    id: clean.id ?? name,
    name,
    website: clean.website,
    callableFrom: [],
    schedule: clean.schedule ?? { timeZone: 'UTC', weekly: [] },
  };
  return { helpline, valid: false, scheduleValid: clean.schedule !== undefined };
}

export function safePhone(formatPhone: PhoneFormatter, phone: string): PhoneNumber | undefined {
  try {
    const result = formatPhone(phone);
    return result && /^tel:\+?\d+$/.test(result.href) && typeof result.display === 'string' ? result : undefined;
  } catch {
    return undefined;
  }
}

/** The input, checked, copied and with defaults filled in. */
export interface Config {
  now?: number;
  category?: string;
  role: Role;
  country?: string;
  policy: Policy;
  helpline: Helpline;
  /** Whether `helpline.schedule` can be trusted for hours and status. */
  scheduleValid: boolean;
  phone?: PhoneNumber;
  canDial: boolean;
  locale: string;
  language: Language;
  messages: Messages;
  timeZone?: string;
  errors: ConfigError[];
}

const policy = shape<Partial<Policy>>(
  {
    action: optional(oneOf(['call', 'link'] as const)),
    whenClosed: optional(oneOf(['link', 'hide'] as const)),
    categories: optional((value, path, errors) =>
      value === 'all'
        ? 'all'
        : list(text, '"all" or an array of category strings')(value, path, errors)?.map((category) => category.toLowerCase()),
    ),
    roles: optional(list(oneOf(ROLES), 'an array of roles')),
  },
  'a policy object',
);

const reportShape = shape(
  {
    category: check('invalid-type', 'a non-empty string', (value) =>
      typeof value === 'string' && value.trim() ? value.trim().toLowerCase() : undefined,
    ),
    role: optional(oneOf(ROLES)),
    country: optional(region),
  },
  'a report object',
  false,
);

const locale = check('invalid-locale', 'a BCP 47 locale such as "fr" or "en-GB"', canonicalLocale);
const message = check('invalid-type', 'a string or a function', (value) =>
  typeof value === 'string' || typeof value === 'function' ? value : undefined,
);
const messagesOfLocale = shape(Object.fromEntries(TEXT_KEYS.map((key) => [key, optional(message)])) as never, 'an object of texts');

/** Overrides for a locale: the language-wide ones (`fr`), then the exact locale's (`fr-CA`). */
function messagesFor(value: unknown, tag: string, errors: ConfigError[]): Messages {
  const merged: Messages = {};
  if (value === undefined) return merged;
  if (!isRecord(value)) return report(errors, 'invalid-type', 'messages', 'an object of texts per locale', value) ?? merged;
  const wanted = [tag.split('-')[0], tag].map((part) => part?.toLowerCase());
  let keys: string[];
  try {
    keys = Object.keys(value).sort((a, b) => a.length - b.length);
  } catch {
    return report(errors, 'unreadable', 'messages', 'an object whose keys can be listed') ?? merged;
  }
  for (const key of keys) {
    const path = childPath('messages', key);
    const canonical = canonicalLocale(key);
    if (!canonical) report(errors, 'invalid-locale', path, 'a BCP 47 locale', key);
    const raw = read(value, key, path, errors);
    const texts = raw === UNREADABLE ? undefined : (messagesOfLocale(raw, path, errors) as Messages | undefined);
    if (texts && canonical && wanted.includes(canonical.toLowerCase())) Object.assign(merged, texts);
  }
  return merged;
}

const inputFields = {
  now: check('invalid-now', 'a valid Date or a finite number of milliseconds', toTime),
  report: optional(reportShape),
  policy: optional(policy),
  helpline: (value: unknown) => value,
  device: optional(
    shape(
      { canDial: check('invalid-type', 'true or false', (value) => (typeof value === 'boolean' ? value : undefined)) },
      'an object with canDial',
    ),
  ),
  locale: optional(locale),
  messages: (value: unknown) => value,
  timeZone: optional(zone),
  formatPhone: optional(
    check('invalid-type', 'a function', (value) => (typeof value === 'function' ? (value as PhoneFormatter) : undefined)),
  ),
};

/** Checks a whole input, copies it and fills in the defaults; never throws. */
export function checkInput(input: unknown): Config {
  const errors: ConfigError[] = [];
  if (!isRecord(input)) report(errors, 'invalid-type', '', 'an object with at least now', input);
  const given = readFields(isRecord(input) ? input : {}, inputFields, '', errors, true);

  const formatPhone = given.formatPhone ?? formatPhoneBasic;
  const { helpline, valid, scheduleValid } = checkHelpline(given.helpline, formatPhone, errors);
  const tag = given.locale ?? 'fr';
  const chosen = given.policy ?? {};
  return {
    now: given.now,
    category: given.report?.category,
    role: given.report?.role ?? 'victim',
    country: given.report?.country,
    policy: {
      action: chosen.action ?? 'call',
      whenClosed: chosen.whenClosed ?? 'link',
      categories: chosen.categories ?? [...DEFAULT_CATEGORIES],
      roles: chosen.roles ?? [...ROLES],
    },
    helpline,
    scheduleValid,
    phone: valid && helpline.phone !== undefined ? safePhone(formatPhone, helpline.phone) : undefined,
    canDial: given.device?.canDial ?? true,
    locale: tag,
    language: /^fr(-|$)/i.test(tag) ? 'fr' : 'en',
    messages: messagesFor(given.messages, tag, errors),
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
