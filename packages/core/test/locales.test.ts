/**
 * Locales (issue 7): which language a BCP 47 tag gets, and how times and dates read in it.
 * Each assertion is the text a person sees.
 */
import { describe, expect, it } from 'vitest';
import { decide, HELPLINE_3018, textsLang } from '../src/index.js';
import type { DecideInput, Helpline } from '../src/types.js';

/** Wednesday 2026-06-10 in Paris: noon (open), 07:00 (opens today), 23:30 (opens tomorrow). */
const NOON = new Date('2026-06-10T12:00+02:00');
const EARLY = new Date('2026-06-10T07:00+02:00');
const LATE = new Date('2026-06-10T23:30+02:00');

/** 3018 closed for a fortnight from `from`: the status names the reopening date. */
function closedUntil(from: string, days: number): Helpline {
  const start = Date.parse(`${from}T00:00Z`);
  const exceptions = Array.from({ length: days }, (_, index) => ({
    date: new Date(start + index * 86_400_000).toISOString().slice(0, 10),
    hours: [],
  }));
  return { ...HELPLINE_3018, schedule: { ...HELPLINE_3018.schedule, exceptions } };
}
const FORTNIGHT = closedUntil('2026-06-10', 15); // reopens Thursday 25 June
const NEW_YEAR = closedUntil('2025-12-18', 14); // reopens Thursday 1 January 2026

const texts = (locale: string, input: Partial<DecideInput> = {}) => {
  const decision = decide({ now: NOON, locale, ...input });
  expect(decision.errors).toEqual([]);
  return decision.texts;
};

describe('French locales', () => {
  it.each(['fr', 'fr-FR', 'fr-CA', 'fr-BE', 'fr-CH', 'FR-ca'])('%s reads in French, with French times', (locale) => {
    expect(texts(locale)).toMatchObject({
      title: "Besoin d'en parler ?",
      action: 'Appeler le 3018',
      hours: 'Tous les jours de 9 h à 23 h',
      status: "Ouvert jusqu'à 23 h",
      privacy: "Votre signalement n'est pas transmis au 3018.",
    });
    expect(texts(locale, { now: EARLY }).status).toBe("Fermé, rouvre aujourd'hui à 9 h");
    expect(texts(locale, { now: LATE }).status).toBe('Fermé, rouvre demain à 9 h');
    expect(texts(locale, { helpline: FORTNIGHT }).status).toBe('Fermé, rouvre le 25 juin à 9 h');
  });

  it('fr-CA names the helpline zone when the reporter is in Montreal', () => {
    expect(texts('fr-CA', { timeZone: 'America/Montreal' })).toMatchObject({
      hours: 'Tous les jours de 9 h à 23 h (heure de Paris)',
      status: "Ouvert jusqu'à 23 h (heure de Paris)",
    });
  });

  it('the first of the month reads "1er", as French writes it', () => {
    expect(texts('fr', { now: new Date('2025-12-20T12:00+01:00'), helpline: NEW_YEAR }).status).toBe('Fermé, rouvre le 1er janvier à 9 h');
  });

  it('a date a year or more away tells its year, which a nearer one leaves unsaid', () => {
    const YEAR_AWAY = closedUntil('2026-12-01', 372); // reopens Wednesday 8 December 2027
    const at = (now: string, locale = 'fr') => texts(locale, { now: new Date(now), helpline: YEAR_AWAY }).status;
    expect(at('2026-12-07T12:00+01:00')).toBe('Fermé, rouvre le 8 décembre 2027 à 9 h');
    expect(at('2026-12-08T23:59+01:00')).toBe('Fermé, rouvre le 8 décembre 2027 à 9 h');
    expect(at('2026-12-09T00:00+01:00')).toBe('Fermé, rouvre le 8 décembre à 9 h');
    expect(at('2026-12-07T12:00+01:00', 'en-GB')).toBe('Closed, opens on 8 December 2027 at 9 am');
    expect(at('2026-12-07T12:00+01:00', 'en-US')).toBe('Closed, opens on December 8, 2027 at 9 am');
    expect(texts('fr', { now: new Date('2027-12-06T12:00+01:00'), helpline: YEAR_AWAY }).status).toBe('Fermé, rouvre mercredi à 9 h');
  });

  it('texts for fr apply to fr-CA, and those for fr-CA win over them', () => {
    const messages = { fr: { title: 'Besoin d’aide ?', body: 'Corps' }, 'fr-CA': { title: 'Besoin de jaser ?' } };
    expect(texts('fr-CA', { messages })).toMatchObject({ title: 'Besoin de jaser ?', body: 'Corps' });
    expect(texts('fr-BE', { messages })).toMatchObject({ title: 'Besoin d’aide ?', body: 'Corps' });
  });
});

