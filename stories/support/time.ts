/**
 * Stories pin the clock to a wall-clock time in Paris (3018's zone), so what a designer reads in
 * the control is what the helpline's schedule sees, whatever the zone of the machine.
 */

/** The default instant: Tuesday 10 March 2026, 14:00 in Paris, while 3018 answers. */
export const IN_HOURS = '2026-03-10T14:00';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return local - Math.floor(instant / 1000) * 1000;
}

/**
 * `'2026-03-10T14:00'` read as a wall-clock time in `timeZone` -> the instant. Twice-corrected so it
 * is right on both sides of a DST change; an invalid text gives an invalid Date (the wrappers then
 * show their fail-safe link, which is itself worth seeing).
 */
export function zonedInstant(local: string, timeZone = 'Europe/Paris'): Date {
  const match = LOCAL.exec(local.trim());
  if (!match) return new Date(Number.NaN);
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  const wall = Date.UTC(year as number, (month as number) - 1, day, hour, minute, second || 0);
  const first = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(first, timeZone));
}

/** The instant as people in `timeZone` read it: 'mardi 10 mars 2026, 14:00'. */
export function describeInstant(instant: Date, locale = 'fr', timeZone = 'Europe/Paris'): string {
  if (Number.isNaN(instant.getTime())) return 'invalid';
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'full', timeStyle: 'short' }).format(instant);
}
