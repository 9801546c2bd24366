/** A day of the week, as used by weekly opening hours. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** A wall-clock time `'HH:MM'` from `'00:00'` to `'24:00'`, local to the schedule's time zone. */
export type LocalTime = string;

/** One span of time, half-open `[open, close)`. */
export interface TimeSpan {
  /** When the line starts answering, `'00:00'`..`'23:59'`. */
  open: LocalTime;
  /**
   * When it stops answering; the closing minute itself is closed. `'24:00'` is the end of the day;
   * a `close` earlier than `open` runs past midnight into the next day (`'22:00'`-`'02:00'`).
   */
  close: LocalTime;
}

/** Weekly opening hours: the same span on each of `days`. */
export interface Hours extends TimeSpan {
  /** The days this span starts on. */
  days: Weekday[];
}

/**
 * Hours for one local date that replace the weekly hours of that date (a holiday, a closure), as a
 * later rule does in `parseHours`: a weekly span of the day before that runs past midnight is cut
 * there, and a replaced weekly span's part past midnight still opens the next date. The
 * exception's own spans run past midnight as written.
 */
export interface DateException {
  /** The local date, `'YYYY-MM-DD'`. */
  date: string;
  /** The spans of that date; `[]` means closed all day. */
  hours: TimeSpan[];
}

/** When a phone line answers, in its own time zone. Overlapping spans are merged. */
export interface Schedule {
  /** The IANA time zone the hours are written in, e.g. `'Europe/Paris'`. */
  timeZone: string;
  /** The weekly hours; `[]` means never open (apart from exceptions). */
  weekly: Hours[];
  /** Dates whose hours differ from the weekly ones. */
  exceptions?: DateException[];
}

/** A helpline the hand-off leads to. */
export interface Helpline {
  /** A stable identifier, sent with events: `'3018'`. */
  id: string;
  /** The name shown to people: `'3018'`. */
  name: string;
  /** Who runs it: `'e-Enfance'`. */
  organisation?: string;
  /** A short code (`'3018'`) or an international number (`'+33 1 …'`); omitted when there is no phone line. */
  phone?: string;
  /** ISO 3166-1 alpha-2 regions that can dial `phone`: `['FR']`. */
  callableFrom: string[];
  /** The https URL the link leads to. */
  website: string;
  /** When the phone line answers. */
  schedule: Schedule;
  /** Where the facts come from. */
  source?: string;
  /** When the facts were last checked, `'YYYY-MM-DD'`. */
  verifiedAt?: string;
}

/** Who is reporting. */
export type Role = 'victim' | 'witness';

/** How a platform wants the hand-off to behave. */
export interface Policy {
  /** `'call'` shows a call button (the Instagram way), `'link'` a link to the website (the TikTok way). @default 'call' */
  action: 'call' | 'link';
  /** While the phone line is closed: show the website link, or nothing. @default 'link' */
  whenClosed: 'link' | 'hide';
  /** Report categories that get the hand-off (`DEFAULT_CATEGORIES` itself, or a list of your own). @default DEFAULT_CATEGORIES */
  categories: readonly string[] | 'all';
  /** Who gets the hand-off. @default ['victim', 'witness'] */
  roles: readonly Role[];
}

/** The report just submitted. Carries no personal data: only its kind. */
export interface Report {
  /** The platform's report category, e.g. `'harassment'` (compared case-insensitively); omitted, any category is covered. */
  category?: string;
  /** Whether the reporter is the victim or a witness. @default 'victim' */
  role?: Role;
  /** The reporter's country, ISO 3166-1 alpha-2, when the platform knows it. */
  country?: string;
}

/** What the device can do. */
export interface Device {
  /** Whether a `tel:` link places a call here (see `detectCanDial`). @default true */
  canDial: boolean;
}

/** The keys of every text the hand-off shows. */
export type TextKey = 'title' | 'body' | 'action' | 'number' | 'hours' | 'status' | 'privacy' | 'copy' | 'copied';

/** The localized texts of a decision, ready to render. `number` is present when a number is shown. */
export type Texts = Record<Exclude<TextKey, 'number'>, string> & { number?: string };

/** The languages with built-in texts. */
export type Language = 'fr' | 'en';

/** What a text function is given: the decision (without its texts) and who reports. */
export interface MessageContext extends DecisionBase {
  kind: Decision['kind'];
  href?: string;
  number?: string;
  /** The reporter's role. */
  role: Role;
  /** The language of the built-in texts in use. */
  language: Language;
  /** The locale asked for (BCP 47), used for formatting. */
  locale: string;
  /** The instant the decision was made for. */
  now: Date;
  /** The helpline's hours as text, in this language ('Tous les jours de 9 h à 23 h'). */
  hoursText: string;
}

