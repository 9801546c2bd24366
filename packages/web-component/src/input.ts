import type { ConfigError, DecideInput, Device, Helpline, MessagesByLocale, PhoneFormatter, Policy, Report } from '@helpline-handoff/core';
import { detectCanDial, HELPLINE_3018, parseHours, phoneNumberOf } from '@helpline-handoff/core';

/** The object-valued options, set as properties. */
export interface HandoffProperties {
  helpline?: Helpline;
  policy?: Partial<Policy>;
  report?: Report;
  device?: Device;
  messages?: MessagesByLocale;
  formatPhone?: PhoneFormatter;
}

/** The properties; each fills the decide() input field of the same name. */
export const PROPERTIES = [
  'helpline',
  'policy',
  'report',
  'device',
  'messages',
  'formatPhone',
] as const satisfies readonly (keyof HandoffProperties)[];

/** One of the element's attributes. */
export type AttributeName =
  | 'action'
  | 'when-closed'
  | 'category'
  | 'role'
  | 'reporter-role'
  | 'country'
  | 'locale'
  | 'now'
  | 'can-dial'
  | 'reporter-time-zone'
  | 'helpline-name'
  | 'phone'
  | 'website'
  | 'hours'
  | 'time-zone'
  | 'callable-from'
  | 'heading-level'
  | 'unstyled';

/** The attributes of presentation only, which decide() does not see. */
type PresentationAttribute = 'heading-level' | 'unstyled';

/**
 * Where each attribute goes in the decide() input (paths separated by spaces), in the order they apply:
 * `reporter-role` after `role`, so that it wins. Values go on as written (but for the few converted
 * below): decide() validates them, so that its errors, and its fail-safe link, cover them and can
 * name the attribute.
 */
const TARGETS = {
  action: 'policy.action',
  'when-closed': 'policy.whenClosed',
  category: 'report.category',
  role: 'report.role',
  // `role` is DESIGN's name, but to assistive technology an ARIA role: `reporter-role` says the
  // same without that clash.
  'reporter-role': 'report.role',
  country: 'report.country',
  locale: 'locale',
  now: 'now',
  'can-dial': 'device.canDial',
  'reporter-time-zone': 'timeZone',
  'helpline-name': 'helpline.id helpline.name',
  phone: 'helpline.phone',
  website: 'helpline.website',
  hours: 'helpline.schedule',
  'time-zone': 'helpline.schedule.timeZone',
  'callable-from': 'helpline.callableFrom',
} satisfies Record<Exclude<AttributeName, PresentationAttribute>, string>;

/** The attributes the element reads; each change re-renders. */
export const ATTRIBUTES = [...Object.keys(TARGETS), 'heading-level', 'unstyled'] as readonly AttributeName[];

