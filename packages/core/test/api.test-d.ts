import { describe, expectTypeOf, it } from 'vitest';
import {
  announcementText,
  type ConfigError,
  type ConfigErrorCode,
  type CopySource,
  copyOf,
  copyText,
  type DEFAULT_CATEGORIES,
  type DecideInput,
  type Decision,
  decide,
  detectCanDial,
  HELPLINE_3018,
  type Helpline,
  type HoursSyntaxError,
  isOpen,
  type NavigatorLike,
  nextChange,
  type PhoneFormatter,
  type PhoneNumber,
  parseHours,
  phoneNumberOf,
  type Reason,
  type Schedule,
  sameValue,
  validateConfig,
} from '../src/index.js';
import { formatPhone } from '../src/phone.js';

describe('the public API types', () => {
  it('decide takes a DecideInput and returns a Decision', () => {
    expectTypeOf(decide).parameter(0).toEqualTypeOf<DecideInput>();
    expectTypeOf(decide).returns.toEqualTypeOf<Decision>();
  });

  it('DecideInput requires now, a Date or milliseconds, and nothing else', () => {
    expectTypeOf<DecideInput['now']>().toEqualTypeOf<Date | number>();
    expectTypeOf<{ now: Date }>().toExtend<DecideInput>();
    expectTypeOf<{ report: { category: string } }>().not.toExtend<DecideInput>();
    expectTypeOf<{ now: string }>().not.toExtend<DecideInput>();
  });

  it("Decision is a union on kind: number is a string on 'call', optional on 'link', absent on 'none'", () => {
    expectTypeOf<Decision['kind']>().toEqualTypeOf<'call' | 'link' | 'none'>();
    expectTypeOf<Extract<Decision, { kind: 'call' }>['number']>().toEqualTypeOf<string>();
    expectTypeOf<Extract<Decision, { kind: 'call' }>['href']>().toEqualTypeOf<string>();
    expectTypeOf<Extract<Decision, { kind: 'link' }>['number']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Extract<Decision, { kind: 'link' }>['href']>().toEqualTypeOf<string>();
    expectTypeOf<Extract<Decision, { kind: 'none' }>>().not.toHaveProperty('number');
    expectTypeOf<Extract<Decision, { kind: 'none' }>>().not.toHaveProperty('href');
  });

  it('narrows on kind', () => {
    const decision = decide({ now: 0 });
    if (decision.kind === 'call') expectTypeOf(decision.number).toEqualTypeOf<string>();
    if (decision.kind === 'link') expectTypeOf(decision.number).toEqualTypeOf<string | undefined>();
  });

  it('every decision has the base fields', () => {
    expectTypeOf<Decision['reason']>().toEqualTypeOf<Reason>();
    expectTypeOf<Reason>().toEqualTypeOf<
      'open' | 'policy-link' | 'closed' | 'cannot-dial' | 'abroad' | 'no-phone' | 'not-covered' | 'invalid-config'
    >();
    expectTypeOf<Decision['opensAt']>().toEqualTypeOf<Date | null>();
    expectTypeOf<Decision['closesAt']>().toEqualTypeOf<Date | null>();
    expectTypeOf<Decision['changesAt']>().toEqualTypeOf<Date | null>();
    expectTypeOf<Decision['open']>().toEqualTypeOf<boolean>();
    expectTypeOf<Decision['errors']>().toEqualTypeOf<ConfigError[]>();
    expectTypeOf<Decision['texts']['status']>().toEqualTypeOf<string>();
    expectTypeOf<Decision['texts']['number']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Decision['helpline']>().toEqualTypeOf<Helpline>();
  });

  it('ConfigError has a code, a path and a message', () => {
    expectTypeOf<ConfigError>().toEqualTypeOf<{ code: ConfigErrorCode; path: string; message: string }>();
    expectTypeOf(validateConfig).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(validateConfig).returns.toEqualTypeOf<ConfigError[]>();
  });

  it('schedule helpers', () => {
    expectTypeOf(isOpen).toEqualTypeOf<(schedule: Schedule, now: Date | number) => boolean>();
    expectTypeOf(nextChange).returns.toEqualTypeOf<Date | null>();
    expectTypeOf(parseHours).toEqualTypeOf<(text: string, timeZone: string) => Schedule>();
    expectTypeOf(phoneNumberOf).toEqualTypeOf<(phone: string, formatPhone?: PhoneFormatter) => PhoneNumber | undefined>();
    expectTypeOf<HoursSyntaxError['token']>().toEqualTypeOf<string>();
    expectTypeOf<HoursSyntaxError['position']>().toEqualTypeOf<number>();
    expectTypeOf(HELPLINE_3018).toEqualTypeOf<Helpline>();
  });

  it('detectCanDial takes a navigator-like object, and navigator itself', () => {
    expectTypeOf(detectCanDial).parameter(0).toEqualTypeOf<NavigatorLike | null | undefined>();
    expectTypeOf(detectCanDial).returns.toEqualTypeOf<boolean>();
    expectTypeOf<{ userAgent: string; maxTouchPoints: number }>().toExtend<NavigatorLike>();
  });

  it('the helpers both wrappers share', () => {
    expectTypeOf(announcementText).toEqualTypeOf<(previous: string, text: string) => string>();
    expectTypeOf(sameValue).toEqualTypeOf<(a: unknown, b: unknown) => boolean>();
    expectTypeOf(copyOf<{ a: number }>).returns.toEqualTypeOf<{ a: number }>();
  });

  it('copyText takes a DOM element and navigator.clipboard', () => {
    expectTypeOf<HTMLElement>().toExtend<CopySource>();
    expectTypeOf<Navigator['clipboard']>().toExtend<Parameters<typeof copyText>[2]>();
    expectTypeOf<{ clipboard?: Clipboard }['clipboard']>().toExtend<Parameters<typeof copyText>[2]>();
    expectTypeOf(copyText).returns.toEqualTypeOf<Promise<boolean>>();
  });

  it('formatPhone fits decide', () => {
    expectTypeOf(formatPhone).toExtend<NonNullable<DecideInput['formatPhone']>>();
  });

  it('policy fields are optional and typed', () => {
    expectTypeOf<{ now: 0; policy: { action: 'link' } }>().toExtend<DecideInput>();
    expectTypeOf<{ now: 0; policy: { action: 'sms' } }>().not.toExtend<DecideInput>();
    expectTypeOf<{ now: 0; policy: { categories: 'all' } }>().toExtend<DecideInput>();
    // The exported defaults, read-only as they are, fit as given.
    expectTypeOf<{ now: 0; policy: { categories: typeof DEFAULT_CATEGORIES; roles: readonly ['witness'] } }>().toExtend<DecideInput>();
  });
});