/** A text: a fixed string, or a function of the decision. */
export type Message = string | ((context: MessageContext) => string);

/**
 * Text overrides for one locale. An empty text leaves out the `hours`, `status` or `privacy` line;
 * for the others (heading, body, action, number, copy button) the built-in text stays, as it does
 * when a function throws or returns something other than a string. A `number` text must show the
 * number ("Numéro gratuit : 3018", or a national form, "0800 111 0333"): the number always stays
 * in sight, as digits.
 */
export type Messages = Partial<Record<TextKey, Message>>;

/** Text overrides per locale (`'fr'`, `'en'`, `'fr-CA'`, or any other BCP 47 tag). */
export type MessagesByLocale = Partial<Record<string, Messages>>;

/** A phone number ready to dial and to show. */
export interface PhoneNumber {
  /** The `tel:` URL: `'tel:3018'`, `'tel:+33123456789'`. */
  href: string;
  /** The number as people read it: `'3018'`, `'+33 1 23 45 67 89'`. */
  display: string;
}

/** Turns `helpline.phone` into a dialable number, or `undefined` when it is not a valid number. */
export type PhoneFormatter = (phone: string) => PhoneNumber | undefined;

/** Everything `decide()` needs. Only `now` is required. */
export interface DecideInput {
  /** The instant to decide for. The core never reads the clock. */
  now: Date | number;
  /** The report just submitted; omitted, the host chose to show the hand-off, so it is covered. */
  report?: Report;
  /** The platform's policy; missing fields take their defaults. */
  policy?: Partial<Policy>;
  /** The helpline to hand off to; checked once, and again only when its content changes. @default HELPLINE_3018 */
  helpline?: Helpline;
  /** What the device can do. @default { canDial: true } */
  device?: Device;
  /** BCP 47 locale: `fr`, `fr-*` get French, anything else English. @default 'fr' */
  locale?: string;
  /**
   * Overrides of any text, per locale, applied from general to exact: the texts' language (`en`
   * for a locale that reads English, such as `de`), then the language subtag, then the locale.
   */
  messages?: MessagesByLocale;
  /** The reporter's IANA time zone, when the platform knows it: when it differs from the helpline's, texts name the helpline's zone. */
  timeZone?: string;
  /** Validates and formats full phone numbers; pass `formatPhone` from `@helpline-handoff/core/phone`. @default short codes and E.164 shapes only */
  formatPhone?: PhoneFormatter;
}

/** Why the decision is what it is. */
export type Reason = 'open' | 'policy-link' | 'closed' | 'cannot-dial' | 'abroad' | 'no-phone' | 'not-covered' | 'invalid-config';

/** What was wrong with the input. */
export type ConfigErrorCode =
  | 'missing'
  | 'invalid-type'
  | 'invalid-value'
  | 'unknown-key'
  | 'unreadable'
  | 'invalid-now'
  | 'invalid-time-zone'
  | 'invalid-time'
  | 'empty-span'
  | 'empty-days'
  | 'invalid-weekday'
  | 'invalid-date'
  | 'invalid-url'
  | 'invalid-phone'
  | 'invalid-country'
  | 'invalid-locale';

/** One problem in the input: what, where (a dotted path such as `helpline.schedule.weekly.0.open`), and a sentence. */
export interface ConfigError {
  code: ConfigErrorCode;
  path: string;
  message: string;
}

/** The fields every decision has. */
export interface DecisionBase {
  reason: Reason;
  /** The helpline this decision is about (the default one when the configured one is unusable). */
  helpline: Helpline;
  /** Whether the phone line answers at `now`. */
  open: boolean;
  /** When closed: the next opening; otherwise `null`. */
  opensAt: Date | null;
  /** When open: the next closing; otherwise `null`. */
  closesAt: Date | null;
  /** The earliest instant this decision can differ; `null` = never. */
  changesAt: Date | null;
  /** Every problem found in the input; `[]` when it is valid. */
  errors: ConfigError[];
}

/** What to show: a call button, a link, or nothing, with texts ready to render. */
export type Decision =
  | (DecisionBase & { kind: 'call'; href: string; number: string; texts: Texts })
  | (DecisionBase & { kind: 'link'; href: string; number?: string; texts: Texts })
  | (DecisionBase & { kind: 'none'; texts: Texts });

/** A navigator-like object, as `detectCanDial` reads it. */
export interface NavigatorLike {
  userAgent?: string;
  maxTouchPoints?: number;
  userAgentData?: { mobile?: boolean; platform?: string } | null;
}
