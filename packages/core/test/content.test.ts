import { describe, expect, it } from 'vitest';
import { copyOf, decide, HELPLINE_3018, sameValue } from '../src/index.js';

describe('sameValue', () => {
  it('compares plain data by value, dates by instant, the rest by identity', () => {
    expect(sameValue({ a: [1, { b: 'x' }], d: new Date(5) }, { a: [1, { b: 'x' }], d: new Date(5) })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [1, 3] })).toBe(false);
    expect(sameValue(new Array(3), [undefined, undefined, undefined])).toBe(true); // a hole reads as undefined, as decide() reads it
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true);
    expect(
      sameValue(
        () => 1,
        () => 1,
      ),
    ).toBe(false);
    expect(sameValue(new Map(), new Map())).toBe(false);
  });

  it('copyOf keeps what a value holds now, for sameValue to see a change made in place later', () => {
    const format = () => ({ href: 'tel:3018', display: '3018' });
    const input = { helpline: { callableFrom: ['FR'] }, now: new Date(5), formatPhone: format };
    const copy = copyOf(input);
    expect(copy).not.toBe(input);
    expect(sameValue(copy, input)).toBe(true);
    expect(copy.formatPhone).toBe(format); // functions are shared, compared by identity
    input.helpline.callableFrom.push('BE');
    expect(sameValue(copy, input)).toBe(false);
    input.now.setTime(6);
    expect(copy.now.getTime()).toBe(5);
    // What cannot be copied faithfully is shared, as sameValue compares it: by identity.
    const map = new Map();
    expect(copyOf(map)).toBe(map);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(sameValue(copyOf(cyclic), cyclic)).toBe(true);
  });

  it('copyOf shares a class instance and still copies the plain data around it', () => {
    const extra = new (class Extra {
      note = 'any';
    })();
    const input = { helpline: { callableFrom: ['FR'] }, report: { extra } };
    const copy = copyOf(input);
    expect(copy.report.extra).toBe(extra);
    input.helpline.callableFrom.push('BE');
    expect(sameValue(copy, input)).toBe(false);
  });

  it('counts own keys on both sides, the empty key included, and ignores inherited ones', () => {
    expect(sameValue({ x: 1 }, { x: 1, '': 2 })).toBe(false);
    expect(sameValue({ '': 1 }, { '': 1 })).toBe(true);
    expect(sameValue({ constructor: Object, x: 1 }, { x: 1, y: 2 })).toBe(false);
    expect(sameValue(Object.assign(Object.create(null), { x: 1 }), { x: 1 })).toBe(true);
  });

  it('never throws: unreadable values differ, and cycles end', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(sameValue(proxy, {})).toBe(false);
    const throwing = Object.defineProperty({}, 'x', {
      enumerable: true,
      get: () => {
        throw new Error('x');
      },
    });
    expect(sameValue(throwing, { x: 1 })).toBe(false);
    const a: Record<string, unknown> = {};
    a.self = a;
    const b: Record<string, unknown> = {};
    b.self = b;
    expect(() => sameValue(a, b)).not.toThrow();
    expect(sameValue(a, a)).toBe(true);
  });
});

describe('answers cached by content', () => {
  const now = new Date('2026-06-10T12:00+02:00');

  it('a helpline holding a function or behind a proxy is checked once, not on every call', () => {
    for (const helpline of [{ ...HELPLINE_3018, id: 'custom', track() {} }, new Proxy({ ...HELPLINE_3018, id: 'proxied' }, {})]) {
      const first = decide({ now, helpline });
      expect(first.errors).toEqual([]);
      expect(decide({ now, helpline }).helpline).toBe(first.helpline); // the same checked copy: from the cache
    }
  });

  it('a helpline that is not plain data (a class instance) is checked on every call, so a change in place is seen', () => {
    class Line {
      id = 'line';
      name = 'Line';
      phone = '3018';
      callableFrom = ['FR'];
      website = 'https://a.example.org/';
      schedule = HELPLINE_3018.schedule;
    }
    const helpline = new Line();
    expect(decide({ now, helpline, policy: { action: 'link' } }).helpline.website).toBe('https://a.example.org/');
    helpline.website = 'https://b.example.org/';
    expect(decide({ now, helpline, policy: { action: 'link' } })).toMatchObject({ href: 'https://b.example.org/' });
  });
});