describe('English locales', () => {
  it.each(['en-GB', 'EN-gb', 'en-IE', 'en-US-u-hc-h23'])('%s reads in English, times as DESIGN.md words them ("9 am")', (locale) => {
    expect(texts(locale)).toMatchObject({
      title: 'Need to talk to someone?',
      action: 'Call 3018',
      hours: 'Every day, 9 am to 11 pm',
      status: 'Open until 11 pm',
    });
    expect(texts(locale, { now: EARLY }).status).toBe('Closed, opens today at 9 am');
    expect(texts(locale, { now: LATE }).status).toBe('Closed, opens tomorrow at 9 am');
  });

  it('en-GB writes the day before the month', () => {
    expect(texts('en-GB', { helpline: FORTNIGHT }).status).toBe('Closed, opens on 25 June at 9 am');
  });

  it.each(['en-US', 'en'])('%s reads in English on a 12-hour clock, the month first', (locale) => {
    expect(texts(locale)).toMatchObject({ hours: 'Every day, 9 am to 11 pm', status: 'Open until 11 pm' });
    expect(texts(locale, { now: EARLY }).status).toBe('Closed, opens today at 9 am');
    expect(texts(locale, { now: LATE }).status).toBe('Closed, opens tomorrow at 9 am');
    expect(texts(locale, { helpline: FORTNIGHT }).status).toBe('Closed, opens on June 25 at 9 am');
    expect(texts(locale, { timeZone: 'America/New_York' }).status).toBe('Open until 11 pm (Paris time)');
  });

  it('en-US writes midnight as a word', () => {
    const helpline = {
      ...HELPLINE_3018,
      schedule: { ...HELPLINE_3018.schedule, weekly: [{ ...HELPLINE_3018.schedule.weekly[0]!, close: '24:00' }] },
    };
    expect(texts('en-US', { helpline })).toMatchObject({ hours: 'Every day, 9 am to midnight', status: 'Open until midnight' });
  });
});

describe('other locales fall back to English', () => {
  // 'frr' (North Frisian) and 'fro' (Old French) only start like French.
  it.each(['de', 'zz', 'pt-BR', 'ja-JP', 'ar-EG', 'zh-Hant-TW', 'frr', 'fro'])('%s gets the English texts and no error', (locale) => {
    const decision = decide({ now: NOON, locale });
    expect(decision.errors).toEqual([]);
    expect(decision).toMatchObject({ kind: 'call', reason: 'open', href: 'tel:3018' });
    expect(decision.texts.title).toBe('Need to talk to someone?');
    expect(decision.texts.hours).toBe('Every day, 9 am to 11 pm');
  });

  // The texts are English, so their times are too: a German clock in an English sentence would mix.
  it.each(['de', 'pt-BR'])('%s writes English times in their plain form, 9 am', (locale) => {
    expect(texts(locale)).toMatchObject({ hours: 'Every day, 9 am to 11 pm', status: 'Open until 11 pm' });
  });

  // An English sentence must not carry a German or Portuguese month: "opens on 25. Juni".
  it.each(['de', 'pt-BR', 'ja-JP'])('%s: the English status names the date in English', (locale) => {
    expect(texts(locale, { helpline: FORTNIGHT }).status).toMatch(/^Closed, opens on (25 June|June 25) at 9 am$/);
  });
});

describe('malformed locales', () => {
  it.each(['!!', '', 'en_US', 'fr_FR', 'e', 'toolongsubtag-x', 'en--GB'])(
    '%j gives an invalid-locale error and the fail-safe link',
    (locale) => {
      const decision = decide({ now: NOON, locale });
      expect(decision.errors).toEqual([expect.objectContaining({ code: 'invalid-locale', path: 'locale' })]);
      expect(decision).toMatchObject({ kind: 'link', reason: 'invalid-config', href: HELPLINE_3018.website });
      expect(decision.texts.title).toBe("Besoin d'en parler ?");
    },
  );

  it('a locale that is not a string gives an invalid-locale error', () => {
    expect(decide({ now: NOON, locale: 42 as never }).errors).toEqual([
      expect.objectContaining({ code: 'invalid-locale', path: 'locale' }),
    ]);
  });

  it('a malformed locale key in messages is reported and ignored', () => {
    const decision = decide({ now: NOON, locale: 'fr', messages: { 'fr!!': { title: 'X' } } });
    expect(decision.errors).toEqual([expect.objectContaining({ code: 'invalid-locale', path: 'messages.fr!!' })]);
    expect(decision.texts.title).toBe("Besoin d'en parler ?");
  });
});

describe('textsLang', () => {
  const GERMAN = { title: 'Brauchst du jemanden zum Reden?', body: 'Du bist nicht allein.', action: 'Die Website besuchen' };
  it.each([
    [{}, 'fr'],
    [{ locale: 'fr-CA' }, 'fr-CA'],
    [{ locale: 'en-GB' }, 'en-GB'],
    [{ locale: 'de' }, 'en'],
    // Texts the host wrote in German: German where they give what a person reads first.
    [{ locale: 'de', messages: { de: GERMAN } }, 'de'],
    [{ locale: 'de-CH', messages: { de: { title: GERMAN.title }, 'de-CH': { body: GERMAN.body, action: () => 'Anrufen' } } }, 'de-CH'],
    // Else the rest is English, and so is the hand-off: one German title, an override rejected, texts in English.
    [{ locale: 'de', messages: { de: { title: 'Reden?' } } }, 'en'],
    [{ locale: 'de', messages: { de: { ...GERMAN, title: 42 } } }, 'en'],
    [{ locale: 'de', messages: { 'de!!': GERMAN } }, 'en'],
    [{ locale: 'de', messages: { en: GERMAN } }, 'en'],
    [{ locale: 'de', messages: 'Reden?' }, 'en'],
    [{ locale: '!!' }, 'fr'],
  ])('%o: the texts are in %s', (input, lang) => {
    expect(textsLang(input as never)).toBe(lang);
  });
});
