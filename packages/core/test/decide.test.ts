import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, decide, HELPLINE_3018, isOpen, nextChange, parseHours } from '../src/index.js';
import type { DecideInput, Decision, Helpline, Message } from '../src/types.js';

/** Wednesday 2026-06-10, Paris time (+02:00). */
const NOON = new Date('2026-06-10T12:00+02:00');
const LATE = new Date('2026-06-10T23:30+02:00');
const EARLY = new Date('2026-06-10T07:00+02:00');
const WEBSITE = HELPLINE_3018.website;

/** A helpline like 3018 with other hours or fields. */
const line = (fields: Partial<Helpline>): Helpline => ({ ...HELPLINE_3018, ...fields });
const officeHours = line({ schedule: parseHours('Mo-Fr 09:00-18:00; Sa 10:00-12:00', 'Europe/Paris') });

/** The fields each rule fixes. */
function shape(decision: Decision) {
  return {
    kind: decision.kind,
    reason: decision.reason,
    href: 'href' in decision ? decision.href : undefined,
    number: 'number' in decision ? decision.number : undefined,
    open: decision.open,
  };
}

describe('decide: the rules of DESIGN.md, first match wins', () => {
  const cases: { name: string; input: DecideInput; expected: ReturnType<typeof shape> }[] = [
    {
      name: '1. an invalid input gives the fail-safe link, even for a category that is not covered',
      input: { now: NOON, report: { category: 'spam' }, locale: 'xx_XX' },
      expected: { kind: 'link', reason: 'invalid-config', href: WEBSITE, number: '3018', open: true },
    },
    {
      name: '2. a category outside the policy gets nothing',
      input: { now: NOON, report: { category: 'spam' } },
      expected: { kind: 'none', reason: 'not-covered', href: undefined, number: undefined, open: true },
    },
    {
      name: '2. a role outside the policy gets nothing, before the link policy',
      input: { now: NOON, report: { category: 'harassment', role: 'witness' }, policy: { roles: ['victim'], action: 'link' } },
      expected: { kind: 'none', reason: 'not-covered', href: undefined, number: undefined, open: true },
    },
    {
      name: '3. the link policy links to the website with the number as text, even while open',
      input: { now: NOON, policy: { action: 'link' } },
      expected: { kind: 'link', reason: 'policy-link', href: WEBSITE, number: '3018', open: true },
    },
    {
      name: '3. the link policy comes before abroad, and hides a number that cannot be dialled from there',
      input: { now: NOON, policy: { action: 'link' }, report: { category: 'harassment', country: 'BE' } },
      expected: { kind: 'link', reason: 'policy-link', href: WEBSITE, number: undefined, open: true },
    },
    {
      name: '4. a reporter abroad gets the link without the number',
      input: { now: NOON, report: { category: 'harassment', country: 'BE' } },
      expected: { kind: 'link', reason: 'abroad', href: WEBSITE, number: undefined, open: true },
    },
    {
      name: '4. abroad comes before closed',
      input: { now: LATE, report: { category: 'harassment', country: 'DE' }, policy: { whenClosed: 'hide' } },
      expected: { kind: 'link', reason: 'abroad', href: WEBSITE, number: undefined, open: false },
    },
    {
      name: '4. a country in lower case is still France',
      input: { now: NOON, report: { category: 'harassment', country: 'fr' } },
      expected: { kind: 'call', reason: 'open', href: 'tel:3018', number: '3018', open: true },
    },
    {
      name: '5. a helpline without a phone gets the link, before closed',
      input: { now: LATE, helpline: line({ phone: undefined }), policy: { whenClosed: 'hide' } },
      expected: { kind: 'link', reason: 'no-phone', href: WEBSITE, number: undefined, open: false },
    },
    {
      name: '6. a closed line gets the link with the number, before cannot-dial',
      input: { now: LATE, device: { canDial: false } },
      expected: { kind: 'link', reason: 'closed', href: WEBSITE, number: '3018', open: false },
    },
    {
      name: '6. a closed line with whenClosed hide gets nothing',
      input: { now: LATE, policy: { whenClosed: 'hide' } },
      expected: { kind: 'none', reason: 'closed', href: undefined, number: undefined, open: false },
    },
    {
      name: '7. a device that cannot dial gets the link and the number to copy',
      input: { now: NOON, device: { canDial: false } },
      expected: { kind: 'link', reason: 'cannot-dial', href: WEBSITE, number: '3018', open: true },
    },
    {
      name: '8. otherwise a call to tel:3018',
      input: { now: NOON },
      expected: { kind: 'call', reason: 'open', href: 'tel:3018', number: '3018', open: true },
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(shape(decide(input))).toEqual(expected);
  });

  it('4. abroad comes before 5. no phone: a line without a phone, reported from abroad, is abroad', () => {
    const { phone: _, ...withoutPhone } = HELPLINE_3018;
    const decision = decide({ now: NOON, helpline: withoutPhone, report: { category: 'harassment', country: 'BE' } });
    expect(decision).toMatchObject({ kind: 'link', reason: 'abroad', errors: [] });
  });

  it('a call carries closesAt and changesAt at 23:00, and no opensAt', () => {
    const decision = decide({ now: NOON });
    expect(decision.closesAt).toEqual(new Date('2026-06-10T23:00+02:00'));
    expect(decision.changesAt).toEqual(new Date('2026-06-10T23:00+02:00'));
    expect(decision.opensAt).toBeNull();
    expect(decision.errors).toEqual([]);
  });

  it('a closed line carries opensAt; changesAt is local midnight, where "tomorrow" becomes "today"', () => {
    const decision = decide({ now: LATE });
    expect(decision.opensAt).toEqual(new Date('2026-06-11T09:00+02:00'));
    expect(decision.closesAt).toBeNull();
    expect(decision.changesAt).toEqual(new Date('2026-06-11T00:00+02:00'));
  });

  it('a closed line early in the morning changes when it opens at 09:00', () => {
    const decision = decide({ now: EARLY });
    expect(decision.opensAt).toEqual(new Date('2026-06-10T09:00+02:00'));
    expect(decision.changesAt).toEqual(new Date('2026-06-10T09:00+02:00'));
  });

  it('a line open on Mondays only changes its decision when its text does: Sunday midnight, not every midnight', () => {
    const mondays = line({ schedule: parseHours('Mo 09:00-12:00', 'Europe/Paris') });
    const tuesday = decide({ now: new Date('2026-06-09T12:00+02:00'), helpline: mondays });
    expect(tuesday.texts.status).toBe('Fermé, rouvre lundi à 9 h');
    expect(tuesday.changesAt).toEqual(new Date('2026-06-14T00:00+02:00'));
    expect(decide({ now: new Date('2026-06-14T00:00+02:00'), helpline: mondays }).texts.status).toBe('Fermé, rouvre demain à 9 h');
  });

  it('accepts now as milliseconds', () => {
    expect(decide({ now: NOON.getTime() })).toEqual(decide({ now: NOON }));
  });

  it('returns the helpline it decided about', () => {
    expect(decide({ now: NOON }).helpline).toEqual(HELPLINE_3018);
    expect(decide({ now: NOON, helpline: officeHours }).helpline).toEqual(officeHours);
  });
});

