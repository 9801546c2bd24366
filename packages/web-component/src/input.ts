import type { ConfigError, DecideInput, Device, Helpline, MessagesByLocale, PhoneFormatter, Policy, Report } from '@helpline-handoff/core';
import { detectCanDial, HELPLINE_3018, parseHours } from '@helpline-handoff/core';

/** The attributes the element reads; each change re-renders. */
export const ATTRIBUTES = [
  'action',
  'when-closed',
  'category',
  'role',
  'reporter-role',
  'country',
  'locale',
  'now',
  'can-dial',
  'reporter-time-zone',
  'helpline-name',
  'phone',
  'website',
  'hours',
  'time-zone',
  'callable-from',
  'heading-level',
  'unstyled',
] as const;

/** One of the element's attributes. */
export type AttributeName = (typeof ATTRIBUTES)[number];

/** The title's heading level from the `heading-level` attribute: 2 to 6, else 2 and a problem to warn about. */
export function readHeadingLevel(value: string | null): { level: HeadingLevel; problem?: string } {
  if (value === null) return { level: 2 };
  const level = Number(value.trim());
  if (value.trim() !== '' && Number.isInteger(level) && level >= 2 && level <= 6) return { level: level as HeadingLevel };
  return { level: 2, problem: `attribute "heading-level" = ${JSON.stringify(value)}: expected 2, 3, 4, 5 or 6.` };
}

/** A heading level for the title: `h1` is the page's. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** The attributes that together describe a custom helpline. */
const HELPLINE_ATTRIBUTES: readonly AttributeName[] = ['helpline-name', 'phone', 'website', 'hours', 'time-zone', 'callable-from'];

/** The object-valued options, set as properties. */
export interface HandoffProperties {
  helpline?: Helpline;
  policy?: Partial<Policy>;
  report?: Report;
  device?: Device;
  messages?: MessagesByLocale;
  formatPhone?: PhoneFormatter;
}

/** Where a part of the input came from, so that an error can name what the integrator wrote. */
interface Source {
  /** The input path it fills, e.g. `policy.action`. */
  path: string;
  /** `attribute "action"` or `property "policy"`. */
  name: string;
  /** The attribute's value, `null` when absent; `undefined` for properties. */
  value?: string | null;
}

/** A problem with what the integrator wrote, ready for one warning. */
export interface Problem {
  name: string;
  value?: string | null;
  message: string;
}

/** The decide() input read from the element, and what to warn about. */
export interface ElementInput {
  input: DecideInput;
  /** `now` was given: a frozen preview, so no timer. */
  frozen: boolean;
  /** Problems found before decide() (an unreadable `now` or `hours`). */
  problems: Problem[];
  /** Names the attribute or property behind an input path. */
  sourceOf(path: string): Source | undefined;
}

type Read = (name: AttributeName) => string | null;

/**
 * Values decide() validates itself: passed on as written, so that its errors (and its fail-safe
 * link) cover them, and then mapped back to the attribute.
 */
const unchecked = <T>(value: unknown): T => value as T;

class Reader {
  readonly sources: Source[] = [];
  readonly problems: Problem[] = [];
  constructor(readonly read: Read) {}

  /** The attribute's value, recorded as the source of `path` (even when absent, to name it in "missing"). */
  attribute(name: AttributeName, path: string): string | null {
    const value = this.read(name);
    this.sources.push({ path, name: `attribute "${name}"`, value });
    return value;
  }

  property(name: keyof HandoffProperties | string, path = name): void {
    this.sources.push({ path, name: `property "${name}"` });
  }

  problem(name: AttributeName, value: string, message: string): void {
    this.problems.push({ name: `attribute "${name}"`, value, message });
  }
}

/** Reads attributes over properties into a decide() input. Attributes win over the same field of a property. */
export function readInput(read: Read, props: HandoffProperties, now: number, nav: Navigator | undefined): ElementInput {
  const reader = new Reader(read);
  const input: DecideInput = { now };
  const frozen = readNow(reader, input);
  input.policy = readPolicy(reader, props.policy);
  input.report = readReport(reader, props.report);
  input.device = readDevice(reader, props.device, nav);
  input.helpline = readHelpline(reader, props.helpline);
  for (const [name, key] of [
    ['locale', 'locale'],
    ['reporter-time-zone', 'timeZone'],
  ] as const) {
    const value = read(name) === null ? null : reader.attribute(name, key);
    if (value !== null) input[key] = value;
  }
  if (props.messages !== undefined) {
    reader.property('messages');
    input.messages = props.messages;
  }
  if (props.formatPhone !== undefined) {
    reader.property('formatPhone');
    input.formatPhone = props.formatPhone;
  }
  for (const key of ['policy', 'report', 'device', 'helpline'] as const) if (input[key] === undefined) delete input[key];
  return { input, frozen, problems: reader.problems, sourceOf: (path) => sourceOf(reader.sources, path) };
}

/** The most specific source whose path is, or contains, `path`. */
function sourceOf(sources: Source[], path: string): Source | undefined {
  let best: Source | undefined;
  for (const source of sources) {
    const covers = path === source.path || path.startsWith(`${source.path}.`);
    if (covers && (!best || source.path.length > best.path.length)) best = source;
  }
  return best;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

function readNow(reader: Reader, input: DecideInput): boolean {
  const value = reader.read('now');
  if (value === null) return false;
  reader.attribute('now', 'now');
  // ISO 8601 (without an offset, the browser's local time, as Date reads it), or epoch milliseconds.
  const text = value.trim();
  const time = /^-?\d+$/.test(text) ? Number(text) : ISO_DATE_TIME.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(time)) {
    reader.problem('now', value, 'expected an ISO 8601 date-time such as "2025-06-10T10:00:00+02:00".');
    input.now = Number.NaN;
  } else input.now = time;
  return true;
}

