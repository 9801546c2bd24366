import { type Helpline, parseHours } from '@helpline-handoff/core';

/** Nummer gegen Kummer's opening hours, as OpenStreetMap `opening_hours` text (shared/HELPLINES.md). */
export const NGK_HOURS = 'Mo-Sa 14:00-20:00; Mo,We,Th 10:00-12:00,14:00-20:00';

/**
 * Germany's 116 111 child helpline, as a platform would add it: hours Mon-Sat 14:00-20:00, plus
 * Mon, Wed, Thu 10:00-12:00 (bmfsfj.de, via shared/HELPLINES.md). A story fixture, not shipped data.
 * The website is the helpline's own domain; it is not in HELPLINES.md, so check it before reuse.
 */
export const NUMMER_GEGEN_KUMMER: Helpline = {
  id: '116111-de',
  name: 'Nummer gegen Kummer',
  phone: '116 111',
  callableFrom: ['DE'],
  website: 'https://www.nummergegenkummer.de/',
  schedule: parseHours(NGK_HOURS, 'Europe/Berlin'),
  source: 'https://www.bmfsfj.de/',
};
