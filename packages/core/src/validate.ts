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
const INPUT_KEYS = ['now', 'report', 'policy', 'helpline', 'device', 'locale', 'messages', 'timeZone', 'formatPhone'];
const POLICY_KEYS = ['action', 'whenClosed', 'categories', 'roles'];

type Bag = Record<string, unknown>;

/** Collects problems while reading untrusted values: getters may throw, proxies may lie. */
class Checker {
  readonly errors: ConfigError[] = [];

  add(code: ConfigErrorCode, path: string, message: string): undefined {
    this.errors.push({ code, path, message: `${path || 'input'}: ${message}` });
    return undefined;
  }

  /** `value[key]`, or `undefined` (and an error) when reading it throws. */
  read(value: Bag, key: string, path: string): unknown {
    try {
      return value[key];
    } catch {
      return this.add('unreadable', path, 'reading this value threw an error.');
    }
  }

  /** An own-keys list, checked against the known ones. */
  keys(value: Bag, known: readonly string[], path: string): void {
    let keys: string[];
    try {
      keys = Object.keys(value);
    } catch {
      this.add('unreadable', path, 'its keys cannot be listed.');
      return;
    }
    for (const key of keys) {
      if (!known.includes(key)) this.add('unknown-key', join(path, key), `unknown option; expected one of ${known.join(', ')}.`);
    }
  }

  /** A plain object, or `undefined` with an error. */
  record(value: unknown, path: string, what: string): Bag | undefined {
    if (isRecord(value)) return value;
    if (value === undefined) return this.add('missing', path, `${what} is required.`);
    return this.add('invalid-type', path, `expected ${what}, got ${describe(value)}.`);
  }

  /** An array, or `undefined` with an error. */
  list(value: unknown, path: string, what: string): unknown[] | undefined {
    if (Array.isArray(value)) return value;
    if (value === undefined) return this.add('missing', path, `${what} is required.`);
    return this.add('invalid-type', path, `expected ${what}, got ${describe(value)}.`);
  }

  /** A non-empty string, or `undefined` with an error. */
  text(value: unknown, path: string, required = true): string | undefined {
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (value === undefined && !required) return undefined;
    if (value === undefined) return this.add('missing', path, 'a non-empty string is required.');
    return this.add('invalid-type', path, `expected a non-empty string, got ${describe(value)}.`);
  }

  /** One of a few strings, or `undefined` with an error. */
  choice<T extends string>(value: unknown, options: readonly T[], path: string): T | undefined {
    if (options.includes(value as T)) return value as T;
    return this.add('invalid-value', path, `expected ${options.map((option) => `"${option}"`).join(' or ')}, got ${describe(value)}.`);
  }

  /** Items of an array, each read safely, with its path. */
  items(list: unknown[], path: string): [unknown, string][] {
    const out: [unknown, string][] = [];
    let length = 0;
    try {
      length = list.length;
    } catch {
      this.add('unreadable', path, 'its length cannot be read.');
    }
    for (let index = 0; index < length; index++) {
      const itemPath = join(path, String(index));
      out.push([this.read(list as unknown as Bag, String(index), itemPath), itemPath]);
    }
    return out;
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

export function isRecord(value: unknown): value is Bag {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, safe description of a value for error messages. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null || Array.isArray(value)) return value === null ? 'null' : 'an array';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The https URL, normalized, or `undefined`. */
export function httpsUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || !URL.canParse?.(value.trim())) return undefined;
  const url = new URL(value.trim());
  return url.protocol === 'https:' && url.hostname !== '' ? url.href : undefined;
}

/** A canonical BCP 47 tag, or `undefined` when malformed. */
export function canonicalLocale(value: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(value)[0];
  } catch {
    return undefined;
  }
}

function checkTime(check: Checker, value: unknown, path: string, isOpen: boolean): number | undefined {
  const minutes = parseLocalTime(value);
  if (minutes === undefined || (isOpen && minutes === 1440)) {
    const range = isOpen ? '00:00 to 23:59' : '00:00 to 24:00';
    return check.add('invalid-time', path, `${describe(value)} is not a time: write HH:MM from ${range}.`);
  }
  return minutes;
}

function checkSpan(check: Checker, value: unknown, path: string, keys: readonly string[]): Bag | undefined {
  const span = check.record(value, path, 'an object with open and close');
  if (!span) return undefined;
  check.keys(span, keys, path);
  const open = checkTime(check, check.read(span, 'open', join(path, 'open')), join(path, 'open'), true);
  const close = checkTime(check, check.read(span, 'close', join(path, 'close')), join(path, 'close'), false);
  if (open !== undefined && open === close) {
    check.add('empty-span', join(path, 'close'), 'close equals open; for a whole day write open "00:00" and close "24:00".');
  }
  return span;
}

