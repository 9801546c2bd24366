import { copyFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  // No `treeshake`: tsup's Rollup pass would drop the 'use client' banner below.
  // Against core's published types, not its source (tsconfig.json maps it for type-checking).
  tsconfig: 'tsconfig.build.json',
  external: ['react', '@helpline-handoff/core'],
  // Bundling drops module directives, so the React Server Components boundary is re-added here.
  banner: { js: "'use client';" },
  // One stylesheet for both wrappers: it lives in core and is shipped here too, as core builds it.
  onSuccess: () => copyFile('../core/dist/styles.css', 'dist/styles.css'), // built (minified) by core first
});