/** ISO 8601 / RFC 3339: a date, then maybe a time (after `T` or a space) and an offset (`Z`, `+02`, `+0200`, `+02:00`). */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]((?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?)(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** The instant of an ISO 8601 text, or NaN; a date that is not in the calendar (30 February) is NaN too. */
function parseIsoInstant(text: string): number {
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return Number.NaN;
  const [, year, month, day, time, offset] = match;
  const calendar = new Date(0);
  calendar.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  if (calendar.getUTCMonth() !== Number(month) - 1 || calendar.getUTCDate() !== Number(day)) return Number.NaN;
  if (!time) return Date.parse(`${year}-${month}-${day}`);
  // Written the one way every engine's Date.parse reads: `T`, three digits of milliseconds, `±HH:MM`.
  const clock = time.replace(/\.(\d+)$/, (_, digits: string) => `.${`${digits}00`.slice(0, 3)}`);
  const zone = offset?.toUpperCase().replace(/^([+-]\d{2}):?(\d{2})?$/, (_, hours: string, minutes = '00') => `${hours}:${minutes}`) ?? '';
  return Date.parse(`${year}-${month}-${day}T${clock}${zone}`);
}

/** Keywords, read as HTML reads enumerated attributes: whatever the case. */
const keyword = (text: string): string => text.trim().toLowerCase();

/** The attributes read as something else than text; a thrown error is what to warn about. */
const CONVERT: Partial<Record<AttributeName, (text: string, previous: unknown) => unknown>> = {
  action: keyword,
  'when-closed': keyword,
  role: keyword,
  'reporter-role': keyword,
  // ISO 8601 (without an offset, the browser's local time, as Date reads it), or epoch
  // milliseconds: twelve digits or more (since 1973), so that "2025" is not read as two seconds
  // into 1970, nor epoch seconds (ten digits) as milliseconds.
  now(text) {
    const trimmed = text.trim();
    const time = /^-?\d{12,}$/.test(trimmed) ? Number(trimmed) : parseIsoInstant(trimmed);
    if (Number.isNaN(time)) throw new Error('expected an ISO 8601 date-time such as "2025-06-10T10:00:00+02:00".');
    return time;
  },
  // A boolean attribute (present, or can-dial="can-dial"), where the common can-dial="false" still means false.
  'can-dial': (text) => {
    const value = text.trim().toLowerCase();
    return value === '' || value === 'true' || value === 'can-dial' ? true : value === 'false' ? false : text;
  },
  'callable-from': (text) => text.split(/[\s,]+/).filter(Boolean),
  // Codes, as written around by templates (" FR "): spaces are no part of them.
  country: (text) => text.trim(),
  locale: (text) => text.trim(),
  // The syntax is checked here; the zone by decide(), so that its error names `time-zone`. New
  // hours alone keep the helpline's zone.
  hours: (text, previous) => ({ ...parseHours(text, 'UTC'), timeZone: (previous as { timeZone?: string } | undefined)?.timeZone }),
};

/** The decide() input read from the element, and where each part of it came from. */
export interface ElementInput {
  input: DecideInput;
  /** `now` was given: a frozen preview, so no timer. */
  frozen: boolean;
  /** How a warning names what fills each input path: `attribute "action" = "phone"`, `property "policy"`. */
  sources: Map<string, string>;
  /** What is wrong with a source, by its name, found before decide() (an unreadable `now` or `hours`). */
  problems: Map<string, string>;
}

/** Whether `phone` is a number other than 3018's, read as decide() reads it. */
function dialsAnotherLine(phone: string | null, format: unknown): boolean {
  const href =
    phone === null ? undefined : phoneNumberOf(phone, typeof format === 'function' ? (format as PhoneFormatter) : undefined)?.href;
  return href !== undefined && href !== `tel:${HELPLINE_3018.phone}`;
}

/** Reads attributes over properties into a decide() input. Attributes win over the same field of a property. */
export function readInput(
  read: (name: AttributeName) => string | null,
  props: HandoffProperties,
  now: number,
  nav?: Navigator,
): ElementInput {
  const input: Record<string, unknown> = { now };
  const sources = new Map<string, string>();
  const problems = new Map<string, string>();
  for (const key of PROPERTIES) {
    if (props[key] == null) continue; // null, as framework bindings pass for none, is unset too
    input[key] = props[key];
    sources.set(key, `property "${key}"`);
  }
  input.device ??= { canDial: detectCanDial(nav) };
  const targets = Object.entries(TARGETS) as [AttributeName, string][];
  // With `helpline-name` the attributes describe a new helpline, and answer for each of its fields,
  // even a missing one (its warning names it). Without it they change the `helpline` property's,
  // or 3018's (new hours, say), and that helpline fills in the rest. But a number other than 3018's
  // is another helpline: its texts would say "Le 3018 vous écoute", so it needs its own name.
  // A phone that is no number (empty, "3O18") is only a bad value, warned about as such.
  const named = read('helpline-name') !== null;
  const fresh = named || (!isObject(input.helpline) && dialsAnotherLine(read('phone'), input.formatPhone));
  // The integrator wrote `phone`: its warning says why a name, a website and hours are asked for.
  if (fresh && !named)
    problems.set(
      attribute('phone', read('phone')),
      'a number other than 3018\'s is another helpline, which needs its own "helpline-name".',
    );
  const described = targets.some(([name, path]) => path.startsWith('helpline.') && read(name) !== null);
  if (fresh) input.helpline = { callableFrom: [] };
  else if (described && !isObject(input.helpline)) input.helpline = HELPLINE_3018;
  for (const [name, paths] of targets) {
    const value = read(name);
    if (value === null && !(fresh && paths.startsWith('helpline.'))) continue;
    const source = attribute(name, value);
    const convert = CONVERT[name];
    for (const path of paths.split(' ')) {
      let applied = true;
      try {
        if (value !== null) applied = put(input, path, (previous) => (convert ? convert(value, previous) : value));
      } catch (error) {
        problems.set(source, error instanceof Error ? error.message : String(error));
        put(input, path, () => value);
      }
      // Not applied, the field is still the unreadable property's, which the warning names then.
      if (applied) sources.set(path, source);
    }
  }
  // A line without a phone has no hours to keep; one with a phone must say when it answers.
  const helpline = described ? copyOf(input.helpline) : undefined;
  if (helpline && !('phone' in helpline) && !helpline.schedule) input.helpline = { ...helpline, schedule: { timeZone: 'UTC', weekly: [] } };
  return { input: input as unknown as DecideInput, frozen: read('now') !== null, sources, problems };
}

/**
 * Sets `path` to `next(its value)`, copying the objects on the way: a property the host gave is
 * never changed. One that cannot be read stays as given, without the attribute (`false`): decide()
 * then reports it unreadable.
 */
function put(target: Record<string, unknown>, path: string, next: (previous: unknown) => unknown): boolean {
  const keys = path.split('.');
  const last = keys.pop() as string;
  for (const key of keys) {
    const copy = copyOf(target[key]);
    if (!copy) return false;
    target = target[key] = copy;
  }
  const previous = target[last];
  if (!copyOf(previous)) return false;
  target[last] = next(previous);
  return true;
}

/** An object, or what may be one: a revoked proxy says it is an object, then throws on every question. */
function isObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return !Array.isArray(value);
  } catch {
    return true;
  }
}

