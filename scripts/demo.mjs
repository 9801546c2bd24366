// A look at the core at work: the decision for 3018 now, under both policies, and when it
// changes over the next 48 hours. Reads the built core (`pnpm build` first).
import { decide, HELPLINE_3018, nextChange } from '../packages/core/dist/index.js';

const now = Date.now();
const paris = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'full', timeStyle: 'short' });

console.log(`Now: ${paris.format(now)} (Paris time)\n`);
for (const action of ['call', 'link']) {
  const decision = decide({ now, policy: { action }, report: { category: 'harassment', role: 'victim', country: 'FR' } });
  console.log(`Policy "${action}": ${decision.kind} (${decision.reason}) ${decision.kind === 'none' ? '' : decision.href}`);
  for (const [key, text] of Object.entries(decision.texts)) console.log(`  ${key.padEnd(8)} ${text}`);
  console.log(`  changes  ${decision.changesAt ? paris.format(decision.changesAt) : 'never'}\n`);
}

console.log('3018 opens and closes over the next 48 hours:');
for (
  let at = nextChange(HELPLINE_3018.schedule, now);
  at && at.getTime() < now + 48 * 3600_000;
  at = nextChange(HELPLINE_3018.schedule, at)
) {
  const decision = decide({ now: at });
  console.log(`  ${paris.format(at)}: ${decision.kind === 'call' ? 'opens (call)' : 'closes (link)'}`);
}
