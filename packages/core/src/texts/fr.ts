import type { MinuteSpan } from '../schedule.js';
import { listOf, summarize } from './summary.js';
import type { LanguagePack, LocalMoment, TextFacts } from './types.js';

const DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

/** "9 h", "9 h 30", "minuit": the usual French way. */
function time(minutes: number): string {
  const hour = Math.floor(minutes / 60) % 24;
  const minute = minutes % 60;
  if (hour === 0 && minute === 0) return 'minuit';
  return minute === 0 ? `${hour} h` : `${hour} h ${String(minute).padStart(2, '0')}`;
}

/** "le 3018", "Nummer gegen Kummer": numbers take an article, names do not. */
const article = (name: string, withArticle: string, without: string) =>
  /^\d/.test(name) ? `${withArticle} ${name}` : `${without} ${name}`;

function spans(list: readonly MinuteSpan[]): string {
  if (list.length === 1 && list[0]?.[0] === 0 && list[0][1] === 1440) return '24 h/24';
  return listOf(
    list.map(([open, close]) => `de ${time(open)} à ${time(close)}`),
    ' et ',
  );
}

function days(list: number[]): string {
  if (list.length === 7) return 'Tous les jours';
  const runs: string[] = [];
  for (let index = 0; index < list.length; ) {
    let end = index;
    while (end + 1 < list.length && list[end + 1] === (list[end] as number) + 1) end++;
    if (end - index >= 2) runs.push(`du ${DAYS[list[index] as number]} au ${DAYS[list[end] as number]}`);
    else for (let day = index; day <= end; day++) runs.push(`le ${DAYS[list[day] as number]}`);
    index = end + 1;
  }
  return listOf(runs, ' et ');
}

function when(moment: LocalMoment, locale: string): string {
  if (moment.daysAhead === 0) return `aujourd'hui à ${time(moment.minutes)}`;
  if (moment.daysAhead === 1) return `demain à ${time(moment.minutes)}`;
  if (moment.daysAhead < 7) return `${DAYS[moment.weekday]} à ${time(moment.minutes)}`;
  return `le ${dateOf(moment, locale)} à ${time(moment.minutes)}`;
}

function dateOf(moment: LocalMoment, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(moment.date);
}

function zone(facts: TextFacts): string {
  return facts.zoneCity ? ` (heure de ${facts.zoneCity})` : '';
}

function status(facts: TextFacts): string {
  const { context, opens, closes } = facts;
  if (context.open) {
    if (!closes) return `Ouvert 24 h/24${zone(facts)}`;
    const at = time(closes.minutes);
    const until =
      closes.daysAhead === 0
        ? `à ${at}`
        : closes.daysAhead === 1
          ? `à demain ${at}`
          : closes.daysAhead < 7
            ? `à ${DAYS[closes.weekday]} ${at}`
            : `au ${dateOf(closes, context.locale)}, ${at}`;
    return `Ouvert jusqu'${until}${zone(facts)}`;
  }
  return opens ? `Fermé, rouvre ${when(opens, context.locale)}${zone(facts)}` : 'Fermé';
}

export const fr: LanguagePack = {
  hours: (facts) => {
    const text = summarize(facts.groups, days, spans, ' ', ' ; ', 'Fermé');
    return text && text + zone(facts);
  },
  texts: {
    title: () => "Besoin d'en parler ?",
    body: ({ context }) => {
      const helpline = article(context.helpline.name, 'le', '');
      return context.role === 'witness'
        ? `Merci d'avoir signalé. Si ce que vous avez vu vous pèse, ou pour savoir comment aider, ${helpline.trim()} peut vous conseiller.`
        : `Vous n'êtes pas seul·e. ${capitalize(helpline.trim())} vous écoute et vous conseille, sans jugement.`;
    },
    action: ({ context }) =>
      context.kind === 'call' ? `Appeler le ${context.number}` : `Aller sur le site ${article(context.helpline.name, 'du', 'de')}`,
    number: ({ context }) => context.number ?? '',
    status: (facts) => (facts.timeKnown ? status(facts) : ''),
    privacy: ({ context }) => `Votre signalement n'est pas transmis ${article(context.helpline.name, 'au', 'à')}.`,
    copy: () => 'Copier le numéro',
    copied: () => 'Numéro copié',
  },
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
