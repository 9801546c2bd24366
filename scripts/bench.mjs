// `pnpm bench`: speed of the core beside the npm package `opening_hours` (the reference peer),
// in one process, and the bundle sizes integrators pay. Not a test: numbers, not verdicts.
// Needs the built packages (`pnpm bench` builds first).
import { existsSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import OpeningHours from 'opening_hours';
import { decide, isOpen, nextChange, parseHours } from '../packages/core/dist/index.js';

// opening_hours reads wall-clock time from `Date`'s local fields: pin the process zone to UTC so
// that "local" is exactly the wall time we hand it.
process.env.TZ = 'UTC';

const ZONE = 'Europe/Paris';
// A span past midnight that no later rule cuts: opening_hours lets a rule for a day replace the
// night that spilled into it from the day before, where ours keep it (it belongs to its day).
const HOURS = 'Mo-Th 09:00-23:00; Fr-Su 10:00-02:00';
const schedule = parseHours(HOURS, ZONE);
const helpline = { id: 'bench', name: 'Bench line', phone: '3018', callableFrom: ['FR'], website: 'https://example.org/', schedule };
const peer = new OpeningHours(HOURS);

// 1,000 instants spread over 2026, the same for every contender.
let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const instants = Array.from({ length: 1000 }, () => Date.UTC(2026, 0, 1) + Math.floor(random() * 365 * 864e5));

// The peer has no time zones: convert each instant to Paris wall time and back, as its users must.
const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});
function offsetAt(instant) {
  const part = Object.fromEntries(wallClock.formatToParts(instant).map(({ type, value }) => [type, Number(value)]));
  return Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second) - Math.floor(instant / 1000) * 1000;
}
function peerAnswer(instant) {
  const wall = new Date(instant + offsetAt(instant));
  const open = peer.getState(wall);
  const next = peer.getNextChange(wall);
  return { open, next: next && next.getTime() - offsetAt(next.getTime() - offsetAt(next.getTime())) };
}

/**
 * Nanoseconds per call of each task, round after round, the tasks taking turns (in alternating
 * order) so that whatever the machine does meanwhile (another process, a garbage collection)
 * touches all of them alike. Ratios are then taken within each round.
 */
function measureInTurns(tasks, rounds = 21) {
  const names = Object.keys(tasks);
  for (const name of names) for (let round = 0; round < 20; round++) for (const instant of instants) tasks[name](instant); // let the JIT settle
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 ? [...names].reverse() : names) {
      const start = process.hrtime.bigint();
      for (const instant of instants) tasks[name](instant);
      times[name].push(Number(process.hrtime.bigint() - start) / instants.length);
    }
  }
  return times;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Both must give the same answers, or the race means nothing. They differ by design only on a
// closing at a repeated autumn time (02:00 on 25 October): ours is its first occurrence.
const differences = instants.filter((instant) => {
  const ours = { open: isOpen(schedule, instant), next: nextChange(schedule, instant)?.getTime() };
  const theirs = peerAnswer(instant);
  return ours.open !== theirs.open || ours.next !== theirs.next;
});
const REPEATED_CLOSING = Date.parse('2026-10-25T00:00Z'); // 02:00 CEST, the first 02:00 of that night
const byDesign = (instant) =>
  isOpen(schedule, instant) === peerAnswer(instant).open && nextChange(schedule, instant)?.getTime() === REPEATED_CLOSING;
const unexplained = differences.filter((instant) => !byDesign(instant));
console.log(
  `Same answers as opening_hours at ${instants.length - differences.length} of ${instants.length} instants; ` +
    `${differences.length - unexplained.length} differ by design (the repeated 02:00 of 25 October: ours is its first occurrence).`,
);
for (const instant of unexplained) console.warn(`Answers differ at ${new Date(instant).toISOString()}, not by design.`);
if (unexplained.length > 0) process.exitCode = 1;

const times = measureInTurns({
  state: (instant) => isOpen(schedule, instant) && nextChange(schedule, instant),
  decide3018: (instant) => decide({ now: instant }),
  decide: (instant) => decide({ now: instant, helpline }),
  peer: peerAnswer,
});
const [ourState, ourDecide3018, ourDecide, peerState] = [times.state, times.decide3018, times.decide, times.peer].map(median);
/** How many times faster than opening_hours, round by round, the median. */
const ratioTo = (ours) => median(times.peer.map((peer, round) => peer / ours[round]));
const microseconds = (ns) => `${(ns / 1000).toFixed(2)} µs`;
const perSecond = (ns) => `${Math.round(1e9 / ns).toLocaleString('en-US')}/s`;

console.log(`\nSpeed, median per answer over ${instants.length} instants in 2026 (schedule "${HOURS}", ${ZONE})\n`);
console.table([
  {
    task: 'isOpen + nextChange',
    'helpline-handoff': microseconds(ourState),
    opening_hours: microseconds(peerState),
    ratio: `${ratioTo(times.state).toFixed(1)}x`,
  },
  {
    task: 'decide() with texts, this schedule',
    'helpline-handoff': microseconds(ourDecide),
    opening_hours: microseconds(peerState),
    ratio: `${ratioTo(times.decide).toFixed(1)}x`,
  },
  { task: 'decide() with texts, 3018', 'helpline-handoff': microseconds(ourDecide3018), opening_hours: '', ratio: '' },
]);
console.log(`decide() calls per second: ${perSecond(ourDecide3018)} (3018), ${perSecond(ourDecide)} (this schedule)`);

/** min, gzip and brotli sizes of what a bundler keeps of `code`. */
async function sizeOf(code, external = []) {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}

const entries = [
  ['core: decide() with the default helpline', "export { decide } from './packages/core/dist/index.js'"],
  ['core: everything + full phone numbers', "export * from './packages/core/dist/index.js'; export * from './packages/core/dist/phone.js'"],
  [
    'react: own code (react, core external)',
    "export * from './packages/react/dist/index.js'",
    ['react', 'react-dom', 'react/jsx-runtime', '@helpline-handoff/core'],
  ],
  ['web component: script-tag file', "import './packages/web-component/dist/helpline-handoff.min.js'"],
  ['opening_hours (reference)', "export { default } from 'opening_hours'"],
];
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const sizes = [];
for (const [name, code, external] of entries) {
  const file = /'(\.\/packages\/[^']+)'/.exec(code)?.[1];
  if (file && !existsSync(file)) {
    sizes.push({ bundle: name, min: 'not built', gzip: '', brotli: '' });
    continue;
  }
  const size = await sizeOf(code, external);
  sizes.push({ bundle: name, min: kb(size.min), gzip: kb(size.gzip), brotli: kb(size.brotli) });
}
console.log('\nBundle sizes (esbuild, minified)\n');
console.table(sizes);
