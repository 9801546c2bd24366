import { describe, expect, it } from 'vitest';
import { decide, HELPLINE_3018 } from '../src/index.js';
import { createPhoneFormatter, formatPhone } from '../src/phone.js';

describe('formatPhone (the /phone entry, libphonenumber-js)', () => {
  it('dials a full French number in E.164 and shows it in international format', () => {
    expect(formatPhone('+33 1 23 45 67 89')).toEqual({ href: 'tel:+33123456789', display: '+33 1 23 45 67 89' });
    expect(formatPhone('+33123456789')).toEqual({ href: 'tel:+33123456789', display: '+33 1 23 45 67 89' });
  });

  it('dials a German free number', () => {
    expect(formatPhone('+49 800 1110333')).toEqual({ href: 'tel:+498001110333', display: '+49 800 1110333' });
  });

  it('passes short codes through: libphonenumber-js would reject 3018', () => {
    expect(formatPhone('3018')).toEqual({ href: 'tel:3018', display: '3018' });
    expect(formatPhone('116 111')).toEqual({ href: 'tel:116111', display: '116 111' });
  });

  it('rejects numbers that are not valid', () => {
    expect(formatPhone('+33 1 23')).toBeUndefined();
    expect(formatPhone('+999 123 456 789')).toBeUndefined();
    expect(formatPhone('01 23 45 67 89')).toBeUndefined();
    expect(formatPhone('hello')).toBeUndefined();
  });

  it('reads national numbers with a default country', () => {
    expect(createPhoneFormatter({ defaultCountry: 'FR' })('01 23 45 67 89')).toEqual({
      href: 'tel:+33123456789',
      display: '+33 1 23 45 67 89',
    });
  });

  it('is what decide uses when given: the call goes to the E.164 number', () => {
    const helpline = { ...HELPLINE_3018, id: 'x', name: 'Ligne', phone: '+33123456789' };
    const decision = decide({ now: new Date('2026-06-10T12:00+02:00'), helpline, formatPhone });
    expect(decision).toMatchObject({ kind: 'call', href: 'tel:+33123456789', number: '+33 1 23 45 67 89', errors: [] });
    expect(decision.texts.action).toBe('Appeler le +33 1 23 45 67 89');
  });

  it('makes decide reject a number it finds invalid', () => {
    const helpline = { ...HELPLINE_3018, phone: '+33 9 99' };
    const decision = decide({ now: new Date('2026-06-10T12:00+02:00'), helpline, formatPhone });
    expect(decision).toMatchObject({ kind: 'link', reason: 'invalid-config', href: HELPLINE_3018.website });
    expect(decision.errors.map(({ code, path }) => ({ code, path }))).toEqual([{ code: 'invalid-phone', path: 'helpline.phone' }]);
  });

  it('keeps 3018 a plain short code in decide with formatPhone', () => {
    expect(decide({ now: new Date('2026-06-10T12:00+02:00'), formatPhone })).toMatchObject({
      kind: 'call',
      href: 'tel:3018',
      number: '3018',
    });
  });

  it('a formatter that throws, returns a bad href or shows no number makes the phone invalid, not decide throw', () => {
    const now = new Date('2026-06-10T12:00+02:00');
    const helpline = { ...HELPLINE_3018, phone: '+33 1 23 45 67 89' };
    const throwing = () => {
      throw new Error('no metadata');
    };
    const blank = (display: string) => () => ({ href: 'tel:+33123456789', display });
    for (const bad of [throwing, () => ({ href: 'javascript:alert(1)', display: 'x' }), blank(''), blank(' '), blank('Appelez-nous')]) {
      expect(decide({ now, helpline, formatPhone: bad }).errors.map((error) => error.code)).toEqual(['invalid-phone']);
    }
  });
});