describe('decide: policy defaults', () => {
  it.each(DEFAULT_CATEGORIES)('covers the default category %s', (category) => {
    expect(decide({ now: NOON, report: { category } }).reason).toBe('open');
  });

  it('leaves self-harm to another line by default', () => {
    expect(decide({ now: NOON, report: { category: 'self-harm' } }).reason).toBe('not-covered');
  });

  it('compares categories case-insensitively', () => {
    expect(decide({ now: NOON, report: { category: 'Harassment' } }).reason).toBe('open');
    expect(decide({ now: NOON, report: { category: 'Spam' }, policy: { categories: ['SPAM'] } }).reason).toBe('open');
  });

  it("covers any category with categories 'all'", () => {
    expect(decide({ now: NOON, report: { category: 'anything' }, policy: { categories: 'all' } }).reason).toBe('open');
  });

  it('covers victims and witnesses by default, and the victim is the default role', () => {
    expect(decide({ now: NOON, report: { category: 'harassment', role: 'witness' } }).reason).toBe('open');
    expect(decide({ now: NOON, report: { category: 'harassment' }, policy: { roles: ['witness'] } }).reason).toBe('not-covered');
  });

  it('without a report the host chose to show the hand-off, so it is covered', () => {
    expect(decide({ now: NOON, policy: { categories: [] } }).reason).toBe('open');
  });

  it('a report without a category is covered as far as the category goes; role and country still apply', () => {
    expect(decide({ now: NOON, report: { role: 'witness' } })).toMatchObject({ kind: 'call', reason: 'open', errors: [] });
    expect(decide({ now: NOON, report: { role: 'witness' }, policy: { categories: [] } }).reason).toBe('open');
    expect(decide({ now: NOON, report: { role: 'witness' }, policy: { roles: ['victim'] } }).reason).toBe('not-covered');
    expect(decide({ now: NOON, report: { country: 'BE' } }).reason).toBe('abroad');
    expect(decide({ now: NOON, report: {} }).reason).toBe('open');
  });

  it('calls by default and links when closed by default', () => {
    expect(decide({ now: NOON }).kind).toBe('call');
    expect(decide({ now: LATE }).kind).toBe('link');
  });
});

