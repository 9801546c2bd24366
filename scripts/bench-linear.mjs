// `node scripts/bench-linear.mjs`: how the time of parseHours and validateConfig grows with the
// size of their input, 1 KB to 1 MB. A linear function takes ~10x the time for 10x the input;
// ~100x would be quadratic. Not a test: numbers, not verdicts (packages/core/test/linear-time.test.ts
// checks that the same inputs finish and fail clearly). Needs the built core:
//   pnpm --filter @helpline-handoff/core build && node scripts/bench-linear.mjs
import { existsSync } from 'node:fs';

const DIST = new URL('../packages/core/dist/index.js', import.meta.url);
if (!existsSync(DIST)) {
  console.error('packages/core/dist/index.js is missing: run `pnpm --filter @helpline-handoff/core build` first.');
  process.exit(1);
}
const { parseHours, validateConfig } = await import(DIST.href);

const SIZES = [1024, 10 * 1024, 100 * 1024, 1024 * 1024];
const NOW = Date.UTC(2026, 5, 10, 10);
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const pad = (value) => String(value).padStart(2, '0');
const fill = (unit, size, tail = '') => unit.repeat(Math.ceil(size / unit.length)) + tail;
const helpline = (fields) => ({
  id: 'bench',
  name: 'Bench line',
  phone: '116 111',
  callableFrom: ['DE'],
  website: 'https://example.org/',
  schedule: { timeZone: 'Europe/Berlin', weekly: [] },
  ...fields,
});
/** Weekly entries whose JSON is about `size` bytes (one entry is ~55 bytes). */
const weekly = (size) =>
  Array.from({ length: Math.max(1, Math.round(size / 55)) }, (_, index) => ({
    days: [DAYS[index % 7]],
    open: `${pad(index % 23)}:${pad(index % 60)}`,
    close: '23:59',
  }));

/** Each case builds an input of about `size` bytes; `run` is what is timed. */
const CASES = [
  ['parseHours', 'repeated rules "Mo-Fr 09:00-18:00;"', (size) => fill('Mo-Fr 09:00-18:00;', size)],
  ['parseHours', 'one day, many spans "09:00-18:00,"', (size) => `Mo ${fill('09:00-18:00,', size, '09:00-18:00')}`],
  ['parseHours', 'dangling day list "Mo,Mo,…," (error)', (size) => fill('Mo,', size)],
  ['parseHours', 'zeros "000…" (error)', (size) => fill('0', size)],
  ['parseHours', 'semicolons "24/7;;;…"', (size) => `24/7${fill(';', size)}`],
  ['parseHours', 'spaces then junk (error)', (size) => fill(' ', size, 'x')],
  [
    'validateConfig',
    'weekly entries (valid)',
    (size) => ({ now: NOW, helpline: helpline({ schedule: { timeZone: 'Europe/Berlin', weekly: weekly(size) } }) }),
  ],
  [
    'validateConfig',
    'weekly entries, all bad times',
    (size) => ({
      now: NOW,
      helpline: helpline({ schedule: { timeZone: 'Europe/Berlin', weekly: weekly(size).map((entry) => ({ ...entry, open: '25:00' })) } }),
    }),
  ],
  [
    'validateConfig',
    'callableFrom regions',
    (size) => ({ now: NOW, helpline: helpline({ callableFrom: new Array(Math.round(size / 5)).fill('DE') }) }),
  ],
  [
    'validateConfig',
    'long strings in every field',
    (size) => {
      const long = fill('x', size / 10);
      return {
        now: NOW,
        report: { category: long, country: long },
        locale: long,
        timeZone: long,
        helpline: helpline({ id: long, name: long, organisation: long, phone: long, website: `https://example.org/${long}`, source: long }),
      };
    },
  ],
];

function run(fn, input) {
  try {
    if (fn === 'parseHours') return parseHours(input, 'Europe/Paris');
    // A fresh helpline object each call: checked helplines are remembered per object.
    return validateConfig({ ...input, helpline: { ...input.helpline } });
  } catch (error) {
    if (error?.name !== 'HoursSyntaxError') throw error;
    return error;
  }
}

/** Median milliseconds per call: enough repetitions for ~100 ms of work, at least 3. */
function measure(fn, input) {
  for (let warm = 0; warm < 3; warm++) run(fn, input); // warm up: JIT and allocation
  const first = performance.now();
  run(fn, input);
  const once = Math.max(performance.now() - first, 0.001);
  const rounds = Math.min(200, Math.max(3, Math.ceil(100 / once)));
  const times = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    run(fn, input);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)];
}

const label = (size) => (size >= 1024 * 1024 ? `${size / 1024 / 1024} MB` : `${size / 1024} KB`);
const rows = [];
for (const [fn, name, make] of CASES) {
  const times = SIZES.map((size) => measure(fn, make(size)));
  const ratios = times.slice(1).map((time, index) => time / times[index]);
  rows.push({
    function: fn,
    input: name,
    ...Object.fromEntries(SIZES.map((size, index) => [label(size), `${times[index].toFixed(3)} ms`])),
    'x per 10x': ratios.map((ratio) => ratio.toFixed(1)).join(' / '),
    worst: Math.max(...ratios).toFixed(1),
  });
}
console.table(rows);
console.log('Linear work gives ~10 per 10x (more at 1 KB, where fixed costs dominate); ~100 would be quadratic.');
