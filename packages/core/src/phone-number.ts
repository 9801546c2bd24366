import type { PhoneNumber } from './types.js';

const SEPARATORS = /[\s.\-()]/g;

/**
 * A short code such as `3018` or `116 111`: dialled as written, shown as written.
 * Short codes are not E.164, so libphonenumber-js cannot handle them.
 */
export function formatShortCode(phone: string): PhoneNumber | undefined {
  const display = phone.trim().replace(/\s+/g, ' ');
  const digits = display.replace(SEPARATORS, '');
  return /^\d{3,6}$/.test(digits) ? { href: `tel:${digits}`, display } : undefined;
}

/**
 * The default formatter, with no number metadata: short codes, and international numbers
 * checked for their E.164 shape only (`+` and 8 to 15 digits), shown as written.
 */
export function formatPhoneBasic(phone: string): PhoneNumber | undefined {
  const short = formatShortCode(phone);
  if (short) return short;
  const display = phone.trim().replace(/\s+/g, ' ');
  const digits = display.replace(SEPARATORS, '');
  return /^\+[1-9]\d{7,14}$/.test(digits) ? { href: `tel:${digits}`, display } : undefined;
}
