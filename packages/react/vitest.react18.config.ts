import { defineProject } from 'vitest/config';
import { coreAlias, jsdomTests } from './vitest.shared.js';

// The same jsdom suites on React 18 (installed as `react-18` / `react-dom-18`). The aliases cover
// code Vite transforms; test/react18.setup.ts covers `require` inside node_modules, where
// react-dom-18 would otherwise find React 19 as its peer.
export default defineProject({
  resolve: {
    alias: [
      coreAlias,
      { find: /^react$/, replacement: 'react-18' },
      { find: /^react\/(.*)$/, replacement: 'react-18/$1' },
      { find: /^react-dom$/, replacement: 'react-dom-18' },
      { find: /^react-dom\/(.*)$/, replacement: 'react-dom-18/$1' },
    ],
  },
  test: {
    name: 'react18',
    environment: 'jsdom',
    setupFiles: ['./test/react18.setup.ts', './test/setup.ts'],
    env: { REACT_MAJOR: '18' },
    ...jsdomTests,
  },
});