/** A copy of an object's fields, `{}` for anything else; `undefined` when they cannot be read (a getter that throws, a revoked proxy). */
function copyOf(value: unknown): Record<string, unknown> | undefined {
  try {
    return isObject(value) ? { ...value } : {};
  } catch {
    return undefined;
  }
}

/** One warning per source: what was written, and every error decide() found in it. */
export function warningsOf({ sources, problems }: ElementInput, errors: readonly ConfigError[]): string[] {
  const found = new Map<string, string[]>();
  for (const error of errors) {
    // The most specific source: the one of the error's path, or of the nearest path that contains it.
    const keys = error.path.split('.');
    while (keys.length > 0 && !sources.has(keys.join('.'))) keys.pop();
    const name = sources.get(keys.join('.')) ?? 'input';
    found.set(name, [...(found.get(name) ?? []), error.message]);
  }
  // A problem found before decide() explains its source better than decide()'s errors.
  for (const [name, message] of problems) found.set(name, [message]);
  return [...found].map(([name, messages]) => `${name}: ${messages.join(' ')}`);
}

/** How a warning names an attribute and what it says. */
export function attribute(name: AttributeName, value: string | null): string {
  return `attribute "${name}"${value === null ? ' is missing' : ` = ${JSON.stringify(value)}`}`;
}

/** A heading level for the title: `h1` is the page's. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** The title's heading level from the `heading-level` attribute: 2 (the default) to 6; `undefined` for any other value. */
export function readHeadingLevel(value: string | null): HeadingLevel | undefined {
  const level = value === null ? 2 : Number(value);
  return [2, 3, 4, 5, 6].includes(level) ? (level as HeadingLevel) : undefined;
}
