import { type DecideInput, decide } from '@helpline-handoff/core';

const paris = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', dateStyle: 'full', timeStyle: 'short' });

/**
 * What core decides for a story's input, as Markdown for the docs panel: computed from the
 * built core when the story loads, so the explanation cannot drift from the behaviour.
 */
export function explainDecision(input: DecideInput, lead: string): string {
  const decision = decide(input);
  const href = decision.kind === 'none' ? '' : `, \`href: '${decision.href}'\``;
  const lines = [lead, '', `**Decision:** \`kind: '${decision.kind}'\`, \`reason: '${decision.reason}'\`${href}`];
  if (decision.opensAt)
    lines.push('', `**Opens at:** ${paris.format(decision.opensAt)}, Paris time (\`${decision.opensAt.toISOString()}\`)`);
  if (decision.closesAt)
    lines.push('', `**Closes at:** ${paris.format(decision.closesAt)}, Paris time (\`${decision.closesAt.toISOString()}\`)`);
  if (decision.errors.length > 0) {
    lines.push('', '**Configuration errors** (`decision.errors`; the wrapper still shows the fail-safe link):', '');
    for (const error of decision.errors) lines.push(`- \`${error.code}\` at \`${error.path}\`: ${error.message}`);
  }
  return lines.join('\n');
}