function checkSchedule(check: Checker, value: unknown, path: string): void {
  const schedule = check.record(value, path, 'a schedule object');
  if (!schedule) return;
  check.keys(schedule, ['timeZone', 'weekly', 'exceptions'], path);
  const zone = check.read(schedule, 'timeZone', join(path, 'timeZone'));
  if (zone === undefined) check.add('missing', join(path, 'timeZone'), 'an IANA time zone such as "Europe/Paris" is required.');
  else if (!isTimeZone(zone)) check.add('invalid-time-zone', join(path, 'timeZone'), `${describe(zone)} is not a known IANA time zone.`);

  const weekly = check.list(check.read(schedule, 'weekly', join(path, 'weekly')), join(path, 'weekly'), 'an array of hours');
  for (const [item, itemPath] of weekly ? check.items(weekly, join(path, 'weekly')) : []) {
    const hours = checkSpan(check, item, itemPath, ['days', 'open', 'close']);
    if (!hours) continue;
    const days = check.list(check.read(hours, 'days', join(itemPath, 'days')), join(itemPath, 'days'), 'an array of weekdays');
    if (days?.length === 0) check.add('empty-days', join(itemPath, 'days'), 'list at least one day ("mon" … "sun").');
    for (const [day, dayPath] of days ? check.items(days, join(itemPath, 'days')) : []) {
      if (!WEEKDAYS.includes(day as never)) check.add('invalid-weekday', dayPath, `${describe(day)} is not a weekday: use "mon" … "sun".`);
    }
  }

  const exceptions = check.read(schedule, 'exceptions', join(path, 'exceptions'));
  if (exceptions === undefined) return;
  const list = check.list(exceptions, join(path, 'exceptions'), 'an array of date exceptions');
  for (const [item, itemPath] of list ? check.items(list, join(path, 'exceptions')) : []) {
    const exception = check.record(item, itemPath, 'an object with date and hours');
    if (!exception) continue;
    check.keys(exception, ['date', 'hours'], itemPath);
    const date = check.read(exception, 'date', join(itemPath, 'date'));
    if (parseDate(date) === undefined)
      check.add('invalid-date', join(itemPath, 'date'), `${describe(date)} is not a date: write YYYY-MM-DD.`);
    const hours = check.list(
      check.read(exception, 'hours', join(itemPath, 'hours')),
      join(itemPath, 'hours'),
      'an array of spans ([] = closed)',
    );
    for (const [span, spanPath] of hours ? check.items(hours, join(itemPath, 'hours')) : [])
      checkSpan(check, span, spanPath, ['open', 'close']);
  }
}

/** Every problem with a schedule, each naming its path under `path`. */
export function validateSchedule(value: unknown, path = 'schedule'): ConfigError[] {
  const check = new Checker();
  checkSchedule(check, value, path);
  return check.errors;
}

function checkCountry(check: Checker, value: unknown, path: string): string | undefined {
  if (typeof value === 'string' && /^[a-z]{2}$/i.test(value)) return value.toUpperCase();
  return check.add('invalid-country', path, `${describe(value)} is not an ISO 3166-1 alpha-2 region such as "FR".`);
}

interface CheckedHelpline {
  helpline: Helpline;
  phone?: PhoneNumber;
  valid: boolean;
  scheduleValid: boolean;
}

function checkHelpline(check: Checker, value: unknown, formatPhone: PhoneFormatter): CheckedHelpline {
  const path = 'helpline';
  const before = check.errors.length;
  const helpline = check.record(value, path, 'a helpline object');
  if (!helpline) return { helpline: HELPLINE_3018, valid: false, scheduleValid: false };
  const field = (key: string) => check.read(helpline, key, join(path, key));

  const id = check.text(field('id'), join(path, 'id'));
  const name = check.text(field('name'), join(path, 'name'));
  check.text(field('organisation'), join(path, 'organisation'), false);
  check.text(field('source'), join(path, 'source'), false);
  const verifiedAt = field('verifiedAt');
  if (verifiedAt !== undefined && parseDate(verifiedAt) === undefined) {
    check.add('invalid-date', join(path, 'verifiedAt'), `${describe(verifiedAt)} is not a date: write YYYY-MM-DD.`);
  }

  const rawWebsite = field('website');
  const website = httpsUrl(rawWebsite);
  if (!website) {
    if (rawWebsite === undefined) check.add('missing', join(path, 'website'), 'an https URL is required.');
    else check.add('invalid-url', join(path, 'website'), `${describe(rawWebsite)} is not an https URL.`);
  }

  const rawPhone = field('phone');
  let phone: PhoneNumber | undefined;
  if (rawPhone !== undefined) {
    phone = typeof rawPhone === 'string' ? safePhone(formatPhone, rawPhone) : undefined;
    if (!phone)
      check.add(
        'invalid-phone',
        join(path, 'phone'),
        `${describe(rawPhone)} is not a short code (3018) or an international number (+33 …).`,
      );
  }

  const callable = check.list(field('callableFrom'), join(path, 'callableFrom'), 'an array of regions such as ["FR"]');
  for (const [region, regionPath] of callable ? check.items(callable, join(path, 'callableFrom')) : [])
    checkCountry(check, region, regionPath);

  const scheduleErrors = check.errors.length;
  checkSchedule(check, field('schedule'), join(path, 'schedule'));
  const scheduleValid = check.errors.length === scheduleErrors;

  if (check.errors.length === before) return { helpline: helpline as unknown as Helpline, phone, valid: true, scheduleValid };
  // Unusable: keep what is sound so that the fail-safe link still names the right service.
  if (!website) return { helpline: HELPLINE_3018, valid: false, scheduleValid: false };
  const fallback: Helpline = {
    id: id ?? name ?? new URL(website).hostname,
    name: name ?? new URL(website).hostname,
    website,
    callableFrom: [],
    schedule: scheduleValid ? (field('schedule') as Helpline['schedule']) : { timeZone: 'UTC', weekly: [] },
  };
  return { helpline: fallback, phone: undefined, valid: false, scheduleValid };
}

