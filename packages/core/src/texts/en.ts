import type { Words } from './types.js';

/** English: "9 am", "9:30 pm", "noon", "midnight", on every English locale, as DESIGN.md words it. */
export const en: Words = {
  language: 'en',
  days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  time: (minutes) => {
    const hour = Math.floor(minutes / 60) % 24;
    const minute = String(minutes % 60).padStart(2, '0');
    if (minute === '00' && hour % 12 === 0) return hour ? 'noon' : 'midnight';
    return `${((hour + 11) % 12) + 1}${minute === '00' ? '' : `:${minute}`} ${hour < 12 ? 'am' : 'pm'}`;
  },
  dayStart: '12 am',
  everyDay: 'Every day',
  range: '{a} to {b}',
  one: '{a}',
  and: ' and ',
  between: ', ',
  span: '{a} to {b}',
  allDay: '24 hours',
  separator: '; ',
  closed: 'Closed',
  zone: ' ({name} time)',
  zoneUtc: ' ({name})',
  cities: { 'Sao Paulo': 'São Paulo', 'St Johns': "St. John's" },
  nextDay: ' the next day',
  openAllDay: 'Open 24 hours',
  openUntil: ['Open until {t}', 'Open until {t} tomorrow', 'Open until {d} at {t}', 'Open until {d} at {t}'],
  opensAgain: ['Closed, opens today at {t}', 'Closed, opens tomorrow at {t}', 'Closed, opens {d} at {t}', 'Closed, opens on {d} at {t}'],
  title: 'Need to talk to someone?',
  victim: 'You are not alone. {name} listens and gives advice, without judgement.',
  witness: 'Thank you for reporting. If what you saw weighs on you, or to know how to help, {name} can advise you.',
  call: 'Call {number}',
  link: 'Visit the {name} website',
  privacy: 'Your report is not shared with {name}.',
  copy: 'Copy the number',
  copied: 'Number copied',
};