describe('decide: texts', () => {
  it('reads the 3018 hours and status in French by default', () => {
    const { texts } = decide({ now: NOON });
    expect(texts).toMatchObject({
      title: "Besoin d'en parler ?",
      hours: 'Tous les jours de 9 h à 23 h',
      status: "Ouvert jusqu'à 23 h",
      action: 'Appeler le 3018',
      number: '3018',
    });
  });

  it('reads the 3018 hours and status in English', () => {
    const { texts } = decide({ now: NOON, locale: 'en' });
    expect(texts).toMatchObject({ hours: 'Every day, 9 am to 11 pm', status: 'Open until 11 pm', action: 'Call 3018' });
  });

  it('says the line reopens tomorrow at 9, in French and English', () => {
    expect(decide({ now: LATE }).texts.status).toBe('Fermé, rouvre demain à 9 h');
    expect(decide({ now: LATE, locale: 'en' }).texts.status).toBe('Closed, opens tomorrow at 9 am');
  });

  it('says the line opens today at 9 before 9', () => {
    expect(decide({ now: EARLY }).texts.status).toBe("Fermé, rouvre aujourd'hui à 9 h");
    expect(decide({ now: EARLY, locale: 'en' }).texts.status).toBe('Closed, opens today at 9 am');
  });

  it('names the weekday when the line reopens after the weekend', () => {
    const saturdayEvening = new Date('2026-06-13T19:00+02:00');
    expect(decide({ now: saturdayEvening, helpline: officeHours }).texts.status).toBe('Fermé, rouvre lundi à 9 h');
    expect(decide({ now: saturdayEvening, helpline: officeHours, locale: 'en' }).texts.status).toBe('Closed, opens Monday at 9 am');
  });

  it('names the date when the line reopens more than a week ahead', () => {
    const helpline = line({
      schedule: {
        ...HELPLINE_3018.schedule,
        exceptions: [10, 11, 12, 13, 14, 15, 16, 17, 18, 19].map((day) => ({ date: `2026-08-${day}`, hours: [] })),
      },
    });
    const now = new Date('2026-08-10T12:00+02:00');
    expect(decide({ now, helpline }).texts.status).toBe('Fermé, rouvre le 20 août à 9 h');
    expect(decide({ now, helpline, locale: 'en' }).texts.status).toBe('Closed, opens on August 20 at 9 am');
    expect(decide({ now, helpline, locale: 'en-GB' }).texts.status).toBe('Closed, opens on 20 August at 9 am');
    // Gregorian dates whatever the locale's extensions: the texts' weekdays are Gregorian.
    expect(decide({ now, helpline, locale: 'en-u-ca-hebrew' }).texts.status).toBe('Closed, opens on August 20 at 9 am');
    expect(decide({ now, helpline, locale: 'fr-u-nu-arab' }).texts.status).toBe('Fermé, rouvre le 20 août à 9 h');
  });

  it('writes a grouped summary of the weekly hours', () => {
    expect(decide({ now: NOON, helpline: officeHours }).texts.hours).toBe('du lundi au vendredi de 9 h à 18 h ; le samedi de 10 h à 12 h');
    expect(decide({ now: NOON, helpline: officeHours, locale: 'en' }).texts.hours).toBe(
      'Monday to Friday, 9 am to 6 pm; Saturday, 10 am to noon',
    );
  });

  it('writes weekdays that do not follow each other one by one, and 24/7 as such', () => {
    const split = line({ schedule: parseHours('Mo,We 09:00-12:00,14:00-17:30', 'Europe/Paris') });
    expect(decide({ now: NOON, helpline: split }).texts.hours).toBe('le lundi et le mercredi de 9 h à 12 h et de 14 h à 17 h 30');
    const always = line({ schedule: parseHours('24/7', 'Europe/Paris') });
    expect(decide({ now: NOON, helpline: always }).texts).toMatchObject({ hours: 'Tous les jours 24 h/24', status: 'Ouvert 24 h/24' });
    expect(decide({ now: NOON, helpline: always, locale: 'en' }).texts).toMatchObject({
      hours: 'Every day, 24 hours',
      status: 'Open 24 hours',
    });
  });

  it('writes 12:30 as pm, and a day open from 0:00 on past midnight as open all day', () => {
    const lunch = line({ schedule: parseHours('Mo-Su 12:30-18:00', 'Europe/Paris') });
    expect(decide({ now: NOON, helpline: lunch, locale: 'en' }).texts.hours).toBe('Every day, 12:30 pm to 6 pm');
    const mondays = line({ schedule: parseHours('Mo 00:00-24:00,22:00-02:00', 'Europe/Paris') });
    expect(decide({ now: NOON, helpline: mondays }).texts.hours).toBe('le lundi 24 h/24');
  });

  it('says a line with no hours is closed, without a reopening', () => {
    const never = line({ schedule: { timeZone: 'Europe/Paris', weekly: [] } });
    const decision = decide({ now: NOON, helpline: never });
    expect(decision.texts).toMatchObject({ hours: 'Fermé', status: 'Fermé' });
    expect(decision.opensAt).toBeNull();
    expect(decision.changesAt).toBeNull();
  });

  it('says "until midnight" for a line closing at 24:00, not "tomorrow"', () => {
    const evenings = line({ schedule: parseHours('Mo-Su 18:00-24:00', 'Europe/Paris') });
    const now = new Date('2026-06-10T21:00+02:00');
    expect(decide({ now, helpline: evenings }).texts.status).toBe("Ouvert jusqu'à minuit");
    expect(decide({ now, helpline: evenings, locale: 'en' }).texts.status).toBe('Open until midnight');
    expect(decide({ now, helpline: evenings }).changesAt).toEqual(new Date('2026-06-11T00:00+02:00'));
  });

  it('says "until tomorrow 2 am" for a span past midnight', () => {
    const nights = line({ schedule: parseHours('Mo-Su 22:00-02:00', 'Europe/Paris') });
    const now = new Date('2026-06-10T23:00+02:00');
    expect(decide({ now, helpline: nights }).texts.status).toBe("Ouvert jusqu'à demain 2 h");
    expect(decide({ now, helpline: nights, locale: 'en' }).texts.status).toBe('Open until 2 am tomorrow');
    // At midnight "tomorrow 2 am" becomes "2 am".
    expect(decide({ now, helpline: nights }).changesAt).toEqual(new Date('2026-06-11T00:00+02:00'));
    expect(decide({ now: new Date('2026-06-11T00:00+02:00'), helpline: nights }).texts.status).toBe("Ouvert jusqu'à 2 h");
  });

  it('names the weekday and the date of a closing days ahead', () => {
    const weekdays = line({ schedule: parseHours('Mo 08:00-24:00; Tu-Th 00:00-24:00; Fr 00:00-17:00', 'Europe/Paris') });
    const monday = new Date('2026-06-08T09:00+02:00');
    expect(decide({ now: monday, helpline: weekdays }).texts.status).toBe("Ouvert jusqu'à vendredi 17 h");
    expect(decide({ now: monday, helpline: weekdays, locale: 'en' }).texts.status).toBe('Open until Friday at 5 pm');
    const always = line({ schedule: { ...parseHours('24/7', 'Europe/Paris'), exceptions: [{ date: '2026-06-25', hours: [] }] } });
    expect(decide({ now: monday, helpline: always }).texts.status).toBe("Ouvert jusqu'au 24 juin à minuit");
    expect(decide({ now: monday, helpline: always, locale: 'en' }).texts.status).toBe('Open until June 24 at midnight');
  });

  it('reads English in en-GB and French in fr-CA', () => {
    expect(decide({ now: NOON, locale: 'en-GB' }).texts).toMatchObject({ hours: 'Every day, 9 am to 11 pm', status: 'Open until 11 pm' });
    expect(decide({ now: NOON, locale: 'fr-CA' }).texts).toMatchObject({
      hours: 'Tous les jours de 9 h à 23 h',
      status: "Ouvert jusqu'à 23 h",
    });
  });

  it('falls back to English for other languages', () => {
    expect(decide({ now: NOON, locale: 'de-DE' }).texts.title).toBe('Need to talk to someone?');
  });

  it('says "heure de Paris" when the reporter is in another zone, and not when in Paris', () => {
    expect(decide({ now: NOON, timeZone: 'America/Martinique' }).texts).toMatchObject({
      hours: 'Tous les jours de 9 h à 23 h (heure de Paris)',
      status: "Ouvert jusqu'à 23 h (heure de Paris)",
    });
    expect(decide({ now: LATE, timeZone: 'Indian/Reunion', locale: 'en' }).texts).toMatchObject({
      hours: 'Every day, 9 am to 11 pm (Paris time)',
      // Already Thursday in Réunion: "tomorrow" would be Friday there, and "Thursday" next week's.
      status: 'Closed, opens on June 11 at 9 am (Paris time)',
    });
    expect(decide({ now: NOON, timeZone: 'Europe/Paris' }).texts.hours).toBe('Tous les jours de 9 h à 23 h');
    expect(decide({ now: NOON }).texts.status).toBe("Ouvert jusqu'à 23 h");
    // A status that names no time needs no zone.
    const allDay = line({ schedule: parseHours('24/7', 'Europe/Paris') });
    expect(decide({ now: NOON, helpline: allDay, timeZone: 'America/Martinique' }).texts.status).toBe('Ouvert 24 h/24');
  });

  it('names the day when the reporter\'s date is not the helpline\'s, as "today" and "tomorrow" are read on theirs', () => {
    const status = (now: string, timeZone?: string) => decide({ now: new Date(now), timeZone }).texts.status;
    // Tuesday 08:00 in Nouméa is Monday 23:00 in Paris: the line opens Tuesday 09:00 Paris time.
    // "Mardi", said on a Tuesday, would read as next week's: the date.
    expect(status('2026-06-09T08:00+11:00', 'Pacific/Noumea')).toBe('Fermé, rouvre le 9 juin à 9 h (heure de Paris)');
    expect(status('2026-06-09T08:00+11:00')).toBe('Fermé, rouvre demain à 9 h');
    // Monday 21:00 in Guadeloupe is Tuesday 03:00 in Paris.
    expect(status('2026-06-08T21:00-04:00', 'America/Guadeloupe')).toBe('Fermé, rouvre mardi à 9 h (heure de Paris)');
    // Same date on both sides: "demain" means the same day to both.
    expect(status('2026-06-08T17:30-04:00', 'America/Guadeloupe')).toBe('Fermé, rouvre demain à 9 h (heure de Paris)');
    // "Ouvert jusqu'à 23 h" names no day: nothing to name.
    expect(status('2026-06-09T05:00+11:00', 'Pacific/Noumea')).toBe("Ouvert jusqu'à 23 h (heure de Paris)");
  });

  it("changes at the reporter's midnight, where their date and the helpline's come to differ", () => {
    // Monday 17:30 in Guadeloupe, 23:30 in Paris: at Paris midnight "demain" becomes "mardi".
    const decision = decide({ now: new Date('2026-06-08T17:30-04:00'), timeZone: 'America/Guadeloupe' });
    expect(decision.changesAt).toEqual(new Date('2026-06-09T00:00+02:00'));
    // Monday 20:00 in New York, 02:00 Tuesday in Paris: at New York's midnight the dates agree again.
    const later = decide({ now: new Date('2026-06-08T20:00-04:00'), timeZone: 'America/New_York' });
    expect(later.texts.status).toBe('Fermé, rouvre mardi à 9 h (heure de Paris)');
    expect(later.changesAt).toEqual(new Date('2026-06-09T00:00-04:00'));
    expect(decide({ now: later.changesAt as Date, timeZone: 'America/New_York' }).texts.status).toBe(
      "Fermé, rouvre aujourd'hui à 9 h (heure de Paris)",
    );
  });

  it("gives the date where a weekday would mean another day on the reporter's calendar", () => {
    const mondays = line({ schedule: parseHours('Mo 09:00-17:00', 'Europe/Paris') });
    // Monday 18:00 in New York, Tuesday 00:00 in Paris: "lundi" would read as today, not next week.
    const monday = decide({ now: new Date('2026-06-09T00:00+02:00'), helpline: mondays, timeZone: 'America/New_York' });
    expect(monday.texts.status).toBe('Fermé, rouvre le 15 juin à 9 h (heure de Paris)');
    // At New York's midnight Monday is six days away on both calendars.
    expect(monday.changesAt).toEqual(new Date('2026-06-09T00:00-04:00'));
    expect(decide({ now: monday.changesAt as Date, helpline: mondays, timeZone: 'America/New_York' }).texts.status).toBe(
      'Fermé, rouvre lundi à 9 h (heure de Paris)',
    );
    // Tuesday 09:00 in Tokyo, Monday 20:00 in New York: the line opens within the hour, not next Monday.
    const evenings = line({ schedule: parseHours('Mo-Su 21:00-23:00', 'America/New_York') });
    const tokyo = decide({ now: new Date('2026-06-08T20:00-04:00'), helpline: evenings, timeZone: 'Asia/Tokyo', locale: 'en' });
    expect(tokyo.texts.status).toBe('Closed, opens on June 8 at 9 pm (New York time)');
    expect(tokyo.changesAt).toEqual(new Date('2026-06-08T21:00-04:00'));
  });

  it("changes after now where clocks set back past midnight read it twice (St John's, 2010)", () => {
    // 00:01 became 23:01 on 2010-11-07: at 03:06Z it is 00:06 again on the second pass.
    const days = line({ schedule: parseHours('Mo-Su 09:00-17:00', 'America/St_Johns') });
    const now = new Date('2010-11-07T03:06Z');
    const decision = decide({ now, helpline: days, timeZone: 'Europe/Paris' });
    expect(decision.changesAt?.getTime()).toBeGreaterThan(now.getTime());
    const before = decide({ now: (decision.changesAt as Date).getTime() - 1, helpline: days, timeZone: 'Europe/Paris' });
    expect(before.texts).toEqual(decision.texts);
  });

  it('gives victims and witnesses different bodies', () => {
    const victim = decide({ now: NOON, report: { category: 'harassment', role: 'victim' } }).texts.body;
    const witness = decide({ now: NOON, report: { category: 'harassment', role: 'witness' } }).texts.body;
    expect(victim).toBe("Vous n'êtes pas seul·e. Le 3018 vous écoute et vous conseille, sans jugement.");
    expect(witness).toBe(
      "Merci d'avoir signalé. Si ce que vous avez vu vous pèse, ou pour savoir comment aider, le 3018 peut vous conseiller.",
    );
    const en = (role: 'victim' | 'witness') => decide({ now: NOON, locale: 'en', report: { category: 'harassment', role } }).texts.body;
    expect(en('victim')).toBe('You are not alone. 3018 listens and gives advice, without judgement.');
    expect(en('witness')).toMatch(/^Thank you for reporting\./);
  });

  // Names that are not numbers take no article, keep their case as written, and "de" elides before a vowel.
  it.each([
    [
      'Nummer gegen Kummer',
      'Nummer gegen Kummer vous écoute',
      'Aller sur le site de Nummer gegen Kummer',
      'transmis à Nummer gegen Kummer.',
    ],
    ['e-Enfance', 'e-Enfance vous écoute', "Aller sur le site d'e-Enfance", 'transmis à e-Enfance.'],
    ['École des parents', 'École des parents vous écoute', "Aller sur le site d'École des parents", 'transmis à École des parents.'],
    // A name's own "Le" joins "de" and "à"; "La" does not.
    ['Le Refuge', 'Le Refuge vous écoute', 'Aller sur le site du Refuge', 'transmis au Refuge.'],
    ['La Porte Ouverte', 'La Porte Ouverte vous écoute', 'Aller sur le site de La Porte Ouverte', 'transmis à La Porte Ouverte.'],
  ])('names %s as written, without the article a number takes', (name, listens, action, privacy) => {
    const texts = decide({ now: NOON, helpline: line({ id: 'named', name }), policy: { action: 'link' } }).texts;
    expect(texts.body).toBe(`Vous n'êtes pas seul·e. ${listens} et vous conseille, sans jugement.`);
    expect(texts.action).toBe(action);
    expect(texts.privacy).toBe(`Votre signalement n'est pas ${privacy}`);
  });

  it('reads a name\'s own "Le" as its article: "le Refuge" within a sentence', () => {
    const helpline = line({ id: 'refuge', name: 'Le Refuge' });
    const witness = decide({ now: NOON, helpline, report: { category: 'harassment', role: 'witness' } }).texts.body;
    expect(witness).toBe(
      "Merci d'avoir signalé. Si ce que vous avez vu vous pèse, ou pour savoir comment aider, le Refuge peut vous conseiller.",
    );
  });

  it('links to the website in the action text when it does not call', () => {
    expect(decide({ now: LATE }).texts.action).toBe('Aller sur le site du 3018');
    expect(decide({ now: LATE, locale: 'en' }).texts.action).toBe('Visit the 3018 website');
  });

  it('has a number text only when a number is shown', () => {
    expect(decide({ now: NOON }).texts.number).toBe('3018');
    expect(decide({ now: NOON, report: { category: 'harassment', country: 'BE' } }).texts.number).toBeUndefined();
    expect(decide({ now: NOON, report: { category: 'spam' } }).texts.number).toBeUndefined();
  });
});

