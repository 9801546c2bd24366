import type { MinuteSpan } from '../schedule.js';
import { listOf, summarize } from './summary.js';
import type { LanguagePack, LocalMoment, TextFacts } from './types.js';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "9 am", "9:30 pm", "midnight"; "09:00" where the locale uses a 24-hour clock. */
function time(minutes: number, hour24: boolean): string {
  const hour = Math.floor(minutes / 60) % 24;
  const minute = String(minutes % 60).padStart(2, '0');
  if (hour24) return `${String(hour).padStart(2, '0')}:${minute}`;
  if (hour === 0 && minute === '00') return 'midnight';
  const clock = ((hour + 11) % 12) + 1;
  return `${clock}${minute === '00' ? '' : `:${minute}`} ${hour < 12 ? 'am' : 'pm'}`;
}

function days(list: number[]): string {
  if (list.length === 7) return 'Every day';
  const runs: string[] = [];
  for (let index = 0; index < list.length; ) {
    let end = index;
    while (end + 1 < list.length && list[end + 1] === (list[end] as number) + 1) end++;
    if (end - index >= 2) runs.push(`${DAYS[list[index] as number]} to ${DAYS[list[end] as number]}`);
    else for (let day = index; day <= end; day++) runs.push(DAYS[list[day] as number] as string);
    index = end + 1;
  }
  return listOf(runs, ' and ');
}

function when(moment: LocalMoment, facts: TextFacts, on = 'on '): string {
  const at = time(moment.minutes, facts.hour24);
  if (moment.daysAhead === 0) return `today at ${at}`;
  if (moment.daysAhead === 1) return `tomorrow at ${at}`;
  if (moment.daysAhead < 7) return `${DAYS[moment.weekday]} at ${at}`;
  const date = new Intl.DateTimeFormat(facts.context.locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(moment.date);
  return `${on}${date} at ${at}`;
}

function zone(facts: TextFacts): string {
  return facts.zoneCity ? ` (${facts.zoneCity} time)` : '';
}

function status(facts: TextFacts): string {
  const { context, opens, closes } = facts;
  if (context.open) {
    if (!closes) return `Open 24 hours${zone(facts)}`;
    const at = time(closes.minutes, facts.hour24);
    const until = closes.daysAhead === 0 ? at : closes.daysAhead === 1 ? `${at} tomorrow` : when(closes, facts, '');
    return `Open until ${until}${zone(facts)}`;
  }
  return opens ? `Closed, opens ${when(opens, facts)}${zone(facts)}` : 'Closed';
}

export const en: LanguagePack = {
  hours: (facts) => {
    const spans = (list: readonly MinuteSpan[]) =>
      list.length === 1 && list[0]?.[0] === 0 && list[0][1] === 1440
        ? '24 hours'
        : listOf(
            list.map(([open, close]) => `${time(open, facts.hour24)} to ${time(close, facts.hour24)}`),
            ' and ',
          );
    const text = summarize(facts.groups, days, spans, ', ', '; ', 'Closed');
    return text && text + zone(facts);
  },
  texts: {
    title: () => 'Need to talk to someone?',
    body: ({ context }) =>
      context.role === 'witness'
        ? `Thank you for reporting. If what you saw weighs on you, or to know how to help, ${context.helpline.name} can advise you.`
        : `You are not alone. ${context.helpline.name} listens and gives advice, without judgement.`,
    action: ({ context }) => (context.kind === 'call' ? `Call ${context.number}` : `Visit the ${context.helpline.name} website`),
    number: ({ context }) => context.number ?? '',
    status: (facts) => (facts.timeKnown ? status(facts) : ''),
    privacy: ({ context }) => `Your report is not shared with ${context.helpline.name}.`,
    copy: () => 'Copy the number',
    copied: () => 'Number copied',
  },
};