function safePhone(formatPhone: PhoneFormatter, phone: string): PhoneNumber | undefined {
  try {
    const result = formatPhone(phone);
    return result && typeof result.href === 'string' && /^tel:\+?\d+$/.test(result.href) ? result : undefined;
  } catch {
    return undefined;
  }
}

/** The input, checked and with defaults filled in. */
export interface Config {
  now?: number;
  category?: string;
  role: Role;
  country?: string;
  policy: Policy;
  helpline: Helpline;
  helplineValid: boolean;
  scheduleValid: boolean;
  phone?: PhoneNumber;
  canDial: boolean;
  locale: string;
  language: Language;
  messages: Messages;
  timeZone?: string;
  errors: ConfigError[];
}

export const DEFAULT_POLICY: Readonly<Omit<Policy, 'categories'>> = { action: 'call', whenClosed: 'link', roles: ['victim', 'witness'] };

function checkPolicy(check: Checker, value: unknown): Policy {
  const policy: Policy = { ...DEFAULT_POLICY, roles: [...DEFAULT_POLICY.roles], categories: [...DEFAULT_CATEGORIES] };
  if (value === undefined) return policy;
  const given = check.record(value, 'policy', 'a policy object');
  if (!given) return policy;
  check.keys(given, POLICY_KEYS, 'policy');
  const field = (key: string) => check.read(given, key, join('policy', key));
  const action = field('action');
  if (action !== undefined) policy.action = check.choice(action, ['call', 'link'], 'policy.action') ?? policy.action;
  const whenClosed = field('whenClosed');
  if (whenClosed !== undefined) policy.whenClosed = check.choice(whenClosed, ['link', 'hide'], 'policy.whenClosed') ?? policy.whenClosed;
  const categories = field('categories');
  if (categories === 'all') policy.categories = 'all';
  else if (categories !== undefined) {
    const list = Array.isArray(categories)
      ? categories
      : check.add('invalid-type', 'policy.categories', `expected "all" or an array of category strings, got ${describe(categories)}.`);
    if (list) policy.categories = check.items(list, 'policy.categories').map(([item, path]) => check.text(item, path)?.toLowerCase() ?? '');
  }
  const roles = field('roles');
  if (roles !== undefined) {
    const list = check.list(roles, 'policy.roles', 'an array of roles');
    if (list) policy.roles = check.items(list, 'policy.roles').flatMap(([item, path]) => check.choice(item, ROLES, path) ?? []);
  }
  return policy;
}

function checkMessages(check: Checker, value: unknown, locale: string): Messages {
  const merged: Messages = {};
  if (value === undefined) return merged;
  const byLocale = check.record(value, 'messages', 'an object of texts per locale');
  if (!byLocale) return merged;
  let tags: string[] = [];
  try {
    tags = Object.keys(byLocale);
  } catch {
    check.add('unreadable', 'messages', 'its keys cannot be listed.');
  }
  const language = locale.split('-')[0] as string;
  // Language-wide texts first, then those for the exact locale.
  const ordered = tags.sort((a, b) => a.length - b.length);
  for (const tag of ordered) {
    const path = join('messages', tag);
    const canonical = canonicalLocale(tag);
    if (!canonical) {
      check.add('invalid-locale', path, `${describe(tag)} is not a BCP 47 locale.`);
      continue;
    }
    const texts = check.record(check.read(byLocale, tag, path), path, 'an object of texts');
    if (!texts) continue;
    check.keys(texts, TEXT_KEYS, path);
    const applies = canonical.toLowerCase() === locale.toLowerCase() || canonical.toLowerCase() === language.toLowerCase();
    for (const key of TEXT_KEYS) {
      const text = check.read(texts, key, join(path, key));
      if (text === undefined) continue;
      if (typeof text !== 'string' && typeof text !== 'function') {
        check.add('invalid-type', join(path, key), `expected a string or a function, got ${describe(text)}.`);
      } else if (applies) merged[key] = text as Messages[TextKey];
    }
  }
  return merged;
}

