import { readFile, writeFile } from 'node:fs/promises';
import { transform } from 'esbuild';
import { defineConfig } from 'tsup';

/** The anatomy's stylesheet is framework-neutral: both wrappers ship this one file, minified. */
async function buildStyles(): Promise<void> {
  const { code } = await transform(await readFile('src/styles.css', 'utf8'), { loader: 'css', minify: true });
  await writeFile('dist/styles.css', code);
}

export default defineConfig({
  entry: { index: 'src/index.ts', phone: 'src/phone.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  onSuccess: buildStyles,
});