describe('decide: message overrides', () => {
  it('replaces a text with a string for the locale in use only', () => {
    const messages = { fr: { title: 'Parler à quelqu’un' }, en: { title: 'Talk to someone' } };
    expect(decide({ now: NOON, messages }).texts.title).toBe('Parler à quelqu’un');
    expect(decide({ now: NOON, messages, locale: 'en-US' }).texts.title).toBe('Talk to someone');
    expect(decide({ now: NOON, messages: { en: { title: 'Talk to someone' } } }).texts.title).toBe("Besoin d'en parler ?");
  });

  it('applies language-wide overrides, then those of the exact locale', () => {
    const messages = { 'fr-CA': { title: 'Besoin de jaser ?' }, fr: { title: 'Parler ?', privacy: 'Rien n’est transmis.' } };
    expect(decide({ now: NOON, messages, locale: 'fr-CA' }).texts).toMatchObject({
      title: 'Besoin de jaser ?',
      privacy: 'Rien n’est transmis.',
    });
    expect(decide({ now: NOON, messages, locale: 'fr' }).texts.title).toBe('Parler ?');
  });

  it('calls a function override with the decision', () => {
    const decision = decide({
      now: LATE,
      messages: {
        fr: { status: ({ open, opensAt, hoursText, role, number }) => `${open}|${opensAt?.toISOString()}|${hoursText}|${role}|${number}` },
      },
    });
    expect(decision.texts.status).toBe('false|2026-06-11T07:00:00.000Z|Tous les jours de 9 h à 23 h|victim|3018');
  });

  it('gives a function override copies: it cannot change the decision', () => {
    const decision = decide({
      now: LATE,
      helpline: line({ phone: '+33 1' }),
      messages: {
        fr: {
          title: (context) => {
            context.opensAt?.setTime(0);
            context.errors[0]?.path && Object.assign(context.errors[0], { path: 'changed' });
            context.errors.push({ code: 'missing', path: 'x', message: 'x' });
            return 'Titre';
          },
        },
      },
    });
    expect(decision.texts.title).toBe('Titre');
    expect(decision.opensAt).toEqual(new Date('2026-06-11T09:00+02:00'));
    expect(decision.errors.map(({ code, path }) => ({ code, path }))).toEqual([{ code: 'invalid-phone', path: 'helpline.phone' }]);
  });

  it('falls back to the built-in text when an override throws or returns no string', () => {
    const decision = decide({
      now: NOON,
      messages: {
        fr: {
          title: () => {
            throw new Error('broken');
          },
          body: (() => 42) as unknown as () => string,
        },
      },
    });
    expect(decision.texts.title).toBe("Besoin d'en parler ?");
    expect(decision.texts.body).toMatch(/^Vous n'êtes pas seul·e/);
    expect(decision.errors).toEqual([]);
  });

  it('overrides the copy texts and the number text', () => {
    const { texts } = decide({ now: NOON, messages: { fr: { copy: 'Copier', copied: 'Copié !', number: 'Le 3018' } } });
    expect(texts).toMatchObject({ copy: 'Copier', copied: 'Copié !', number: 'Le 3018' });
  });

  it('takes a number text only where it shows the number, as shown or in its national form', () => {
    const numberText = (number: Message, fields: Partial<Helpline> = {}) =>
      decide({
        now: NOON,
        helpline: line(fields),
        device: { canDial: false },
        report: { country: fields.callableFrom?.[0] ?? 'FR' },
        messages: { fr: { number } },
      }).texts.number;
    const german = { phone: '+49 800 1110333', callableFrom: ['DE'] };
    expect(numberText('Numéro gratuit : 3018')).toBe('Numéro gratuit : 3018');
    expect(numberText(({ number }) => `Appel gratuit au ${number}`)).toBe('Appel gratuit au 3018');
    expect(numberText('Gratuit et anonyme')).toBe('3018');
    expect(numberText('Le 30 18')).toBe('Le 30 18');
    expect(numberText('Le 3019')).toBe('3018');
    expect(numberText('0800 111 0333', german)).toBe('0800 111 0333');
    expect(numberText('+49 800 111 0333', german)).toBe('+49 800 111 0333');
    expect(numberText('Kostenlos und anonym', german)).toBe('+49 800 1110333');
    expect(numberText('0800 111 0334', german)).toBe('+49 800 1110333');
  });
});

describe('decide: phone formatting', () => {
  it('uses formatPhone when given', () => {
    const formatPhone = (phone: string) => ({ href: `tel:+33${phone.replace(/\D/g, '')}`, display: `+33 ${phone}` });
    const decision = decide({ now: NOON, helpline: line({ phone: '1 23 45 67 89' }), formatPhone });
    expect(decision).toMatchObject({ kind: 'call', href: 'tel:+33123456789', number: '+33 1 23 45 67 89' });
  });

  it('dials an international number in E.164 without formatPhone', () => {
    const decision = decide({ now: NOON, helpline: line({ phone: '+33 1 23 45 67 89' }) });
    expect(decision).toMatchObject({ kind: 'call', href: 'tel:+33123456789', number: '+33 1 23 45 67 89' });
  });

  it('drops the trunk (0) after the country code of a number written "+33 (0)1 …", and shows it as written', () => {
    for (const [phone, href] of [
      ['+33 (0)1 23 45 67 89', 'tel:+33123456789'],
      ['+44 (0)20 7946 0018', 'tel:+442079460018'],
      ['+33 ( 0 ) 1 23 45 67 89', 'tel:+33123456789'],
      ['+33-(0)1-23-45-67-89', 'tel:+33123456789'],
      ['+33.(0)1.23.45.67.89', 'tel:+33123456789'],
      ['+ 33 (0)1 23 45 67 89', 'tel:+33123456789'],
      ['+49-(0)30-123456', 'tel:+4930123456'],
      // Only there: further on, a (0) is one of the number's digits.
      ['+33 1 23 (0)4 56 78', 'tel:+33123045678'],
      // Italy's leading 0 is dialled from abroad too.
      ['+39 (0)6 1234 5678', 'tel:+390612345678'],
    ]) {
      expect(decide({ now: NOON, helpline: line({ phone }) })).toMatchObject({ kind: 'call', href, number: phone });
    }
  });

  it('dials a spaced short code without its spaces', () => {
    const decision = decide({ now: NOON, helpline: line({ phone: '116 111' }) });
    expect(decision).toMatchObject({ kind: 'call', href: 'tel:116111', number: '116 111' });
  });
});

describe('decide never throws', () => {
  const odd: unknown[] = [
    undefined,
    null,
    42,
    'now',
    [],
    {},
    {
      now: NOON,
      messages: new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('no keys');
          },
        },
      ),
    },
    {
      now: NOON,
      helpline: new Proxy(
        {},
        {
          get: () => {
            throw new Error('trap');
          },
        },
      ),
    },
    Object.defineProperty({}, 'now', {
      get: () => {
        throw new Error('getter');
      },
      enumerable: true,
    }),
  ];
  it.each(odd.map((input, index) => ({ input, index })))('odd input #$index gives the fail-safe link to 3018', ({ input }) => {
    const decision = decide(input as DecideInput);
    expect(decision).toMatchObject({ kind: 'link', reason: 'invalid-config', href: WEBSITE });
    expect(decision.errors.length).toBeGreaterThan(0);
  });
});

