import { fileURLToPath } from 'node:url';

/** Tests run against core's source, so they need no build. */
export const coreAlias = {
  find: /^@helpline-handoff\/core$/,
  replacement: fileURLToPath(new URL('../core/src/index.ts', import.meta.url)),
};

/** The jsdom suites, shared by the React 19 and React 18 projects. */
export const jsdomTests = { include: ['test/**/*.test.{ts,tsx}'], exclude: ['test/**/*.browser.test.tsx'] };
