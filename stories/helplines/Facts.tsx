import type { Helpline } from '@helpline-handoff/core';
import { useHelplineHandoff } from '@helpline-handoff/react';
import type { ReactElement } from 'react';

/** The fact sheet of a helpline, as the hand-off reads it (hours summarized by core). */
export function Facts({ helpline, now, locale }: { helpline: Helpline; now: Date; locale: string }): ReactElement {
  const decision = useHelplineHandoff({ helpline, now, locale });
  const rows: [string, string | undefined][] = [
    ['Name', helpline.name],
    ['Run by', helpline.organisation],
    ['Number', helpline.phone],
    ['Callable from', helpline.callableFrom.join(', ')],
    ['Website', helpline.website],
    ['Hours', decision.texts.hours],
    ['Time zone', helpline.schedule.timeZone],
    ['Source', helpline.source],
    ['Verified', helpline.verifiedAt],
  ];
  return (
    <dl className="sb-facts" lang="en">
      {rows
        .filter((row): row is [string, string] => Boolean(row[1]))
        .map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
