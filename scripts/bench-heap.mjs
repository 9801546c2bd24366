// The JS heap before and after 10,000 connect/disconnect cycles of the BUILT <helpline-handoff>
// in Chromium: a benchmark to read, not a test (heap numbers vary by run and machine).
//   pnpm build && node scripts/bench-heap.mjs [cycles]
// Reports the heap after a forced GC (CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage) and
// Chromium's DOM counters (nodes, JS event listeners), before and after each scenario.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { chromium } from 'playwright-core';

const root = new URL('../', import.meta.url);
const script = fileURLToPath(new URL('packages/web-component/dist/helpline-handoff.min.js', root));
if (!existsSync(script)) {
  console.error(`No build at ${script}: run pnpm build first.`);
  process.exit(1);
}
// The same launch options as the browser tests: tests/chromium.ts, stripped of its types here.
const { code } = await transform(readFileSync(new URL('tests/chromium.ts', root), 'utf8'), { loader: 'ts', format: 'esm' });
const { chromiumLaunchOptions } = await import(`data:text/javascript,${encodeURIComponent(code)}`);

const cycles = Number(process.argv[2] ?? 10_000);
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="fr"><body><main id="host"></main></body></html>');
  await page.addScriptTag({ path: script });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');

  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    return { heap: usedSize, nodes, listeners: jsEventListeners };
  };
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

  const scenarios = {
    // One element, connected and disconnected again and again (a dialog opened and closed).
    'same element': (n) => {
      const host = document.getElementById('host');
      const element = document.createElement('helpline-handoff');
      element.setAttribute('can-dial', '');
      for (let i = 0; i < n; i++) {
        host.append(element);
        element.remove();
      }
    },
    // A new element each time, dropped after (a dialog re-rendered from scratch).
    'new elements': (n) => {
      const host = document.getElementById('host');
      for (let i = 0; i < n; i++) {
        const element = document.createElement('helpline-handoff');
        element.setAttribute('can-dial', '');
        host.append(element);
        element.remove();
      }
    },
  };

  // Warm up (the shared stylesheet, the formatters), then measure each scenario from a GC'd baseline.
  await page.evaluate(`(${scenarios['new elements']})(100)`);
  console.log(`<helpline-handoff>, ${cycles.toLocaleString('en')} connect/disconnect cycles, Chromium ${browser.version()}`);
  for (const [name, run] of Object.entries(scenarios)) {
    const before = await measure();
    const started = performance.now();
    await page.evaluate(`(${run})(${cycles})`);
    const ms = performance.now() - started;
    const after = await measure();
    console.log(
      `${name.padEnd(13)} heap ${kb(before.heap)} -> ${kb(after.heap)} (${after.heap >= before.heap ? '+' : ''}${kb(after.heap - before.heap)}), ` +
        `DOM nodes ${before.nodes} -> ${after.nodes}, listeners ${before.listeners} -> ${after.listeners}, ${(ms / cycles).toFixed(3)} ms/cycle`,
    );
  }
} finally {
  await browser.close();
}
