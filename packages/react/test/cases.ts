import type { Decision, Helpline } from '@helpline-handoff/core';
import { HELPLINE_3018 } from '@helpline-handoff/core';
import type { HelplineHandoffProps } from '../src/index.js';

/** An instant given as Paris wall-clock time ('HH:MM' or 'HH:MM:SS') in June (UTC+2). */
export const paris = (time: string, day = '2025-06-10') => new Date(`${day}T${time.length === 5 ? `${time}:00` : time}+02:00`);

export const OPEN = paris('10:00');
export const CLOSED = paris('23:30');

export const NO_PHONE: Helpline = { ...HELPLINE_3018, id: 'web-only', name: 'Net Écoute', phone: undefined };
export const CUSTOM: Helpline = {
  id: 'nummer',
  name: 'Nummer gegen Kummer',
  phone: '+49 800 1110333',
  callableFrom: ['DE'],
  website: 'https://www.nummergegenkummer.de/',
  schedule: { timeZone: 'Europe/Berlin', weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], open: '14:00', close: '20:00' }] },
};

export interface Case {
  name: string;
  props: HelplineHandoffProps;
  kind: Decision['kind'];
  reason: Decision['reason'];
  /** The number shown as text, if any. */
  number?: string;
  /** The action's href, when there is one. */
  href?: string;
}

/** Every decision kind and reason, as the component renders them. */
export const CASES: Case[] = [
  { name: 'open line: a call', props: { now: OPEN }, kind: 'call', reason: 'open', number: '3018', href: 'tel:3018' },
  { name: 'closed line: the website', props: { now: CLOSED }, kind: 'link', reason: 'closed', number: '3018', href: HELPLINE_3018.website },
  { name: 'closed line, hidden by policy', props: { now: CLOSED, policy: { whenClosed: 'hide' } }, kind: 'none', reason: 'closed' },
  {
    name: 'device cannot dial: the website, the number and a copy button',
    props: { now: OPEN, device: { canDial: false } },
    kind: 'link',
    reason: 'cannot-dial',
    number: '3018',
    href: HELPLINE_3018.website,
  },
  {
    name: 'policy link',
    props: { now: OPEN, policy: { action: 'link' } },
    kind: 'link',
    reason: 'policy-link',
    number: '3018',
    href: HELPLINE_3018.website,
  },
  {
    name: 'reporter abroad: no number',
    props: { now: OPEN, report: { category: 'harassment', country: 'BE' } },
    kind: 'link',
    reason: 'abroad',
    href: HELPLINE_3018.website,
  },
  {
    name: 'helpline without phone',
    props: { now: OPEN, helpline: NO_PHONE },
    kind: 'link',
    reason: 'no-phone',
    href: HELPLINE_3018.website,
  },
  { name: 'category not covered', props: { now: OPEN, report: { category: 'spam' } }, kind: 'none', reason: 'not-covered' },
  {
    name: 'role not covered',
    props: { now: OPEN, report: { category: 'harassment', role: 'witness' }, policy: { roles: ['victim'] } },
    kind: 'none',
    reason: 'not-covered',
  },
  {
    name: 'invalid config: the fail-safe link',
    props: { now: OPEN, helpline: { ...HELPLINE_3018, website: 'http://insecure.example' } },
    kind: 'link',
    reason: 'invalid-config',
    href: HELPLINE_3018.website,
  },
  {
    name: 'custom helpline, open in Berlin',
    props: { now: paris('15:00'), helpline: CUSTOM, locale: 'en', report: { category: 'harassment', country: 'DE' } },
    kind: 'call',
    reason: 'open',
    number: '+49 800 1110333',
    href: 'tel:+498001110333',
  },
];
