/**
 * Malformed inputs: each one gives `decide()` the fail-safe link and exactly these errors
 * (code and path). `href` is where the link goes: the configured website when it is a valid
 * https URL, else 3018's. Read by validate.test.ts.
 */
import { HELPLINE_3018 } from '../src/helplines.js';
import type { ConfigErrorCode, Helpline } from '../src/types.js';

export const NOW = new Date('2026-06-10T12:00+02:00');
export const CUSTOM_WEBSITE = 'https://www.nummergegenkummer.de/';

/** A valid custom helpline: Nummer gegen Kummer, Mon-Sat 14:00-20:00 Berlin time. */
export const CUSTOM: Helpline = {
  id: 'nummer-gegen-kummer',
  name: 'Nummer gegen Kummer',
  phone: '116 111',
  callableFrom: ['DE'],
  website: CUSTOM_WEBSITE,
  schedule: { timeZone: 'Europe/Berlin', weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], open: '14:00', close: '20:00' }] },
};

export interface InvalidCase {
  name: string;
  input: unknown;
  errors: { code: ConfigErrorCode; path: string }[];
  href: string;
}

const with3018 = (fields: Record<string, unknown>) => ({ now: NOW, ...fields });
const withHelpline = (fields: Record<string, unknown>) => ({ now: NOW, helpline: { ...CUSTOM, ...fields } });
const withSchedule = (fields: Record<string, unknown>) => withHelpline({ schedule: { ...CUSTOM.schedule, ...fields } });
const withHours = (fields: Record<string, unknown>) => withSchedule({ weekly: [{ ...CUSTOM.schedule.weekly[0], ...fields }] });
const throwing = (key: string, base: object = {}) =>
  Object.defineProperty({ ...base }, key, {
    enumerable: true,
    get() {
      throw new Error(`no ${key} for you`);
    },
  });

const FALLBACK = HELPLINE_3018.website;