describe('decide: review fixes', () => {
  const OPEN_NOW = new Date('2026-11-30T10:00:00+01:00');

  it('without a report the hand-off is covered whatever roles the policy lists', () => {
    const decision = decide({ now: OPEN_NOW, policy: { roles: ['witness'] } });
    expect(decision.kind).toBe('call');
    expect(decision.reason).toBe('open');
  });

  it('a report without a role is a victim report, so a witness-only policy does not cover it', () => {
    expect(decide({ now: OPEN_NOW, report: { category: 'harassment' }, policy: { roles: ['witness'] } }).reason).toBe('not-covered');
  });

  it('a locale with no built-in texts gets plain English times, not its own clock', () => {
    const decision = decide({ now: new Date('2026-11-30T23:30:00+01:00'), locale: 'de' });
    expect(decision.texts.hours).toBe('Every day, 9 am to 11 pm');
    expect(decision.texts.status).toBe('Closed, opens tomorrow at 9 am');
  });

  it('every English locale words times as DESIGN.md does: "9 am", not "09:00"', () => {
    expect(decide({ now: OPEN_NOW, locale: 'en-GB' }).texts.hours).toBe('Every day, 9 am to 11 pm');
    expect(decide({ now: OPEN_NOW, locale: 'en-US' }).texts.hours).toBe('Every day, 9 am to 11 pm');
  });
});

