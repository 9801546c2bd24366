import { defineProject } from 'vitest/config';

// Node drives Debian's Chromium through playwright-core, on fixture pages that load the BUILT
// script-tag file: run `pnpm build` first (the root `pretest` does). Release gates live in
// the `release` project (vitest.release.config.ts), hence only the top-level test files here.
export default defineProject({
  test: {
    name: 'browser',
    environment: 'node',
    include: ['*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
