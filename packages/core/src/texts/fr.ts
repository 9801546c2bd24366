import type { Words } from './types.js';

/** French: "9 h", "9 h 30", "minuit"; "le 3018", "du 3018" but "Nummer gegen Kummer", "d'e-Enfance". */
export const fr: Words = {
  language: 'fr',
  days: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  time: (minutes) => {
    const hour = Math.floor(minutes / 60) % 24;
    const minute = minutes % 60;
    if (hour + minute === 0) return 'minuit';
    return minute ? `${hour} h ${String(minute).padStart(2, '0')}` : `${hour} h`;
  },
  article: (form, name) => {
    if (/^\d/.test(name)) return `${form} ${name}`;
    // A name's own "Le" is the article: "le Refuge" within a sentence, "du Refuge", "au Refuge".
    if (name.startsWith('Le ')) return form + name.slice(2);
    // Other names stand bare and as written (brands keep their case: "e-Enfance"); "de" elides before a vowel.
    if (form === 'du') return (/^[aeiouàâéèêëîïôûü]/i.test(name) ? "d'" : 'de ') + name;
    return form === 'au' ? `à ${name}` : name;
  },
  dayStart: '0 h',
  everyDay: 'Tous les jours',
  range: 'du {a} au {b}',
  one: 'le {a}',
  and: ' et ',
  between: ' ',
  span: 'de {a} à {b}',
  allDay: '24 h/24',
  separator: ' ; ',
  closed: 'Fermé',
  zone: ' (heure {du})',
  zoneUtc: ' (heure {name})',
  // The zones' cities that French names otherwise, where French is spoken (CLDR's names).
  cities: { Algiers: 'Alger', Brussels: 'Bruxelles', Comoro: 'Comores', Mauritius: 'Maurice', Noumea: 'Nouméa', Reunion: 'La Réunion' },
  nextDay: ' le lendemain',
  openAllDay: 'Ouvert 24 h/24',
  openUntil: ["Ouvert jusqu'à {t}", "Ouvert jusqu'à demain {t}", "Ouvert jusqu'à {d} {t}", "Ouvert jusqu'au {d} à {t}"],
  opensAgain: ["Fermé, rouvre aujourd'hui à {t}", 'Fermé, rouvre demain à {t}', 'Fermé, rouvre {d} à {t}', 'Fermé, rouvre le {d} à {t}'],
  title: "Besoin d'en parler ?",
  victim: "Vous n'êtes pas seul·e. {Le} vous écoute et vous conseille, sans jugement.",
  witness: "Merci d'avoir signalé. Si ce que vous avez vu vous pèse, ou pour savoir comment aider, {le} peut vous conseiller.",
  call: 'Appeler le {number}',
  link: 'Aller sur le site {du}',
  privacy: "Votre signalement n'est pas transmis {au}.",
  copy: 'Copier le numéro',
  copied: 'Numéro copié',
};