function readPolicy(reader: Reader, given: Partial<Policy> | undefined): Partial<Policy> | undefined {
  if (given !== undefined) reader.property('policy');
  const action = reader.read('action') === null ? null : reader.attribute('action', 'policy.action');
  const whenClosed = reader.read('when-closed') === null ? null : reader.attribute('when-closed', 'policy.whenClosed');
  if (action === null && whenClosed === null) return given;
  const policy: Partial<Policy> = { ...(isObject(given) ? given : {}) };
  if (action !== null) policy.action = unchecked(action);
  if (whenClosed !== null) policy.whenClosed = unchecked(whenClosed);
  return policy;
}

function readReport(reader: Reader, given: Report | undefined): Report | undefined {
  if (given !== undefined) reader.property('report');
  const base: Partial<Report> = isObject(given) ? given : {};
  const report: Partial<Report> = { ...base };
  for (const [name, key] of [
    ['category', 'category'],
    ['role', 'role'],
    // `role` is DESIGN's name, but to assistive technology it is an ARIA role: `reporter-role` says
    // the same without that clash, and wins when both are set.
    ['reporter-role', 'role'],
    ['country', 'country'],
  ] as const) {
    const value = reader.read(name) === null ? null : reader.attribute(name, `report.${key}`);
    if (value !== null) report[key] = unchecked(value);
  }
  if (given === undefined && Object.keys(report).length === 0) return undefined;
  if (!isObject(given) && given !== undefined) return given; // decide() reports the wrong type.
  return report as Report;
}

function readDevice(reader: Reader, given: Device | undefined, nav: Navigator | undefined): Device {
  const value = reader.read('can-dial');
  if (value === null) {
    if (given !== undefined) reader.property('device');
    return given ?? { canDial: detectCanDial(nav) };
  }
  reader.attribute('can-dial', 'device.canDial');
  // A boolean attribute, where the common can-dial="false" still means false.
  const flag = value === '' || value === 'true' ? true : value === 'false' ? false : unchecked<boolean>(value);
  return { canDial: flag };
}

function readHelpline(reader: Reader, given: Helpline | undefined): Helpline | undefined {
  if (!HELPLINE_ATTRIBUTES.some((name) => reader.read(name) !== null)) {
    if (given !== undefined) reader.property('helpline');
    return given;
  }
  // With `helpline-name` the attributes describe a new helpline; without it they change the
  // `helpline` property's, or 3018's (new hours, say), and that helpline fills in the rest.
  const named = reader.read('helpline-name') !== null;
  const base: Partial<Helpline> = named ? {} : isObject(given) ? given : HELPLINE_3018;
  if (!named && given !== undefined) reader.property('helpline');
  const helpline: Record<string, unknown> = { ...base };
  // A new helpline answers for each of its fields, even a missing one (its warning names it).
  const text = (name: AttributeName, key: keyof Helpline) => {
    const value = named || reader.read(name) !== null ? reader.attribute(name, `helpline.${key}`) : null;
    if (value !== null) helpline[key] = value;
    return value;
  };
  const name = text('helpline-name', 'name');
  if (name !== null) {
    helpline.id = name;
    reader.sources.push({ path: 'helpline.id', name: 'attribute "helpline-name"', value: name });
  }
  const phone = text('phone', 'phone');
  text('website', 'website');
  const callableFrom = named || reader.read('callable-from') !== null ? reader.attribute('callable-from', 'helpline.callableFrom') : null;
  if (callableFrom !== null) helpline.callableFrom = callableFrom.split(/[\s,]+/).filter(Boolean);
  else if (named) helpline.callableFrom = [];
  const schedule = readSchedule(reader, base.schedule);
  // A line without a phone has no hours to keep; one with a phone must say when it answers.
  helpline.schedule = schedule ?? (phone === null && !('phone' in base) ? { timeZone: 'UTC', weekly: [] } : undefined);
  return unchecked(helpline);
}

function readSchedule(reader: Reader, base: Helpline['schedule'] | undefined): unknown {
  const hours = !base || reader.read('hours') !== null ? reader.attribute('hours', 'helpline.schedule') : null;
  const timeZone = !base || reader.read('time-zone') !== null ? reader.attribute('time-zone', 'helpline.schedule.timeZone') : null;
  if (hours === null) return timeZone === null || !base ? base : { ...base, timeZone };
  try {
    // The syntax is checked here; the zone by decide(), so that its error names `time-zone`.
    return { ...parseHours(hours, 'UTC'), timeZone: timeZone ?? base?.timeZone };
  } catch (error) {
    reader.problem('hours', hours, error instanceof Error ? error.message : String(error));
    return hours;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One warning per source: what was written, and every error decide() found in it. */
export function problemsOf(element: ElementInput, errors: readonly ConfigError[]): Problem[] {
  const problems = [...element.problems];
  const local = new Set(problems.map((problem) => problem.name));
  for (const error of errors) {
    const source = element.sourceOf(error.path);
    const name = source?.name ?? 'input';
    if (local.has(name)) continue; // Already explained, better, before decide().
    const same = problems.find((problem) => problem.name === name);
    if (same) same.message += ` ${error.message}`;
    else problems.push({ name, value: source?.value, message: error.message });
  }
  return problems;
}
