import { defineConfig } from 'vitest/config';

// Each package, the cross-package browser tests and the stories own their Vitest projects:
// `vitest.config.ts` for the main one, `vitest.<name>.config.ts` for more (browser, React 18).
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'packages/*/vitest.*.config.ts', 'tests/vitest*.config.ts', 'stories/vitest*.config.ts'],
    // The JSON report feeds the one-line summary CI prints (scripts/test-summary.mjs).
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
  },
});
