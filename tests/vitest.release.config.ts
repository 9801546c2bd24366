import { defineProject } from 'vitest/config';

// Release gates on the built packages: package checks, tarball contents, size budgets.
export default defineProject({
  test: {
    name: 'release',
    environment: 'node',
    include: ['release/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