describe('decide: a helpline without a phone line', () => {
  it('links to its website and tells no hours or status, which are the phone line’s', () => {
    const helpline = {
      id: 'web',
      name: 'Site d’aide',
      website: 'https://example.org/aide',
      callableFrom: [],
      schedule: { timeZone: 'Europe/Paris', weekly: [] },
    };
    const decision = decide({ now: new Date('2026-11-30T10:00:00+01:00'), helpline });
    expect(decision).toMatchObject({ kind: 'link', reason: 'no-phone', href: 'https://example.org/aide' });
    expect(decision.texts.hours).toBe('');
    expect(decision.texts.status).toBe('');
    expect(decision.texts.number).toBeUndefined();
  });

  it('changes only when the line opens or closes: it has no status whose wording changes at midnight', () => {
    const helpline = {
      id: 'web',
      name: 'Site d’aide',
      website: 'https://example.org/aide',
      callableFrom: [],
      schedule: parseHours('Tu 09:00-17:00', 'Europe/Paris'),
    };
    const decision = decide({ now: new Date('2026-06-10T12:00+02:00'), helpline });
    expect(decision).toMatchObject({ reason: 'no-phone', opensAt: new Date('2026-06-16T09:00+02:00') });
    expect(decision.changesAt).toEqual(decision.opensAt);
  });
});

