import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'core',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // Property and fuzz tests run thousands of cases; beside the browser projects on two cores
    // they can take several times their 1-2 s. The timeout is there to catch a hang, not to time.
    testTimeout: 30_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
