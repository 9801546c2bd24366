import { deepFreeze } from './content.js';
import type { Helpline } from './types.js';

/**
 * 3018, the French national helpline for young victims of digital violence, run by e-Enfance.
 * Facts and sources: shared/HELPLINES.md. Frozen: pass your own `helpline` to change anything.
 */
export const HELPLINE_3018: Helpline = deepFreeze({
  id: '3018',
  name: '3018',
  organisation: 'e-Enfance',
  // A 4-digit French short number: free from mobiles and landlines, not shown on the bill.
  phone: '3018',
  // It cannot be dialled from abroad (Senate question qSEQ211125493). Whether it works from
  // overseas France is not established: platforms that know can add those regions.
  callableFrom: ['FR'],
  website: 'https://e-enfance.org/numero-3018/',
  schedule: {
    // Inferred: a mainland service, hours given in Paris time.
    timeZone: 'Europe/Paris',
    // Every day 09:00-23:00, 365 days a year, since February 2023.
    weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], open: '09:00', close: '23:00' }],
  },
  source: 'https://www.solidarites.gouv.fr/node/2219; https://e-enfance.org/numero-3018/',
  verifiedAt: '2025-11-07',
});

/**
 * Report categories that get the hand-off by default: the digital violence 3018 handles.
 * Self-harm is left out on purpose: it belongs to a suicide-prevention line, not 3018.
 */
export const DEFAULT_CATEGORIES: readonly string[] = Object.freeze([
  'harassment',
  'bullying',
  'hate-speech',
  'threats',
  'sexual-harassment',
  'intimate-images',
  'sextortion',
  'impersonation',
  'doxxing',
]);
