import { describe, expect, it } from 'vitest';
import { HandoffConfigError, HoursSyntaxError, isOpen, parseHours } from '../src/index.js';

const ALL = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

describe('parseHours reads the opening_hours subset', () => {
  it('reads weekday ranges, day lists and several spans', () => {
    expect(parseHours('Mo-Fr 09:00-18:00; Sa,Su 10:00-12:00,14:00-16:00', 'Europe/Paris')).toEqual({
      timeZone: 'Europe/Paris',
      weekly: [
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '18:00' },
        { days: ['sat', 'sun'], open: '10:00', close: '12:00' },
        { days: ['sat', 'sun'], open: '14:00', close: '16:00' },
      ],
    });
  });

  it('reads 24/7 as all day every day', () => {
    expect(parseHours('24/7', 'UTC').weekly).toEqual([{ days: ALL, open: '00:00', close: '24:00' }]);
  });

  it('reads off as never open', () => {
    expect(parseHours('off', 'UTC').weekly).toEqual([]);
    expect(parseHours('closed', 'UTC').weekly).toEqual([]);
  });

  it('lets a later rule replace the days it names: Su off', () => {
    expect(parseHours('Mo-Su 09:00-23:00; Su off', 'Europe/Paris').weekly).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], open: '09:00', close: '23:00' },
    ]);
    expect(parseHours('Mo-Fr 09:00-18:00; We 14:00-18:00', 'Europe/Paris').weekly).toEqual([
      { days: ['mon', 'tue', 'thu', 'fri'], open: '09:00', close: '18:00' },
      { days: ['wed'], open: '14:00', close: '18:00' },
    ]);
  });

  it('reads times without days as every day, and 3018 as 3018', () => {
    expect(parseHours('09:00-23:00', 'Europe/Paris').weekly).toEqual([{ days: ALL, open: '09:00', close: '23:00' }]);
  });

  it('reads ranges that wrap over the week end, 24:00 and spans past midnight', () => {
    expect(parseHours('Sa-Mo 22:00-02:00; Fr 18:00-24:00', 'UTC').weekly).toEqual([
      { days: ['mon', 'sat', 'sun'], open: '22:00', close: '02:00' },
      { days: ['fri'], open: '18:00', close: '24:00' },
    ]);
  });

  it('accepts lower case, extra spaces and a trailing semicolon', () => {
    expect(parseHours('  mo-fr  09:00-18:00 ;  sa 10:00-12:00 ; ', 'UTC').weekly).toEqual(
      parseHours('Mo-Fr 09:00-18:00; Sa 10:00-12:00', 'UTC').weekly,
    );
  });

  it('gives a schedule that isOpen evaluates in its zone', () => {
    const schedule = parseHours('Mo-Fr 09:00-18:00; Sa 10:00-12:00', 'Europe/Berlin');
    expect(isOpen(schedule, new Date('2026-06-13T11:59+02:00'))).toBe(true);
    expect(isOpen(schedule, new Date('2026-06-13T12:00+02:00'))).toBe(false);
    expect(isOpen(schedule, new Date('2026-06-14T11:00+02:00'))).toBe(false);
  });

  it('lets a later rule replace whole calendar days, as OpenStreetMap does, the night that ran into them included', () => {
    // Friday's 18:00-09:00 ran into Saturday; "Sa,Su off" closes all of Saturday.
    expect(parseHours('Mo-Fr 18:00-09:00; Sa,Su off', 'UTC').weekly).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu'], open: '18:00', close: '09:00' },
      { days: ['fri'], open: '18:00', close: '24:00' },
    ]);
    // The opening_hours README's own example: Thursday is 12:00-14:00 only.
    const thursday = parseHours('22:00-02:00; Th 12:00-14:00', 'UTC');
    expect(isOpen(thursday, Date.parse('2026-06-11T01:00Z'))).toBe(false);
    expect(isOpen(thursday, Date.parse('2026-06-11T13:00Z'))).toBe(true);
    expect(isOpen(thursday, Date.parse('2026-06-12T01:00Z'))).toBe(true); // Friday 00:00-02:00 is Friday's: it stays
  });

  it('keeps what a replaced day ran into a day the rule leaves alone', () => {
    // Monday's 22:00-02:00 gives way to 10:00-12:00, but Tuesday 00:00-02:00 was Tuesday's.
    expect(parseHours('Mo 22:00-02:00; Mo 10:00-12:00', 'UTC').weekly).toEqual([
      { days: ['mon'], open: '10:00', close: '12:00' },
      { days: ['tue'], open: '00:00', close: '02:00' },
    ]);
  });

  it('reads line breaks as spaces: hours pasted from a text area', () => {
    expect(parseHours('Mo-Fr 09:00-18:00;\r\nSa 10:00-12:00\n', 'UTC')).toEqual(parseHours('Mo-Fr 09:00-18:00; Sa 10:00-12:00', 'UTC'));
  });

  it('throws HandoffConfigError for an unknown zone', () => {
    expect(() => parseHours('24/7', 'Paris')).toThrow(HandoffConfigError);
  });
});

