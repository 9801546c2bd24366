import { copyFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', phone: 'src/phone.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  // The anatomy's stylesheet is framework-neutral: both wrappers ship this one file.
  onSuccess: () => copyFile('src/styles.css', 'dist/styles.css'),
});
