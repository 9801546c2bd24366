import { defineProject } from 'vitest/config';
import { coreAlias, jsdomTests } from './vitest.shared.js';

export default defineProject({
  resolve: { alias: [coreAlias] },
  test: { name: 'react', environment: 'jsdom', setupFiles: ['./test/setup.ts'], env: { REACT_MAJOR: '19' }, ...jsdomTests },
});