describe('decide: second review', () => {
  it('an opening at midnight is 0:00 of its own day ("demain à 0 h"): "demain à minuit" reads as a day later', () => {
    const nights = line({ schedule: parseHours('Mo-Su 00:00-01:00', 'Europe/Paris') });
    expect(decide({ now: LATE, helpline: nights }).texts.status).toBe('Fermé, rouvre demain à 0 h');
    expect(decide({ now: LATE, helpline: nights, locale: 'en' }).texts.status).toBe('Closed, opens tomorrow at 12 am');
    expect(decide({ now: NOON, helpline: nights }).texts.hours).toBe('Tous les jours de 0 h à 1 h');
    const mondays = line({ schedule: parseHours('Mo 00:00-01:00', 'Europe/Paris') });
    expect(decide({ now: NOON, helpline: mondays }).texts.status).toBe('Fermé, rouvre lundi à 0 h');
    expect(decide({ now: NOON, helpline: mondays, locale: 'en' }).texts.status).toBe('Closed, opens Monday at 12 am');
  });

  it('English overrides reach the locales that read English texts', () => {
    const messages = { en: { title: 'Talk to someone' }, de: { body: 'Du bist nicht allein.' } };
    expect(decide({ now: NOON, locale: 'de', messages }).texts).toMatchObject({ title: 'Talk to someone', body: 'Du bist nicht allein.' });
    expect(decide({ now: NOON, locale: 'pt-BR', messages }).texts.title).toBe('Talk to someone');
    expect(decide({ now: NOON, locale: 'fr', messages }).texts.title).toBe("Besoin d'en parler ?");
  });

  it('an invalid helpline keeps its sound number and hours on the fail-safe link', () => {
    const custom = line({ id: '119', name: '119', phone: '119', website: 'https://www.allo119.gouv.fr/', verifiedAt: '2025' });
    const decision = decide({ now: NOON, helpline: custom });
    expect(decision).toMatchObject({ kind: 'link', reason: 'invalid-config', href: 'https://www.allo119.gouv.fr/', number: '119' });
    expect(decision.texts).toMatchObject({ hours: 'Tous les jours de 9 h à 23 h', status: "Ouvert jusqu'à 23 h" });
    expect(decision.errors).toEqual([expect.objectContaining({ code: 'invalid-date', path: 'helpline.verifiedAt' })]);
  });

  it('a helpline beyond use links to 3018’s website, without 3018’s number: the person may be anywhere the host’s line serves', () => {
    for (const helpline of [5, { ...line({ id: '103', name: '103', phone: '103', callableFrom: ['BE'] }), website: 'http://bad' }]) {
      const decision = decide({ now: NOON, helpline: helpline as never });
      expect(decision).toMatchObject({ kind: 'link', reason: 'invalid-config', href: WEBSITE });
      expect(decision).not.toHaveProperty('number');
      expect([decision.texts.hours, decision.texts.status]).toEqual(['', '']);
      // What it says of 3018 is still true: open at noon, until 23:00.
      expect(decision).toMatchObject({ helpline: HELPLINE_3018, open: true, closesAt: new Date('2026-06-10T23:00+02:00') });
    }
  });

  it('the fail-safe helpline is frozen, like a valid one: a host cannot change later decisions through it', () => {
    const custom = line({ id: '119', name: '119', phone: '119', website: 'https://www.allo119.gouv.fr/', verifiedAt: '2025' });
    const { helpline } = decide({ now: NOON, helpline: custom });
    expect(Object.isFrozen(helpline) && Object.isFrozen(helpline.schedule)).toBe(true);
  });

  it('a helpline changed in place is checked again: made invalid, it gives the fail-safe link', () => {
    const custom = line({});
    expect(decide({ now: NOON, helpline: custom }).reason).toBe('open');
    custom.website = 'ftp://example.org';
    expect(decide({ now: NOON, helpline: custom })).toMatchObject({ reason: 'invalid-config', href: WEBSITE });
    custom.website = 'https://example.org/';
    custom.schedule = parseHours('Mo-Fr 13:00-18:00', 'Europe/Paris');
    expect(decide({ now: NOON, helpline: custom })).toMatchObject({ reason: 'closed', href: 'https://example.org/' });
  });

  it('takes a Date from another realm (an iframe, a vm context)', async () => {
    const { runInNewContext } = await import('node:vm');
    const now = runInNewContext('new Date("2026-06-10T10:00:00Z")') as Date;
    expect(now instanceof Date).toBe(false);
    expect(decide({ now })).toMatchObject({ kind: 'call', reason: 'open', errors: [] });
  });

  it('is exact for any instant a Date can hold, years before 100 and BC included', () => {
    const hour = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', hourCycle: 'h23', hour: 'numeric' });
    for (const iso of [
      '0001-01-01T08:50:38.999Z',
      '0001-01-01T08:50:39Z',
      '0050-06-15T12:00Z',
      '-000500-03-01T21:50:39Z',
      '-271821-04-20T12:00Z',
    ]) {
      const now = Date.parse(iso);
      const decision = decide({ now });
      const localHour = Number(hour.format(now));
      expect(decision.errors, iso).toEqual([]);
      expect(decision.open, iso).toBe(localHour >= 9 && localHour < 23);
      expect(decision.changesAt?.getTime(), iso).toBeGreaterThan(now);
      expect(decide({ now: decision.changesAt as Date }).open, iso).not.toBe(decision.open);
    }
  });

  it('at the end of time the line has no next change, and nothing throws', () => {
    // 8.64e15 is 02:00 Paris time on 13 September 275760: closed, and 09:00 never comes.
    for (const now of [8.64e15, 8.64e15 - 1]) {
      expect(decide({ now })).toMatchObject({ errors: [], open: false, opensAt: null, changesAt: null });
    }
    // A day before, at 02:00: 09:00 still comes, and the decision changes then.
    const dayBefore = decide({ now: 8.64e15 - 86_400_000 });
    expect(dayBefore).toMatchObject({ errors: [], open: false, opensAt: new Date(8.64e15 - 86_400_000 + 7 * 3_600_000) });
    expect(dayBefore.changesAt).toEqual(dayBefore.opensAt);
  });

  it('at the start of time, in a zone behind UTC, the line is read as at any other time', () => {
    // -8.64e15 is 00:00 UTC on 20 April 271822 BC: 19 April in New York, a day no Date can hold.
    const line24 = line({ schedule: parseHours('24/7', 'America/New_York') });
    for (const now of [-8.64e15, -8.64e15 + 3_600_000, -8.64e15 + 50 * 3_600_000]) {
      expect(isOpen(line24.schedule, now)).toBe(true);
      expect(nextChange(line24.schedule, now)).toBeNull();
      expect(decide({ now, helpline: line24 })).toMatchObject({ errors: [], reason: 'open' });
      expect(decide({ now, timeZone: 'America/New_York' }), String(now)).toMatchObject({ errors: [] });
    }
    // 3018 from New York: just after midnight in Paris (its local mean time then), closed until 09:00.
    const early = decide({ now: -8.64e15, timeZone: 'America/New_York' });
    expect(early).toMatchObject({ reason: 'closed' });
    expect((early.opensAt as Date).getTime() + 8.64e15).toBeLessThan(9 * 3_600_000);
    expect(decide({ now: early.opensAt as Date }).reason).toBe('open');
  });
});

