import { describe, expect, it } from 'vitest';
import { decide, phoneNumberOf, validateConfig } from '../src/index.js';
import type { DecideInput } from '../src/types.js';
import { ERROR_CODES } from './hostile.js';
import { CUSTOM, invalidCases, validInputs } from './validate.cases.js';

describe('validateConfig on malformed input', () => {
  it.each(invalidCases)('$name: exact codes and paths', ({ input, errors }) => {
    const found = validateConfig(input);
    expect(found.map(({ code, path }) => ({ code, path }))).toEqual(errors);
    for (const error of found) {
      // A sentence that starts with where the problem is.
      expect(error.message.startsWith(`${error.path || 'input'}: `)).toBe(true);
      expect(error.message.length).toBeGreaterThan(error.path.length + 12);
    }
  });

  it.each(invalidCases)('$name: decide gives the fail-safe https link with the same errors', ({ input, errors, href }) => {
    const decision = decide(input as DecideInput);
    expect(decision.kind).toBe('link');
    expect(decision.reason).toBe('invalid-config');
    expect(decision.kind === 'link' && decision.href).toBe(href);
    expect(decision.kind === 'link' && decision.href.startsWith('https://')).toBe(true);
    expect(decision.errors.map(({ code, path }) => ({ code, path }))).toEqual(errors);
  });

  it('the table exercises every error code', () => {
    const seen = new Set(invalidCases.flatMap((entry) => entry.errors.map((error) => error.code)));
    expect([...seen].sort()).toEqual([...ERROR_CODES].sort());
    expect(invalidCases.length).toBeGreaterThanOrEqual(30);
  });

  it('quotes the offending value in the message', () => {
    const [error] = validateConfig({ now: 0, locale: 'fr_FR' });
    expect(error?.message).toBe('locale: expected a BCP 47 locale such as fr or en-GB, got "fr_FR".');
  });

  it('says an invalid Date is one, not "object"', () => {
    const [error] = validateConfig({ now: new Date('x') });
    expect(error?.message).toBe('now: expected a valid Date or a finite number of milliseconds, got an invalid Date.');
  });

  it('names the broken helpline by its sound parts in the fail-safe link', () => {
    const decision = decide(invalidCases.find((entry) => entry.name === 'a two-digit phone')?.input as DecideInput);
    expect(decision.helpline).toMatchObject({ name: 'Nummer gegen Kummer', website: 'https://www.nummergegenkummer.de/' });
    expect('number' in decision).toBe(false);
  });
});

describe('validateConfig on valid input', () => {
  it.each(validInputs)('$name has no errors', ({ input }) => {
    expect(validateConfig(input)).toEqual([]);
    expect(decide(input as DecideInput).reason).not.toBe('invalid-config');
  });

  it('does not mutate or keep the input', () => {
    const input = { now: 0, helpline: { ...CUSTOM, callableFrom: [...CUSTOM.callableFrom] } };
    const copy = structuredClone(input);
    decide(input as DecideInput);
    expect(input).toEqual(copy);
  });

  it('never throws on hostile objects', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const keysThrow = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('keys');
        },
      },
    );
    for (const input of [
      proxy,
      { now: 0, messages: keysThrow },
      keysThrow,
      { now: 0, helpline: proxy },
      { now: 0, policy: { roles: proxy } },
    ]) {
      expect(() => validateConfig(input)).not.toThrow();
      expect(validateConfig(input).length).toBeGreaterThan(0);
      expect(decide(input as DecideInput)).toMatchObject({ kind: 'link', reason: 'invalid-config' });
    }
  });
});

describe('phoneNumberOf: a phone as decide() reads it', () => {
  it('dials short codes and E.164 shapes, and rejects what is no number', () => {
    expect(phoneNumberOf('30 18')).toEqual({ href: 'tel:3018', display: '30 18' });
    expect(phoneNumberOf('+49-(0)30-123456')).toEqual({ href: 'tel:+4930123456', display: '+49-(0)30-123456' });
    for (const phone of ['', '3O18', '+33', 'tel:3018']) expect(phoneNumberOf(phone), phone).toBeUndefined();
  });

  it("takes the host's formatter, and rejects what it gives that is no tel: number, or its throw", () => {
    expect(phoneNumberOf('01 23', () => ({ href: 'tel:+330123', display: '01 23' }))).toEqual({ href: 'tel:+330123', display: '01 23' });
    expect(phoneNumberOf('01 23', () => ({ href: 'javascript:alert(1)', display: '01 23' }))).toBeUndefined();
    expect(
      phoneNumberOf('01 23', () => {
        throw new Error('boom');
      }),
    ).toBeUndefined();
  });
});
