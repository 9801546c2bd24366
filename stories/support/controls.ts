import { DEFAULT_CATEGORIES } from '@helpline-handoff/core';
import type { HandoffInput } from '@helpline-handoff/react';
import type { ArgTypes } from '@storybook/react-vite';
import { IN_HOURS, zonedInstant } from './time.ts';

/**
 * The designer's controls, shared by the React and the web-component stories, so the same
 * knobs give the same hand-off in both. Everything is plain data: no personal data in a report.
 */
export interface HandoffArgs {
  /** Wall-clock time in Paris, 'YYYY-MM-DDTHH:MM'. */
  parisTime: string;
  action: 'call' | 'link';
  whenClosed: 'link' | 'hide';
  category: string;
  role: 'victim' | 'witness';
  /** '' = the platform does not know. */
  country: string;
  locale: string;
  canDial: boolean;
  /** The reporter's zone, '' = unknown. */
  reporterTimeZone: string;
}

export const DEFAULT_ARGS: HandoffArgs = {
  parisTime: IN_HOURS,
  action: 'call',
  whenClosed: 'link',
  category: 'harassment',
  role: 'victim',
  country: 'FR',
  locale: 'fr',
  canDial: true,
  reporterTimeZone: '',
};

export const HANDOFF_ARG_TYPES: Partial<ArgTypes<HandoffArgs>> = {
  parisTime: {
    name: 'Paris time',
    description:
      'The instant to show, as a wall-clock time in Paris (YYYY-MM-DDTHH:MM). 3018 answers every day 09:00-23:00 Paris time. Passed as `now`.',
    control: 'text',
    table: { category: 'Time' },
  },
  action: {
    description: "Policy: 'call' shows a call button (the Instagram way), 'link' a link to the website (the TikTok way).",
    control: 'inline-radio',
    options: ['call', 'link'],
    table: { category: 'Policy', defaultValue: { summary: 'call' } },
  },
  whenClosed: {
    description: 'Policy: while the line is closed, show the website link, or nothing.',
    control: 'inline-radio',
    options: ['link', 'hide'],
    table: { category: 'Policy', defaultValue: { summary: 'link' } },
  },
  category: {
    description: "The report's category. The default policy covers digital violence; 'spam' and 'self-harm' are not covered.",
    control: 'select',
    options: [...DEFAULT_CATEGORIES, 'spam', 'self-harm'],
    table: { category: 'Report' },
  },
  role: { description: 'Who reports.', control: 'inline-radio', options: ['victim', 'witness'], table: { category: 'Report' } },
  country: {
    description: "The reporter's country (ISO 3166-1), when the platform knows it. 3018 can only be dialled from France.",
    control: 'select',
    options: ['', 'FR', 'BE', 'CH', 'DE', 'CA'],
    labels: { '': '(unknown)' } as Record<string, string>,
    table: { category: 'Report' },
  },
  locale: {
    description: 'BCP 47 locale: fr and fr-* get French, anything else English. The host container gets it as `lang`.',
    control: 'select',
    options: ['fr', 'fr-BE', 'en', 'en-GB', 'de'],
    table: { category: 'Reader' },
  },
  canDial: {
    description: 'Whether a tel: link places a call on this device (false on desktops: the number shows with a copy button).',
    control: 'boolean',
    table: { category: 'Reader' },
  },
  reporterTimeZone: {
    description: 'The reporter\'s IANA zone, when known; when it differs from the helpline\'s, times say "heure de Paris".',
    control: 'select',
    options: ['', 'Europe/Paris', 'America/Martinique', 'Europe/London', 'America/Montreal'],
    labels: { '': '(unknown)' } as Record<string, string>,
    table: { category: 'Reader' },
  },
};

/** The controls as `<HelplineHandoff>` props. */
export function toReactInput(args: HandoffArgs): HandoffInput & { now: Date } {
  return {
    now: zonedInstant(args.parisTime),
    report: { category: args.category, role: args.role, ...(args.country ? { country: args.country } : {}) },
    policy: { action: args.action, whenClosed: args.whenClosed },
    device: { canDial: args.canDial },
    locale: args.locale,
    ...(args.reporterTimeZone ? { timeZone: args.reporterTimeZone } : {}),
  };
}

/**
 * The controls as `<helpline-handoff>` attributes (strings, as in HTML). All but the role: a
 * `role` attribute is ARIA's (`role="victim"` is an invalid ARIA role, which axe rejects), so the
 * stories give the reporter's role through the `report` property instead; see `toProperties`.
 */
export function toAttributes(args: HandoffArgs): Record<string, string> {
  const now = zonedInstant(args.parisTime);
  return {
    action: args.action,
    'when-closed': args.whenClosed,
    category: args.category,
    ...(args.country ? { country: args.country } : {}),
    locale: args.locale,
    // An invalid Paris time stays invalid, so the element's fail-safe shows, as in React.
    now: Number.isNaN(now.getTime()) ? args.parisTime : now.toISOString(),
    'can-dial': String(args.canDial),
    ...(args.reporterTimeZone ? { 'reporter-time-zone': args.reporterTimeZone } : {}),
  };
}

/** The controls that go to `<helpline-handoff>` as properties: the reporter's role (see above). */
export function toProperties(args: HandoffArgs): { report?: { category: string; role: 'witness' } } {
  return args.role === 'witness' ? { report: { category: args.category, role: 'witness' } } : {};
}
