import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

const core = (path: string) => fileURLToPath(new URL(`../core/src/${path}`, import.meta.url));

export default defineProject({
  resolve: {
    // The sources, not the build: tests run without `pnpm build`. Anchored, so that the
    // `/styles.css` subpath is not rewritten by the package alias.
    alias: [
      { find: /^@helpline-handoff\/core$/, replacement: core('index.ts') },
      // The source stylesheet, as text, as tsup's `text` loader inlines it in the build.
      { find: /^@helpline-handoff\/core\/styles\.css$/, replacement: `${core('styles.css')}?inline` },
    ],
  },
  test: {
    name: 'web-component',
    environment: 'happy-dom',
    include: ['test/**/*.test.ts'],
  },
});
