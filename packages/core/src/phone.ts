/**
 * Full phone-number handling, kept off the default path: libphonenumber-js weighs ~29 KB gzip.
 * Pass `formatPhone` to `decide()` (or the wrappers) when a helpline has a full number.
 */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import { formatShortCode } from './phone-number.js';
import type { PhoneFormatter } from './types.js';

/** Options of `createPhoneFormatter`. */
export interface PhoneFormatterOptions {
  /** The region of numbers written without `+`, such as `'FR'` for `01 23 45 67 89`. @default undefined (international numbers only) */
  defaultCountry?: CountryCode;
}

/** A formatter that validates full numbers with libphonenumber-js, dials them in E.164 and shows them in international format. */
export function createPhoneFormatter(options: PhoneFormatterOptions = {}): PhoneFormatter {
  return (phone) => {
    const short = formatShortCode(phone);
    if (short) return short;
    const parsed = parsePhoneNumberFromString(phone, options.defaultCountry);
    if (!parsed?.isValid()) return undefined;
    return { href: `tel:${parsed.number}`, display: parsed.formatInternational() };
  };
}

/** Validates full numbers written in international format (`+33 1 23 45 67 89`); short codes pass as they are. */
export const formatPhone: PhoneFormatter = createPhoneFormatter();