export const invalidCases: InvalidCase[] = [
  // The input and now.
  {
    name: 'no input at all',
    input: undefined,
    errors: [
      { code: 'invalid-type', path: '' },
      { code: 'missing', path: 'now' },
    ],
    href: FALLBACK,
  },
  {
    name: 'an array as input',
    input: [],
    errors: [
      { code: 'invalid-type', path: '' },
      { code: 'missing', path: 'now' },
    ],
    href: FALLBACK,
  },
  { name: 'no now', input: {}, errors: [{ code: 'missing', path: 'now' }], href: FALLBACK },
  { name: 'now is NaN', input: { now: Number.NaN }, errors: [{ code: 'invalid-now', path: 'now' }], href: FALLBACK },
  {
    name: 'now is an Invalid Date',
    input: { now: new Date('2026-02-30T25:00') },
    errors: [{ code: 'invalid-now', path: 'now' }],
    href: FALLBACK,
  },
  { name: 'now is an ISO string', input: { now: '2026-06-10T12:00:00Z' }, errors: [{ code: 'invalid-now', path: 'now' }], href: FALLBACK },
  { name: 'now is Infinity', input: { now: Number.POSITIVE_INFINITY }, errors: [{ code: 'invalid-now', path: 'now' }], href: FALLBACK },
  { name: 'now is a getter that throws', input: throwing('now'), errors: [{ code: 'unreadable', path: 'now' }], href: FALLBACK },
  { name: 'an unknown option', input: with3018({ onEvent: () => {} }), errors: [{ code: 'unknown-key', path: 'onEvent' }], href: FALLBACK },

  // The report.
  {
    name: 'a report that is a string',
    input: with3018({ report: 'harassment' }),
    errors: [{ code: 'invalid-type', path: 'report' }],
    href: FALLBACK,
  },
  {
    name: 'a category that is not a string',
    input: with3018({ report: { category: 42 } }),
    errors: [{ code: 'invalid-type', path: 'report.category' }],
    href: FALLBACK,
  },
  {
    name: 'an empty category',
    input: with3018({ report: { category: '  ' } }),
    errors: [{ code: 'invalid-type', path: 'report.category' }],
    href: FALLBACK,
  },
  {
    name: 'an unknown role',
    input: with3018({ report: { category: 'harassment', role: 'bystander' } }),
    errors: [{ code: 'invalid-value', path: 'report.role' }],
    href: FALLBACK,
  },
  {
    name: 'a three-letter country',
    input: with3018({ report: { category: 'harassment', country: 'FRA' } }),
    errors: [{ code: 'invalid-country', path: 'report.country' }],
    href: FALLBACK,
  },

  // The policy.
  {
    name: 'an unknown action',
    input: with3018({ policy: { action: 'sms' } }),
    errors: [{ code: 'invalid-value', path: 'policy.action' }],
    href: FALLBACK,
  },
  {
    name: 'an unknown whenClosed',
    input: with3018({ policy: { whenClosed: 'never' } }),
    errors: [{ code: 'invalid-value', path: 'policy.whenClosed' }],
    href: FALLBACK,
  },
  {
    name: 'categories that are neither "all" nor an array',
    input: with3018({ policy: { categories: 'some' } }),
    errors: [{ code: 'invalid-type', path: 'policy.categories' }],
    href: FALLBACK,
  },
  {
    name: 'a category in the policy that is not a string',
    input: with3018({ policy: { categories: ['harassment', 7] } }),
    errors: [{ code: 'invalid-type', path: 'policy.categories.1' }],
    href: FALLBACK,
  },
  {
    name: 'an unknown role in the policy',
    input: with3018({ policy: { roles: ['judge'] } }),
    errors: [{ code: 'invalid-value', path: 'policy.roles.0' }],
    href: FALLBACK,
  },
  {
    name: 'a misspelt policy key',
    input: with3018({ policy: { actoin: 'link' } }),
    errors: [{ code: 'unknown-key', path: 'policy.actoin' }],
    href: FALLBACK,
  },
  { name: 'a null policy', input: with3018({ policy: null }), errors: [{ code: 'invalid-type', path: 'policy' }], href: FALLBACK },

  // Device, locale, zone, formatter, messages.
  {
    name: 'canDial as a string',
    input: with3018({ device: { canDial: 'yes' } }),
    errors: [{ code: 'invalid-type', path: 'device.canDial' }],
    href: FALLBACK,
  },
  {
    name: 'a device without canDial',
    input: with3018({ device: {} }),
    errors: [{ code: 'missing', path: 'device.canDial' }],
    href: FALLBACK,
  },
  {
    name: 'an unknown device key',
    input: with3018({ device: { canDial: true, mobile: true } }),
    errors: [{ code: 'unknown-key', path: 'device.mobile' }],
    href: FALLBACK,
  },
  {
    name: 'a locale with an underscore',
    input: with3018({ locale: 'fr_FR' }),
    errors: [{ code: 'invalid-locale', path: 'locale' }],
    href: FALLBACK,
  },
  {
    name: 'a locale that is a number',
    input: with3018({ locale: 33 }),
    errors: [{ code: 'invalid-locale', path: 'locale' }],
    href: FALLBACK,
  },
  {
    name: 'a city for a time zone',
    input: with3018({ timeZone: 'Paris' }),
    errors: [{ code: 'invalid-time-zone', path: 'timeZone' }],
    href: FALLBACK,
  },
  {
    name: 'formatPhone that is not a function',
    input: with3018({ formatPhone: 'libphonenumber' }),
    errors: [{ code: 'invalid-type', path: 'formatPhone' }],
    href: FALLBACK,
  },
  {
    name: 'messages that are a string',
    input: with3018({ messages: 'hello' }),
    errors: [{ code: 'invalid-type', path: 'messages' }],
    href: FALLBACK,
  },
  {
    name: 'messages for a malformed locale',
    input: with3018({ messages: { 'not a locale!': { title: 'x' } } }),
    errors: [{ code: 'invalid-locale', path: 'messages.not a locale!' }],
    href: FALLBACK,
  },
  {
    name: 'a message that is a number',
    input: with3018({ messages: { fr: { title: 42 } } }),
    errors: [{ code: 'invalid-type', path: 'messages.fr.title' }],
    href: FALLBACK,
  },
  {
    name: 'an unknown text key',
    input: with3018({ messages: { fr: { heading: 'x' } } }),
    errors: [{ code: 'unknown-key', path: 'messages.fr.heading' }],
    href: FALLBACK,
  },
  {
    name: 'a message getter that throws',
    input: with3018({ messages: { en: throwing('title') } }),
    errors: [{ code: 'unreadable', path: 'messages.en.title' }],
    href: FALLBACK,
  },

  // The helpline: the link goes to its website when that is sound.
  {
    name: 'a helpline that is a string',
    input: with3018({ helpline: '3018' }),
    errors: [{ code: 'invalid-type', path: 'helpline' }],
    href: FALLBACK,
  },
  {
    name: 'a javascript: website',
    input: withHelpline({ website: 'javascript:alert(1)' }),
    errors: [{ code: 'invalid-url', path: 'helpline.website' }],
    href: FALLBACK,
  },
  {
    name: 'an http website',
    input: withHelpline({ website: 'http://www.nummergegenkummer.de/' }),
    errors: [{ code: 'invalid-url', path: 'helpline.website' }],
    href: FALLBACK,
  },
  {
    name: 'a website that is not a URL',
    input: withHelpline({ website: 'nummergegenkummer.de' }),
    errors: [{ code: 'invalid-url', path: 'helpline.website' }],
    href: FALLBACK,
  },
  {
    name: 'no website',
    input: withHelpline({ website: undefined }),
    errors: [{ code: 'missing', path: 'helpline.website' }],
    href: FALLBACK,
  },
  {
    name: 'a website getter that throws',
    input: { now: NOW, helpline: throwing('website', CUSTOM) },
    errors: [{ code: 'unreadable', path: 'helpline.website' }],
    href: FALLBACK,
  },
  {
    name: 'a two-digit phone',
    input: withHelpline({ phone: '12' }),
    errors: [{ code: 'invalid-phone', path: 'helpline.phone' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'a phone given as a number',
    input: withHelpline({ phone: 116111 }),
    errors: [{ code: 'invalid-phone', path: 'helpline.phone' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'a truncated international number',
    input: withHelpline({ phone: '+49 800' }),
    errors: [{ code: 'invalid-phone', path: 'helpline.phone' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'a phone with letters',
    input: withHelpline({ phone: '0800-KUMMER' }),
    errors: [{ code: 'invalid-phone', path: 'helpline.phone' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'a country name in callableFrom',
    input: withHelpline({ callableFrom: ['Germany'] }),
    errors: [{ code: 'invalid-country', path: 'helpline.callableFrom.0' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'callableFrom as a string',
    input: withHelpline({ callableFrom: 'DE' }),
    errors: [{ code: 'invalid-type', path: 'helpline.callableFrom' }],
    href: CUSTOM_WEBSITE,
  },
  { name: 'no id', input: withHelpline({ id: undefined }), errors: [{ code: 'missing', path: 'helpline.id' }], href: CUSTOM_WEBSITE },
  {
    name: 'an empty name',
    input: withHelpline({ name: '' }),
    errors: [{ code: 'invalid-type', path: 'helpline.name' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'verifiedAt on 30 February',
    input: withHelpline({ verifiedAt: '2026-02-30' }),
    errors: [{ code: 'invalid-date', path: 'helpline.verifiedAt' }],
    href: CUSTOM_WEBSITE,
  },

  // The schedule.
  {
    name: 'no schedule',
    input: withHelpline({ schedule: undefined }),
    errors: [{ code: 'missing', path: 'helpline.schedule' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'an unknown time zone',
    input: withSchedule({ timeZone: 'Mars/Olympus' }),
    errors: [{ code: 'invalid-time-zone', path: 'helpline.schedule.timeZone' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'a misspelt timeZone key',
    input: withHelpline({ schedule: { timezone: 'Europe/Berlin', weekly: [] } }),
    errors: [
      { code: 'unknown-key', path: 'helpline.schedule.timezone' },
      { code: 'missing', path: 'helpline.schedule.timeZone' },
    ],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'no weekly hours',
    input: withHelpline({ schedule: { timeZone: 'Europe/Berlin' } }),
    errors: [{ code: 'missing', path: 'helpline.schedule.weekly' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'an opening at 25:00',
    input: withHours({ open: '25:00' }),
    errors: [{ code: 'invalid-time', path: 'helpline.schedule.weekly.0.open' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'an opening at 24:00',
    input: withHours({ open: '24:00' }),
    errors: [{ code: 'invalid-time', path: 'helpline.schedule.weekly.0.open' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'a closing at 24:01',
    input: withHours({ close: '24:01' }),
    errors: [{ code: 'invalid-time', path: 'helpline.schedule.weekly.0.close' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'an opening without a leading zero',
    input: withHours({ open: '9:00' }),
    errors: [{ code: 'invalid-time', path: 'helpline.schedule.weekly.0.open' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'an opening as a number',
    input: withHours({ open: 900 }),
    errors: [{ code: 'invalid-time', path: 'helpline.schedule.weekly.0.open' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'a close equal to the open',
    input: withHours({ open: '14:00', close: '14:00' }),
    errors: [{ code: 'empty-span', path: 'helpline.schedule.weekly.0.close' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'no days',
    input: withHours({ days: [] }),
    errors: [{ code: 'empty-days', path: 'helpline.schedule.weekly.0.days' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'an unknown weekday',
    input: withHours({ days: ['mon', 'funday'] }),
    errors: [{ code: 'invalid-weekday', path: 'helpline.schedule.weekly.0.days.1' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'a capitalized weekday',
    input: withHours({ days: ['Mon'] }),
    errors: [{ code: 'invalid-weekday', path: 'helpline.schedule.weekly.0.days.0' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'days as a string',
    input: withHours({ days: 'mon' }),
    errors: [{ code: 'invalid-type', path: 'helpline.schedule.weekly.0.days' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'an unknown key in hours',
    input: withHours({ opens: '14:00' }),
    errors: [{ code: 'unknown-key', path: 'helpline.schedule.weekly.0.opens' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'an exception on 30 February',
    input: withSchedule({ exceptions: [{ date: '2026-02-30', hours: [] }] }),
    errors: [{ code: 'invalid-date', path: 'helpline.schedule.exceptions.0.date' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'an exception date written the French way',
    input: withSchedule({ exceptions: [{ date: '25/12/2026', hours: [] }] }),
    errors: [{ code: 'invalid-date', path: 'helpline.schedule.exceptions.0.date' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'an exception without hours',
    input: withSchedule({ exceptions: [{ date: '2026-12-25' }] }),
    errors: [{ code: 'missing', path: 'helpline.schedule.exceptions.0.hours' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'an exception span that is empty',
    input: withSchedule({ exceptions: [{ date: '2026-12-24', hours: [{ open: '10:00', close: '10:00' }] }] }),
    errors: [{ code: 'empty-span', path: 'helpline.schedule.exceptions.0.hours.0.close' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'several problems at once, each reported',
    input: withHelpline({ phone: '12', schedule: { timeZone: 'Europe/Berlin', weekly: [{ days: [], open: '25:00', close: '10:00' }] } }),
    errors: [
      { code: 'invalid-phone', path: 'helpline.phone' },
      { code: 'empty-days', path: 'helpline.schedule.weekly.0.days' },
      { code: 'invalid-time', path: 'helpline.schedule.weekly.0.open' },
    ],
    href: CUSTOM_WEBSITE,
  },
  // Lists longer than any input needs: cheap to make, and a hang to read one hole at a time.
  {
    name: 'a million categories, all holes',
    input: with3018({ policy: { categories: new Array(1e6) } }),
    errors: [{ code: 'invalid-value', path: 'policy.categories' }],
    href: FALLBACK,
  },
  {
    name: 'callableFrom of length 2^32 - 1',
    input: withHelpline({ callableFrom: new Array(2 ** 32 - 1) }),
    errors: [{ code: 'invalid-value', path: 'helpline.callableFrom' }],
    href: CUSTOM_WEBSITE,
  },
  {
    name: 'weekly hours of length 2^32 - 1',
    input: withSchedule({ weekly: new Array(2 ** 32 - 1) }),
    errors: [{ code: 'invalid-value', path: 'helpline.schedule.weekly' }],
    href: CUSTOM_WEBSITE,
  },
];

/** Inputs that are valid, for the other direction. */
export const validInputs: { name: string; input: unknown }[] = [
  { name: 'only now', input: { now: NOW } },
  { name: 'now as milliseconds', input: { now: 0 } },
  { name: 'a report without a category', input: { now: NOW, report: { role: 'witness' } } },
  {
    name: 'a full custom helpline',
    input: { now: NOW, helpline: CUSTOM, report: { category: 'bullying', role: 'witness', country: 'de' } },
  },
  {
    name: 'every option',
    input: {
      now: NOW,
      report: { category: 'harassment', role: 'victim', country: 'FR' },
      policy: { action: 'link', whenClosed: 'hide', categories: 'all', roles: ['victim'] },
      helpline: { ...HELPLINE_3018, schedule: { ...HELPLINE_3018.schedule, exceptions: [{ date: '2026-12-25', hours: [] }] } },
      device: { canDial: false },
      locale: 'fr-CA',
      messages: { fr: { title: 'Titre' }, 'fr-CA': { body: () => 'Corps' } },
      timeZone: 'America/Toronto',
      formatPhone: (phone: string) => ({ href: `tel:${phone}`, display: phone }),
    },
  },
  { name: 'a helpline without a phone', input: { now: NOW, helpline: { ...CUSTOM, phone: undefined } } },
  {
    name: 'a thousand categories',
    input: { now: NOW, policy: { categories: Array.from({ length: 1000 }, (_, index) => `category-${index}`) } },
  },
];
