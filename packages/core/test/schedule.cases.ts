/**
 * Opening-hours cases: a schedule, an instant written with its local UTC offset, whether the line
 * is open then and when the state next flips (`null`: never). Read by schedule.test.ts.
 *
 * Dates: 2026-06-10 is an ordinary Wednesday; Paris springs forward on Sunday 2026-03-29 (02:00
 * becomes 03:00, a 23-hour day) and falls back on Sunday 2026-10-25 (03:00 becomes 02:00, a
 * 25-hour day); New York springs forward on 2026-03-08; Lord Howe Island moves 30 minutes
 * forward on 2026-10-04 (02:00 becomes 02:30).
 */
import { HELPLINE_3018 } from '../src/helplines.js';
import type { Hours, Schedule } from '../src/types.js';

export interface ScheduleCase {
  name: string;
  schedule: Schedule;
  /** ISO 8601 with the local offset, e.g. `'2026-03-29T08:59:59.999+02:00'`. */
  at: string;
  open: boolean;
  /** The next flip, ISO 8601, or `null`. */
  next: string | null;
}

const line3018 = HELPLINE_3018.schedule;
const ALL: Hours['days'] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const paris = (weekly: Hours[], exceptions?: Schedule['exceptions']): Schedule =>
  exceptions ? { timeZone: 'Europe/Paris', weekly, exceptions } : { timeZone: 'Europe/Paris', weekly };

/** The four edges of 3018's day (08:59:59.999, 09:00, 22:59:59.999, 23:00) on one date. */
function edges3018(label: string, date: string, offset: string, nextDate: string): ScheduleCase[] {
  return [
    {
      name: `3018 closed at 08:59:59.999 Paris time ${label}`,
      at: `${date}T08:59:59.999${offset}`,
      open: false,
      next: `${date}T09:00${offset}`,
    },
    { name: `3018 open at 09:00 Paris time ${label}`, at: `${date}T09:00${offset}`, open: true, next: `${date}T23:00${offset}` },
    {
      name: `3018 open at 22:59:59.999 Paris time ${label}`,
      at: `${date}T22:59:59.999${offset}`,
      open: true,
      next: `${date}T23:00${offset}`,
    },
    { name: `3018 closed at 23:00 Paris time ${label}`, at: `${date}T23:00${offset}`, open: false, next: `${nextDate}T09:00${offset}` },
  ].map((entry) => ({ ...entry, schedule: line3018 }));
}

/** Saturday 23:30 falls in Nuuk's spring gap (Saturday 23:00 becomes Sunday 00:00). */
const nuukNight: Schedule = {
  timeZone: 'America/Nuuk',
  weekly: [
    { days: ['sat'], open: '23:30', close: '02:00' },
    { days: ['sun'], open: '00:00', close: '00:45' },
  ],
};

/** Open around the clock, 02:30-24:00 starting inside 00:00-03:00: the spring gap opens a hole. */
const parisOverlap = paris([
  { days: ALL, open: '00:00', close: '03:00' },
  { days: ALL, open: '02:30', close: '24:00' },
]);

const openAllDay = (date: string) => ({ date, hours: [{ open: '00:00', close: '24:00' }] });

