import { defineConfig } from 'vitest/config';

// Each package, the cross-package browser tests and the stories own their Vitest project.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'tests/vitest.config.ts', 'stories/vitest.config.ts'],
  },
});
