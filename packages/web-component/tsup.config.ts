import { defineConfig, type Options } from 'tsup';

// The stylesheet ships inside the code (adopted as a constructable stylesheet), never as a file.
const inlineCss: Options = { loader: { '.css': 'text' }, noExternal: ['@helpline-handoff/core/styles.css'] };

export default defineConfig([
  {
    // For bundlers: core stays a dependency, shared with React or other imports of it.
    entry: { index: 'src/index.ts', define: 'src/auto-define.ts' },
    format: ['esm', 'cjs'],
    // One element class shared by both entries in CommonJS too (tsup splits only ESM by default):
    // `require('…/define')` registers the class `require('…')` exports.
    splitting: true,
    dts: true,
    clean: true,
    target: 'es2022',
    treeshake: true,
    ...inlineCss,
  },
  {
    // For a script tag: everything in one minified file, core included; iife.ts sets the global.
    entry: { 'helpline-handoff': 'src/iife.ts' },
    format: ['iife'],
    outExtension: () => ({ js: '.min.js' }),
    minify: true,
    // Class fields and private members as written: Safari 15+, where adoptedStyleSheets needs 16.4 anyway.
    target: 'es2022',
    // esbuild's own tree shaking: tsup's (Rollup) would wrap the IIFE in an `exports` object.
    ...inlineCss,
    noExternal: [/^@helpline-handoff\/core/],
  },
]);