export const scheduleCases: ScheduleCase[] = [
  ...edges3018('on an ordinary summer day', '2026-06-10', '+02:00', '2026-06-11'),
  ...edges3018('on an ordinary winter day', '2026-01-14', '+01:00', '2026-01-15'),
  ...edges3018('on the spring DST change day (23 hours)', '2026-03-29', '+02:00', '2026-03-30'),
  ...edges3018('on the autumn DST change day (25 hours)', '2026-10-25', '+01:00', '2026-10-26'),

  // Opening times across the DST nights: 9 wall-clock hours, 8 or 10 real ones.
  {
    name: '3018 reopens at 09:00 summer time after the spring-forward night',
    schedule: line3018,
    at: '2026-03-28T23:00+01:00',
    open: false,
    next: '2026-03-29T09:00+02:00',
  },
  {
    name: '3018 is closed during the skipped hour and reopens at 09:00',
    schedule: line3018,
    at: '2026-03-29T03:00+02:00',
    open: false,
    next: '2026-03-29T09:00+02:00',
  },
  {
    name: '3018 reopens at 09:00 winter time after the fall-back night',
    schedule: line3018,
    at: '2026-10-24T23:00+02:00',
    open: false,
    next: '2026-10-25T09:00+01:00',
  },
  {
    name: '3018 is closed during both 02:30s of the fall-back night',
    schedule: line3018,
    at: '2026-10-25T02:30+01:00',
    open: false,
    next: '2026-10-25T09:00+01:00',
  },
  {
    name: '3018 closes at 23:00 winter time the day before the spring change',
    schedule: line3018,
    at: '2026-03-28T12:00+01:00',
    open: true,
    next: '2026-03-28T23:00+01:00',
  },

  // A span past midnight.
  {
    name: 'a 22:00-02:00 span opens at 22:00 on its own day',
    schedule: paris([{ days: ['mon'], open: '22:00', close: '02:00' }]),
    at: '2026-06-08T21:59:59.999+02:00',
    open: false,
    next: '2026-06-08T22:00+02:00',
  },
  {
    name: 'a 22:00-02:00 span stays open past midnight until 02:00 the next day',
    schedule: paris([{ days: ['mon'], open: '22:00', close: '02:00' }]),
    at: '2026-06-09T01:59:59.999+02:00',
    open: true,
    next: '2026-06-09T02:00+02:00',
  },
  {
    name: 'a 22:00-02:00 span is closed at 02:00 and reopens a week later',
    schedule: paris([{ days: ['mon'], open: '22:00', close: '02:00' }]),
    at: '2026-06-09T02:00+02:00',
    open: false,
    next: '2026-06-15T22:00+02:00',
  },
  {
    name: 'a Sunday 22:00-02:00 span runs into Monday across the week boundary',
    schedule: paris([{ days: ['sun'], open: '22:00', close: '02:00' }]),
    at: '2026-06-15T00:30+02:00',
    open: true,
    next: '2026-06-15T02:00+02:00',
  },

  // 24:00, all day, never.
  {
    name: "a '24:00' close is open at 23:59:59.999 and closes at midnight",
    schedule: paris([{ days: ['fri'], open: '18:00', close: '24:00' }]),
    at: '2026-06-12T23:59:59.999+02:00',
    open: true,
    next: '2026-06-13T00:00+02:00',
  },
  {
    name: "a '24:00' close is closed at 00:00 the next day",
    schedule: paris([{ days: ['fri'], open: '18:00', close: '24:00' }]),
    at: '2026-06-13T00:00+02:00',
    open: false,
    next: '2026-06-19T18:00+02:00',
  },
  {
    name: 'open all day every day never changes',
    schedule: paris([{ days: ALL, open: '00:00', close: '24:00' }]),
    at: '2026-03-29T02:59:59+01:00',
    open: true,
    next: null,
  },
  {
    name: 'a Monday open all day opens at Monday midnight',
    schedule: paris([{ days: ['mon'], open: '00:00', close: '24:00' }]),
    at: '2026-06-07T23:59+02:00',
    open: false,
    next: '2026-06-08T00:00+02:00',
  },
  {
    name: 'a Monday open all day closes at Tuesday midnight',
    schedule: paris([{ days: ['mon'], open: '00:00', close: '24:00' }]),
    at: '2026-06-08T12:00+02:00',
    open: true,
    next: '2026-06-09T00:00+02:00',
  },
  { name: 'a schedule with no hours is never open', schedule: paris([]), at: '2026-06-10T12:00+02:00', open: false, next: null },

  // Exceptions.
  {
    name: 'an exception with no hours closes Christmas Day; the line reopens on the 26th',
    schedule: paris(line3018.weekly, [{ date: '2026-12-25', hours: [] }]),
    at: '2026-12-24T23:00+01:00',
    open: false,
    next: '2026-12-26T09:00+01:00',
  },
  {
    name: 'an exception with no hours keeps the line closed at noon that day',
    schedule: paris(line3018.weekly, [{ date: '2026-12-25', hours: [] }]),
    at: '2026-12-25T12:00+01:00',
    open: false,
    next: '2026-12-26T09:00+01:00',
  },
  {
    name: 'an exception with special hours closes at its own time',
    schedule: paris(line3018.weekly, [
      {
        date: '2026-12-24',
        hours: [
          { open: '09:00', close: '12:00' },
          { open: '14:00', close: '16:00' },
        ],
      },
    ]),
    at: '2026-12-24T11:00+01:00',
    open: true,
    next: '2026-12-24T12:00+01:00',
  },
  {
    name: 'an exception with special hours reopens after its break',
    schedule: paris(line3018.weekly, [
      {
        date: '2026-12-24',
        hours: [
          { open: '14:00', close: '16:00' },
          { open: '09:00', close: '12:00' },
        ],
      },
    ]),
    at: '2026-12-24T12:00+01:00',
    open: false,
    next: '2026-12-24T14:00+01:00',
  },
  {
    name: 'after special hours the weekly hours resume the next day',
    schedule: paris(line3018.weekly, [
      {
        date: '2026-12-24',
        hours: [
          { open: '09:00', close: '12:00' },
          { open: '14:00', close: '16:00' },
        ],
      },
    ]),
    at: '2026-12-24T16:00+01:00',
    open: false,
    next: '2026-12-25T09:00+01:00',
  },
  {
    name: 'an exception opening a day the weekly hours leave closed',
    schedule: paris([], [{ date: '2027-01-02', hours: [{ open: '10:00', close: '11:00' }] }]),
    at: '2026-06-10T12:00+02:00',
    open: false,
    next: '2027-01-02T10:00+01:00',
  },
  {
    name: 'a past exception changes nothing today',
    schedule: paris([], [{ date: '2025-01-02', hours: [{ open: '10:00', close: '11:00' }] }]),
    at: '2026-06-10T12:00+02:00',
    open: false,
    next: null,
  },
  {
    name: 'an exception gives its date all its hours: the previous night runs until its midnight',
    schedule: paris([{ days: ['sat', 'sun'], open: '22:00', close: '02:00' }], [{ date: '2026-06-14', hours: [] }]),
    at: '2026-06-13T23:00+02:00',
    open: true,
    next: '2026-06-14T00:00+02:00',
  },
  {
    name: 'an exception closing a day closes it from midnight: the previous night is cut, not carried in',
    schedule: paris([{ days: ['sat', 'sun'], open: '22:00', close: '02:00' }], [{ date: '2026-06-14', hours: [] }]),
    at: '2026-06-14T01:00+02:00',
    open: false,
    next: '2026-06-15T00:00+02:00',
  },
  {
    name: "an exception leaves the next date its hours: the replaced night's run past midnight stays there",
    schedule: paris([{ days: ['sat', 'sun'], open: '22:00', close: '02:00' }], [{ date: '2026-06-14', hours: [] }]),
    at: '2026-06-15T01:00+02:00',
    open: true,
    next: '2026-06-15T02:00+02:00',
  },
  {
    name: "an exception's own span past midnight runs into the next date",
    schedule: paris([], [{ date: '2026-06-14', hours: [{ open: '23:00', close: '01:00' }] }]),
    at: '2026-06-15T00:30+02:00',
    open: true,
    next: '2026-06-15T01:00+02:00',
  },
  {
    name: "an exception's span past midnight runs into the next date's exception too, as written",
    schedule: paris(
      [],
      [
        { date: '2026-06-14', hours: [{ open: '23:00', close: '01:00' }] },
        { date: '2026-06-15', hours: [{ open: '00:30', close: '02:00' }] },
      ],
    ),
    at: '2026-06-14T23:30+02:00',
    open: true,
    next: '2026-06-15T02:00+02:00',
  },
  {
    name: 'a weekly span is cut at the midnight of an exception date even where the exception opens then',
    schedule: paris(
      [{ days: ['sun'], open: '22:00', close: '02:00' }],
      [{ date: '2026-06-15', hours: [{ open: '00:30', close: '02:00' }] }],
    ),
    at: '2026-06-14T23:30+02:00',
    open: true,
    next: '2026-06-15T00:00+02:00',
  },

  // Overlapping and adjacent spans are merged: no flip where they meet.
  {
    name: 'overlapping spans are one opening: 09:00-12:00 and 11:00-14:00 close at 14:00',
    schedule: paris([
      { days: ['wed'], open: '09:00', close: '12:00' },
      { days: ['wed'], open: '11:00', close: '14:00' },
    ]),
    at: '2026-06-10T10:00+02:00',
    open: true,
    next: '2026-06-10T14:00+02:00',
  },
  {
    name: 'adjacent spans 09:00-12:00 and 12:00-14:00 have no flip at noon',
    schedule: paris([
      { days: ['wed'], open: '12:00', close: '14:00' },
      { days: ['wed'], open: '09:00', close: '12:00' },
    ]),
    at: '2026-06-10T12:00+02:00',
    open: true,
    next: '2026-06-10T14:00+02:00',
  },
  {
    name: 'Mon 22:00-24:00 and Tue 00:00-02:00 have no flip at midnight',
    schedule: paris([
      { days: ['mon'], open: '22:00', close: '24:00' },
      { days: ['tue'], open: '00:00', close: '02:00' },
    ]),
    at: '2026-06-08T23:00+02:00',
    open: true,
    next: '2026-06-09T02:00+02:00',
  },
  {
    name: 'a span inside another does not end the opening early',
    schedule: paris([
      { days: ['wed'], open: '09:00', close: '18:00' },
      { days: ['wed'], open: '10:00', close: '11:00' },
    ]),
    at: '2026-06-10T10:30+02:00',
    open: true,
    next: '2026-06-10T18:00+02:00',
  },
  {
    name: 'a past-midnight span merges with the next day span it overlaps',
    schedule: paris([
      { days: ['tue'], open: '20:00', close: '03:00' },
      { days: ['wed'], open: '01:00', close: '05:00' },
    ]),
    at: '2026-06-09T21:00+02:00',
    open: true,
    next: '2026-06-10T05:00+02:00',
  },

  // Nonexistent local times on the spring night: they move forward by the gap.
  {
    name: 'an opening at 02:30 on the spring night moves forward to 03:30',
    schedule: paris([{ days: ['sun'], open: '02:30', close: '05:00' }]),
    at: '2026-03-29T01:59+01:00',
    open: false,
    next: '2026-03-29T03:30+02:00',
  },
  {
    name: 'an opening at 02:30 on the spring night is still closed at 03:00',
    schedule: paris([{ days: ['sun'], open: '02:30', close: '05:00' }]),
    at: '2026-03-29T03:00+02:00',
    open: false,
    next: '2026-03-29T03:30+02:00',
  },
  {
    name: 'a closing at 02:30 on the spring night moves forward to 03:30',
    schedule: paris([{ days: ['sun'], open: '01:00', close: '02:30' }]),
    at: '2026-03-29T03:15+02:00',
    open: true,
    next: '2026-03-29T03:30+02:00',
  },
  {
    name: 'on the spring night an opening at 03:01 comes before one at 02:30 moved to 03:30',
    schedule: paris([
      { days: ['sun'], open: '02:30', close: '24:00' },
      { days: ['sun'], open: '03:01', close: '24:00' },
    ]),
    at: '2026-03-29T03:00+02:00',
    open: false,
    next: '2026-03-29T03:01+02:00',
  },
  {
    name: 'on the spring night a run of spans continues through one moved to 03:30',
    schedule: paris([
      { days: ['sun'], open: '01:00', close: '03:10' },
      { days: ['sun'], open: '02:30', close: '06:00' },
      { days: ['sun'], open: '03:05', close: '03:40' },
    ]),
    at: '2026-03-29T01:30+01:00',
    open: true,
    next: '2026-03-29T06:00+02:00',
  },
  {
    name: 'a 02:00-03:00 span disappears on the spring night and opens the next Sunday',
    schedule: paris([{ days: ['sun'], open: '02:00', close: '03:00' }]),
    at: '2026-03-29T01:00+01:00',
    open: false,
    next: '2026-04-05T02:00+02:00',
  },
  {
    name: 'an opening at 02:30 in New York moves forward to 03:30 on its spring night',
    schedule: { timeZone: 'America/New_York', weekly: [{ days: ['sun'], open: '02:30', close: '04:00' }] },
    at: '2026-03-08T01:59-05:00',
    open: false,
    next: '2026-03-08T03:30-04:00',
  },
  {
    name: 'an opening at 02:10 on Lord Howe Island moves forward by its 30-minute gap to 02:40',
    schedule: { timeZone: 'Australia/Lord_Howe', weekly: [{ days: ['sun'], open: '02:10', close: '03:00' }] },
    at: '2026-10-04T01:59+10:30',
    open: false,
    next: '2026-10-04T02:40+11:00',
  },

  // Repeated local times on the autumn night: their first occurrence.
  {
    name: 'an opening at 02:30 on the autumn night happens at the first 02:30',
    schedule: paris([{ days: ['sun'], open: '02:30', close: '05:00' }]),
    at: '2026-10-25T02:15+02:00',
    open: false,
    next: '2026-10-25T02:30+02:00',
  },
  {
    name: 'a line that opened at the first 02:30 is open during the second 02:15',
    schedule: paris([{ days: ['sun'], open: '02:30', close: '05:00' }]),
    at: '2026-10-25T02:15+01:00',
    open: true,
    next: '2026-10-25T05:00+01:00',
  },
  {
    name: 'a closing at 02:30 on the autumn night happens at the first 02:30',
    schedule: paris([{ days: ['sun'], open: '01:00', close: '02:30' }]),
    at: '2026-10-25T02:29+02:00',
    open: true,
    next: '2026-10-25T02:30+02:00',
  },
  {
    name: 'a line that closed at the first 02:30 stays closed during the second 02:29',
    schedule: paris([{ days: ['sun'], open: '01:00', close: '02:30' }]),
    at: '2026-10-25T02:29+01:00',
    open: false,
    next: '2026-11-01T01:00+01:00',
  },

  // Zones without DST and with odd offsets.
  {
    name: 'Kolkata hours are read at +05:30',
    schedule: { timeZone: 'Asia/Kolkata', weekly: [{ days: ['wed'], open: '09:00', close: '17:30' }] },
    at: '2026-06-10T17:29:59.999+05:30',
    open: true,
    next: '2026-06-10T17:30+05:30',
  },
  {
    name: 'Chatham hours are read at +12:45',
    schedule: { timeZone: 'Pacific/Chatham', weekly: [{ days: ['wed'], open: '09:00', close: '17:00' }] },
    at: '2026-06-10T08:59+12:45',
    open: false,
    next: '2026-06-10T09:00+12:45',
  },
  {
    name: 'UTC hours are read in UTC',
    schedule: { timeZone: 'UTC', weekly: [{ days: ['wed'], open: '09:00', close: '17:00' }] },
    at: '2026-06-10T09:00Z',
    open: true,
    next: '2026-06-10T17:00Z',
  },

  // Found by fast-check: a span the spring gap swallows whole leaves a week with no opening.
  {
    name: 'a Sunday 02:45-03:15 that the spring gap swallows opens again the Sunday after',
    schedule: paris([{ days: ['sun'], open: '02:45', close: '03:15' }]),
    at: '2026-03-28T23:59:59.999+01:00',
    open: false,
    next: '2026-04-05T02:45+02:00',
  },
  {
    name: 'just after its last Sunday, a span the spring gap swallows next opens two weeks on',
    schedule: paris([{ days: ['sun'], open: '02:45', close: '03:15' }]),
    at: '2026-03-22T03:15+01:00',
    open: false,
    next: '2026-04-05T02:45+02:00',
  },
  // Found by fast-check: where the spring gap ends at midnight (America/Nuuk, Saturday 23:00
  // becomes Sunday 00:00), a Saturday time in it moves into Sunday, past Sunday's own openings.
  {
    name: 'in Nuuk a Sunday 00:00 opening comes before a Saturday 23:30 moved past midnight',
    schedule: nuukNight,
    at: '2026-03-28T22:50-02:00',
    open: false,
    next: '2026-03-29T00:00-01:00',
  },
  {
    name: 'in Nuuk a Saturday 23:30 moved past midnight keeps the line open after Sunday 00:45',
    schedule: nuukNight,
    at: '2026-03-29T00:10-01:00',
    open: true,
    next: '2026-03-29T02:00-01:00',
  },
  {
    name: 'in Scoresbysund a span ending at 23:29 in the gap ends at 00:29 the next day, two days after it opened',
    schedule: { timeZone: 'America/Scoresbysund', weekly: [{ days: ALL, open: '23:30', close: '23:29' }] },
    at: '2025-03-30T00:00-01:00',
    open: true,
    next: '2025-03-30T00:29-01:00',
  },
  // Found by fast-check: a week open around the clock where one span starts inside another. On
  // the spring night the later one's opening moves past the other's close: a hole, weeks away.
  {
    name: 'a week open around the clock closes for the 30 minutes the spring gap opens in it, weeks ahead',
    schedule: parisOverlap,
    at: '2026-03-01T12:00+01:00',
    open: true,
    next: '2026-03-29T03:00+02:00',
  },
  {
    name: 'and reopens at 03:30, the moved opening',
    schedule: parisOverlap,
    at: '2026-03-29T03:00+02:00',
    open: false,
    next: '2026-03-29T03:30+02:00',
  },
  {
    name: 'a week open around the clock in two shifts that meet at their edges never closes',
    schedule: paris([
      { days: ALL, open: '02:30', close: '14:00' },
      { days: ALL, open: '14:00', close: '02:30' },
    ]),
    at: '2026-03-01T12:00+01:00',
    open: true,
    next: null,
  },
  {
    name: 'a span inside another that the gap never opens a hole in: followed two years, then never closes',
    schedule: paris([
      { days: ALL, open: '00:00', close: '05:00' },
      { days: ALL, open: '02:30', close: '24:00' },
    ]),
    at: '2026-03-01T12:00+01:00',
    open: true,
    next: null,
  },
  {
    name: 'in New York, every day 02:45-01:00 and 01:00-03:00 close at 03:00 on the spring night, weeks ahead',
    schedule: {
      timeZone: 'America/New_York',
      weekly: [
        { days: ALL, open: '02:45', close: '01:00' },
        { days: ALL, open: '01:00', close: '03:00' },
      ],
    },
    at: '2035-02-15T00:00-05:00',
    open: true,
    next: '2035-03-11T03:00-04:00',
  },
  // Found by an independent oracle: exceptions must not end the watch for the next offset change.
  {
    name: 'the overlapping Paris week with an exception before the spring still closes in the spring gap',
    schedule: { ...parisOverlap, exceptions: [openAllDay('2026-12-25')] },
    at: '2026-12-07T13:00+01:00',
    open: true,
    next: '2027-03-28T03:00+02:00',
  },
  {
    name: 'the overlapping Paris week with an exception each month still closes in the next spring gap',
    schedule: {
      ...parisOverlap,
      exceptions: ['2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01'].map(openAllDay),
    },
    at: '2026-06-01T14:00+02:00',
    open: true,
    next: '2027-03-28T03:00+02:00',
  },
  // Found by an independent oracle: each exception starts the watch again, as it may hide a hole.
  {
    name: 'the overlapping Paris week whose spring gaps 2026-2030 are covered by exceptions closes in 2031',
    schedule: {
      ...parisOverlap,
      exceptions: ['2026-03-29', '2027-03-28', '2028-03-26', '2029-03-25', '2030-03-31'].map(openAllDay),
    },
    at: '2026-03-01T12:00+01:00',
    open: true,
    next: '2031-03-30T03:00+02:00',
  },
  {
    name: 'the overlapping Paris week under a daily feed of hours for two years closes in the first spring after it',
    schedule: {
      ...parisOverlap,
      exceptions: Array.from({ length: 763 }, (_, index) => openAllDay(new Date(Date.UTC(2026, 2, 1 + index)).toISOString().slice(0, 10))),
    },
    at: '2026-03-01T12:00+01:00',
    open: true,
    next: '2029-03-25T03:00+02:00',
  },
  // Found by fast-check: following the offset changes must not step over a closed day before them.
  {
    name: 'a week open around the clock, followed through its offset changes, still closes on a closed day before the next one',
    schedule: {
      timeZone: 'America/Havana',
      weekly: [
        { days: ALL, open: '02:30', close: '02:29' },
        { days: ALL, open: '02:29', close: '02:31' },
      ],
      exceptions: [{ date: '2035-03-06', hours: [] }],
    },
    at: '2034-07-05T00:00-04:00',
    open: true,
    next: '2035-03-06T00:00-05:00',
  },
  // Found by fast-check: open for a week less one minute, the one-minute gap on the eighth day.
  {
    name: 'a line open all week but Sunday 00:00-00:01 closes at that gap, seven days on',
    schedule: {
      timeZone: 'UTC',
      weekly: [
        { days: ['mon', 'tue', 'fri', 'sun'], open: '22:00', close: '00:01' },
        { days: ['thu', 'fri'], open: '00:00', close: '24:00' },
        { days: ['mon', 'tue', 'wed', 'sat', 'sun'], open: '00:01', close: '00:00' },
      ],
    },
    at: '2035-09-30T00:01Z',
    open: true,
    next: '2035-10-07T00:00Z',
  },
  // Found in review: the jump over plain weeks to an exception skipped the night shift that runs into it.
  {
    name: 'a line open around the clock in two shifts stays open until the midnight of a closed day weeks away',
    schedule: paris(
      [
        { days: ALL, open: '08:00', close: '20:00' },
        { days: ALL, open: '20:00', close: '08:00' },
      ],
      [{ date: '2026-12-25', hours: [] }],
    ),
    at: '2026-12-01T12:00+01:00',
    open: true,
    next: '2026-12-25T00:00+01:00',
  },
];