/** Checks a whole input and fills in the defaults; never throws. */
export function checkInput(input: unknown): Config {
  const check = new Checker();
  const config: Config = {
    role: 'victim',
    policy: { ...DEFAULT_POLICY, roles: [...DEFAULT_POLICY.roles], categories: [...DEFAULT_CATEGORIES] },
    helpline: HELPLINE_3018,
    helplineValid: true,
    scheduleValid: true,
    canDial: true,
    locale: 'fr',
    language: 'fr',
    messages: {},
    errors: check.errors,
  };
  const bag = check.record(input, '', 'an object with at least now');
  if (!bag) return { ...config, helplineValid: true, phone: formatPhoneBasic(HELPLINE_3018.phone as string) };
  check.keys(bag, INPUT_KEYS, '');
  const field = (key: string) => check.read(bag, key, key);

  const now = field('now');
  if (now === undefined) check.add('missing', 'now', 'the instant to decide for is required (the core never reads the clock).');
  config.now = toTime(now);
  if (now !== undefined && config.now === undefined)
    check.add('invalid-now', 'now', `expected a valid Date or a finite number of milliseconds, got ${describe(now)}.`);

  checkReport(check, field('report'), config);
  config.policy = checkPolicy(check, field('policy'));

  const formatPhone = field('formatPhone');
  if (formatPhone !== undefined && typeof formatPhone !== 'function')
    check.add('invalid-type', 'formatPhone', `expected a function, got ${describe(formatPhone)}.`);
  const phoneFormatter = typeof formatPhone === 'function' ? (formatPhone as PhoneFormatter) : formatPhoneBasic;
  const helpline = field('helpline');
  const checked =
    helpline === undefined
      ? { helpline: HELPLINE_3018, phone: safePhone(phoneFormatter, '3018'), valid: true, scheduleValid: true }
      : checkHelpline(check, helpline, phoneFormatter);
  config.helpline = checked.helpline;
  config.phone = checked.phone;
  config.helplineValid = checked.valid;
  config.scheduleValid = checked.scheduleValid;

  const device = field('device');
  if (device !== undefined) {
    const given = check.record(device, 'device', 'an object with canDial');
    if (given) {
      check.keys(given, ['canDial'], 'device');
      const canDial = check.read(given, 'canDial', 'device.canDial');
      if (typeof canDial === 'boolean') config.canDial = canDial;
      else if (canDial === undefined) check.add('missing', 'device.canDial', 'true or false is required.');
      else check.add('invalid-type', 'device.canDial', `expected true or false, got ${describe(canDial)}.`);
    }
  }

  const locale = field('locale');
  if (locale !== undefined) {
    const canonical = typeof locale === 'string' ? canonicalLocale(locale) : undefined;
    if (canonical) config.locale = canonical;
    else check.add('invalid-locale', 'locale', `${describe(locale)} is not a BCP 47 locale such as "fr" or "en-GB".`);
  }
  config.language = /^fr(-|$)/i.test(config.locale) ? 'fr' : 'en';
  config.messages = checkMessages(check, field('messages'), config.locale);

  const timeZone = field('timeZone');
  if (timeZone !== undefined) {
    if (isTimeZone(timeZone)) config.timeZone = timeZone;
    else check.add('invalid-time-zone', 'timeZone', `${describe(timeZone)} is not a known IANA time zone.`);
  }
  return config;
}

function checkReport(check: Checker, value: unknown, config: Config): void {
  if (value === undefined) return;
  const report = check.record(value, 'report', 'a report object');
  if (!report) return;
  const category = check.read(report, 'category', 'report.category');
  config.category = check.text(category, 'report.category')?.toLowerCase();
  const role = check.read(report, 'role', 'report.role');
  if (role !== undefined) config.role = check.choice(role, ROLES, 'report.role') ?? 'victim';
  const country = check.read(report, 'country', 'report.country');
  if (country !== undefined) config.country = checkCountry(check, country, 'report.country');
}

/**
 * Every problem in a `decide()` input, as `{ code, path, message }`; `[]` when it is valid.
 * `decide()` reports the same errors and falls back to a link.
 */
export function validateConfig(input: unknown): ConfigError[] {
  return checkInput(input).errors;
}