describe('parseHours given no text', () => {
  it.each([undefined, null, 42, ['Mo 09:00-18:00']])('%o: an HoursSyntaxError saying text was expected', (text) => {
    expect(() => parseHours(text as never, 'Europe/Paris')).toThrow(/^Expected opening hours as text, got (undefined|null|42|an array)\.$/);
  });
});

describe('parseHours errors name the offending token and its position', () => {
  const errors: [text: string, token: string, position: number, expected: RegExp][] = [
    ['', '', 0, /expected opening hours/],
    ['Mo-Fr', '', 5, /^Unexpected end of text at position 5 .*expected opening times/],
    ['Mo-Fr 25:00-18:00', '25:00', 6, /opening time HH:MM from 00:00 to 23:59/],
    ['Mo-Fr 09:00-25:00', '25:00', 12, /closing time HH:MM from 00:00 to 24:00/],
    ['Mo-Fr 24:00-02:00', '24:00', 6, /opening time/],
    ['Mo-Fr 9:00-18:00', '9:00', 6, /opening time/],
    ['Mo-Fr 09:00 18:00', '18:00', 12, /"-" between two times/],
    ['Mo 09:00-09:00', '09:00', 9, /closing time different from the opening time/],
    ['Xx 09:00-10:00', 'Xx', 0, /a day: Mo, Tu/],
    ['Mo-Xx 09:00-10:00', 'Xx', 3, /a day/],
    ['PH off', 'PH', 0, /a day/],
    ['Mo-Fr 09:00-18:00 Sa 10:00-12:00', 'Sa', 18, /";" or the end/],
    ['Mo-Fr 09:00-18:00,', '', 18, /opening time/],
    ['Jan 09:00-10:00', 'Jan', 0, /opening times such as/],
    ['Mo-Fr 09:00–18:00', '–18:00', 11, /"-" between two times/],
    ['Mo-Fr 09:00-18:00; sunrise-sunset', 'sunrise', 19, /opening times such as|a day/],
    ['Mo-Fri 09:00-18:00', 'Fri', 3, /a day after "-"/],
    ['Mo,Tue 09:00-18:00', 'Tue', 3, /a day/],
    ['Mon-Fri 09:00-18:00', 'Mon', 0, /or a day: Mo, Tu, We, Th, Fr, Sa or Su/],
    ['Mo-Fr 09:00 - 18:00', '-', 12, /"-" right after the opening time \(no space\)/],
    ['Mo-Fr 09:00- 18:00', '18:00', 13, /closing time .*right after "-" \(no space\)/],
    // No sound time after the space: nothing to say of the space.
    ['Mo 09:00- ', '', 10, /expected a closing time HH:MM from 00:00 to 24:00\.$/],
    ['Mo-Fr 09:00- 25:00', '25:00', 13, /expected a closing time HH:MM from 00:00 to 24:00\.$/],
    ['Mo 09:00- 18:000', '18:000', 10, /expected a closing time HH:MM from 00:00 to 24:00\.$/],
    ['Mo 10:00-12:00\nTu 10:00-12:00', 'Tu', 15, /";" or the end/],
  ];
  it.each(errors)('%j fails at %j, position %i', (text, token, position, expected) => {
    let error: unknown;
    try {
      parseHours(text, 'Europe/Paris');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(HoursSyntaxError);
    expect(error).toBeInstanceOf(SyntaxError);
    expect(error).toMatchObject({ name: 'HoursSyntaxError', token, position });
    expect((error as Error).message).toMatch(expected);
    if (token) expect((error as Error).message).toContain(`"${token}"`);
  });
});