describe('decide: overrides that would break the hand-off', () => {
  it('an empty heading, body, action, number or button label keeps the built-in text; hours, status and privacy may be left out', () => {
    const blank = { title: '', body: ' ', action: '', number: '', copy: '', copied: '', hours: '', status: ' ', privacy: '\n' };
    const { texts } = decide({ now: NOON, device: { canDial: false }, messages: { fr: blank } });
    expect(texts).toMatchObject({
      title: "Besoin d'en parler ?",
      action: 'Aller sur le site du 3018',
      number: '3018',
      copy: 'Copier le numéro',
    });
    expect(texts.body).toMatch(/^Vous n'êtes pas seul·e/);
    expect([texts.hours, texts.status, texts.privacy]).toEqual(['', '', '']);
  });

  it('a formatPhone that cannot read 3018 is reported, and the link still goes to 3018', () => {
    const decision = decide({ now: NOON, formatPhone: () => undefined });
    expect(decision).toMatchObject({ kind: 'link', reason: 'invalid-config', href: WEBSITE });
    expect(decision.errors).toEqual([expect.objectContaining({ code: 'invalid-phone', path: 'formatPhone' })]);
    expect(decision.errors[0]?.message).toBe('formatPhone: expected a formatter that reads 3018, got no sound tel: number.');
  });
});

describe('decide: texts a person reads, third review', () => {
  const hoursOf = (text: string, locale = 'fr') =>
    decide({ now: NOON, locale, helpline: line({ schedule: parseHours(text, 'Europe/Paris') }) }).texts.hours;

  it('a run of a day or more ends "the next day"; a day open from 0:00 to midnight or beyond is open all day', () => {
    expect(hoursOf('Mo 08:00-24:00,20:00-09:00')).toBe('le lundi de 8 h à 9 h le lendemain');
    expect(hoursOf('Mo 08:00-24:00,20:00-09:00', 'en')).toBe('Monday, 8 am to 9 am the next day');
    expect(hoursOf('Mo-Fr 09:00-18:00,17:00-09:00')).toBe('du lundi au vendredi de 9 h à 9 h le lendemain');
    expect(hoursOf('Mo-Su 00:00-24:00,22:00-02:00')).toBe('Tous les jours 24 h/24');
    expect(hoursOf('Mo 00:00-06:00', 'en')).toBe('Monday, 12 am to 6 am');
  });

  it('a week with no closed minute reads "24 h/24", however its shifts are written', () => {
    expect(hoursOf('Mo-Su 08:00-21:00,20:00-09:00')).toBe('Tous les jours 24 h/24');
    expect(hoursOf('Mo-Fr 08:00-20:00,20:00-08:00; Sa,Su 00:00-24:00,20:00-08:00', 'en')).toBe('Every day, 24 hours');
    // A minute short of it every morning: the shifts as written.
    expect(hoursOf('Mo-Su 08:00-21:00,20:00-07:59')).toBe('Tous les jours de 8 h à 7 h 59');
    // Or only on Monday morning, 0:00 to 8:00 (the weekend's rule also replaces Friday night's spill, as in OpenStreetMap).
    expect(hoursOf('Mo-Fr 08:00-20:00,20:00-08:00; Sa,Su 00:00-24:00', 'en')).toBe(
      'Monday to Thursday, 8 am to 8 am the next day; Friday, 8 am to midnight; Saturday and Sunday, 24 hours',
    );
  });

  it('a run of days over the week’s end stays one', () => {
    expect(hoursOf('Fr-Mo 10:00-18:00')).toBe('du vendredi au lundi de 10 h à 18 h');
    expect(hoursOf('Su-Tu 22:00-02:00', 'en')).toBe('Sunday to Tuesday, 10 pm to 2 am');
    expect(hoursOf('Mo,Sa,Su 10:00-12:00')).toBe('du samedi au lundi de 10 h à 12 h');
    expect(hoursOf('Mo,We,Sa 10:00-12:00')).toBe('le lundi, le mercredi et le samedi de 10 h à 12 h');
  });

  it('a line open only on dated days has no weekly summary, rather than "closed"', () => {
    const helpline = line({
      schedule: { timeZone: 'Europe/Paris', weekly: [], exceptions: [{ date: '2026-06-11', hours: [{ open: '10:00', close: '12:00' }] }] },
    });
    expect(decide({ now: NOON, helpline }).texts).toMatchObject({ hours: '', status: 'Fermé, rouvre demain à 10 h' });
    expect(decide({ now: NOON, helpline: line({ schedule: parseHours('off', 'Europe/Paris') }) }).texts.hours).toBe('Fermé');
    // Once its last dated day has passed, it is closed for good.
    const after = decide({ now: new Date('2026-06-11T11:00+02:00'), helpline });
    expect(after.texts).toMatchObject({ hours: '', status: "Ouvert jusqu'à 12 h" });
    expect(decide({ now: after.changesAt as Date, helpline }).texts).toMatchObject({ hours: 'Fermé', status: 'Fermé' });
  });

  it('names the zone as the host wrote it, and fixed offsets the way people count them', () => {
    const status = (timeZone: string, locale = 'fr') =>
      decide({ now: NOON, locale, timeZone: 'America/Martinique', helpline: line({ schedule: parseHours('Mo-Su 08:00-20:00', timeZone) }) })
        .texts.hours;
    expect(status('Europe/Kyiv', 'en')).toBe('Every day, 8 am to 8 pm (Kyiv time)');
    expect(status('Asia/Kolkata')).toBe('Tous les jours de 8 h à 20 h (heure de Kolkata)');
    expect(status('Europe/Amsterdam')).toBe("Tous les jours de 8 h à 20 h (heure d'Amsterdam)");
    expect(status('EUROPE/PARIS')).toBe('Tous les jours de 8 h à 20 h (heure de Paris)');
    // In one case, where this ICU knows the zone by an older name (Asia/Saigon): each word capitalized.
    expect(status('asia/ho_chi_minh')).toBe('Tous les jours de 8 h à 20 h (heure de Ho Chi Minh)');
    expect(status('ASIA/HO_CHI_MINH')).toBe('Tous les jours de 8 h à 20 h (heure de Ho Chi Minh)');
    expect(status('america/argentina/buenos_aires', 'en')).toBe('Every day, 8 am to 8 pm (Buenos Aires time)');
    expect(status('Etc/GMT-3')).toBe('Tous les jours de 8 h à 20 h (heure UTC+3)');
    expect(status('UTC', 'en')).toBe('Every day, 8 am to 8 pm (UTC)');
    // Cities the language names otherwise, with their articles and elisions.
    expect(status('Europe/Brussels')).toBe('Tous les jours de 8 h à 20 h (heure de Bruxelles)');
    expect(status('africa/algiers')).toBe("Tous les jours de 8 h à 20 h (heure d'Alger)");
    expect(status('Indian/Reunion')).toBe('Tous les jours de 8 h à 20 h (heure de La Réunion)');
    expect(status('Europe/Brussels', 'en')).toBe('Every day, 8 am to 8 pm (Brussels time)');
    expect(status('America/St_Johns', 'en')).toBe("Every day, 8 am to 8 pm (St. John's time)");
    // Legacy names name no city: the zone's canonical name does.
    expect(status('US/Eastern')).toBe('Tous les jours de 8 h à 20 h (heure de New York)');
    expect(status('Japan', 'en')).toBe('Every day, 8 am to 8 pm (Tokyo time)');
    // A line open around the clock names no time, so no zone either.
    const allDay = decide({ now: NOON, timeZone: 'America/Martinique', helpline: line({ schedule: parseHours('24/7', 'Asia/Kolkata') }) });
    expect([allDay.texts.hours, allDay.texts.status]).toEqual(['Tous les jours 24 h/24', 'Ouvert 24 h/24']);
  });
});
