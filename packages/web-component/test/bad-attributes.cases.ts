/** A custom helpline written with attributes: valid as it stands. */
export const CUSTOM_HELPLINE: Record<string, string> = {
  'helpline-name': 'Nummer gegen Kummer',
  phone: '116 111',
  website: 'https://www.nummergegenkummer.de/',
  hours: 'Mo-Sa 14:00-20:00',
  'time-zone': 'Europe/Berlin',
  'callable-from': 'DE',
};

export interface BadAttributeCase {
  attribute: string;
  value: string;
  /** Other attributes the case needs. */
  with?: Record<string, string>;
}

/** One bad value per attribute: each gets one warning naming it, and the fail-safe link. */
export const BAD_ATTRIBUTES: BadAttributeCase[] = [
  { attribute: 'action', value: 'phone' },
  { attribute: 'when-closed', value: 'never' },
  { attribute: 'role', value: 'bystander' },
  { attribute: 'country', value: 'France' },
  { attribute: 'locale', value: 'not a locale!' },
  { attribute: 'now', value: 'tomorrow' },
  { attribute: 'now', value: '2025' }, // a year, not 2,025 ms into 1970
  { attribute: 'now', value: '20250610' }, // ISO 8601's basic date, not milliseconds
  { attribute: 'now', value: '2025-02-30T10:00:00+01:00' }, // not in the calendar
  { attribute: 'now', value: '2025-06-10T25:00:00+02:00' },
  { attribute: 'now', value: '2025-06-10T10:00.5+02:00' }, // a fraction of a minute
  { attribute: 'now', value: '2025-13-10T10:00:00+02:00' }, // no thirteenth month
  { attribute: 'now', value: '2025-00-10T10:00:00+02:00' },
  { attribute: 'now', value: '1749542400' }, // epoch seconds, not milliseconds
  { attribute: 'can-dial', value: 'maybe' },
  { attribute: 'reporter-time-zone', value: 'Mars/Olympus' },
  { attribute: 'phone', value: 'call me', with: CUSTOM_HELPLINE },
  { attribute: 'website', value: 'javascript:alert(1)', with: CUSTOM_HELPLINE },
  { attribute: 'website', value: 'http://example.org/', with: CUSTOM_HELPLINE },
  { attribute: 'hours', value: 'Mo-Fx 09:00-18:00', with: CUSTOM_HELPLINE },
  { attribute: 'hours', value: 'whenever', with: CUSTOM_HELPLINE },
  { attribute: 'time-zone', value: 'Berlin', with: CUSTOM_HELPLINE },
  { attribute: 'callable-from', value: 'Germany', with: CUSTOM_HELPLINE },
];
