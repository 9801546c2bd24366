import { defineProject } from 'vitest/config';

// The designers' entry points, end to end: `storybook build` (static) and `storybook dev` started
// as the README's first command does, each loaded in Chromium with every request recorded.
// Sequential, since both are CPU-heavy and the CI machine has 2 cores.
export default defineProject({
  test: {
    name: 'storybook-smoke',
    environment: 'node',
    include: ['smoke/**/*.smoke.test.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
