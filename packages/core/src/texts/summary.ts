import type { MinuteSpan } from '../schedule.js';
import type { DayGroup } from './types.js';

/** "a", "a and b", "a, b and c". */
export function listOf(items: string[], and: string): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')}${and}${items.at(-1)}`;
}

/** A grouped hours summary: "du lundi au vendredi de 9 h à 18 h ; le samedi de 10 h à 12 h". */
export function summarize(
  groups: DayGroup[] | undefined,
  days: (list: number[]) => string,
  spans: (list: readonly MinuteSpan[]) => string,
  between: string,
  separator: string,
  closed: string,
): string {
  if (!groups) return '';
  if (groups.length === 0) return closed;
  return groups.map((group) => `${days(group.days)}${between}${spans(group.spans)}`).join(separator);
}
