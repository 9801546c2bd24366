import type { PhoneNumber } from './types.js';

/** `phone` dialled without its separators and shown as written, when its digits fit `shape`. */
function asWritten(phone: string, shape: RegExp): PhoneNumber | undefined {
  const display = phone.trim().replace(/\s+/g, ' ');
  // "+33 (0)1 …", "+49-(0)30 …": a (0) after the country code is the trunk prefix, dialled only from inside the
  // country, never after +33. Italy's and San Marino's 0 is part of the number (+39 06 …).
  const digits = display
    .replace(/^\+ ?(\d{1,3})[ .-]*\( ?0 ?\)/, (written, code) => (code === '39' || code === '378' ? written : `+${code}`))
    .replace(/[\s.\-()]/g, '');
  return shape.test(digits) ? { href: `tel:${digits}`, display } : undefined;
}

/**
 * A short code such as `3018` or `116 111`: dialled as written, shown as written.
 * Short codes are not E.164, so libphonenumber-js cannot handle them.
 */
export const formatShortCode = (phone: string): PhoneNumber | undefined => asWritten(phone, /^\d{3,6}$/);

/**
 * The default formatter, with no number metadata: short codes, and international numbers
 * checked for their E.164 shape only (`+` and 8 to 15 digits), shown as written.
 */
export const formatPhoneBasic = (phone: string): PhoneNumber | undefined => asWritten(phone, /^(\d{3,6}|\+[1-9]\d{7,14})$/);
