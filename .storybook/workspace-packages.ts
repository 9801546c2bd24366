import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Storybook shows what integrators get: `@helpline-handoff/*` imports resolve through each
 * package's own `exports` map to its built `dist/` (so `pnpm build` runs first; the root
 * `start` and `pretest` scripts do). The root is not a dependant of the packages, hence this
 * resolver instead of `node_modules` links; it also keeps a single copy of the core when the
 * React and web-component builds import it.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCOPE = '@helpline-handoff/';

type Target = string | { [condition: string]: Target } | null;

function pick(target: Target): string | undefined {
  if (typeof target === 'string') return target;
  if (!target) return undefined;
  // Vite's browser build asks for ESM: the same conditions a bundler uses for an integrator.
  for (const condition of ['browser', 'import', 'module', 'default']) {
    const found = condition in target ? pick(target[condition] as Target) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** `@helpline-handoff/react` -> `/work/main/packages/react/dist/index.js`, or undefined. */
export function resolveWorkspaceImport(specifier: string): string | undefined {
  if (!specifier.startsWith(SCOPE)) return undefined;
  const [name, ...rest] = specifier.slice(SCOPE.length).split('/');
  const directory = join(root, 'packages', name as string);
  const manifestPath = join(directory, 'package.json');
  if (!existsSync(manifestPath)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { exports?: Record<string, Target> };
  const subpath = rest.length ? `./${rest.join('/')}` : '.';
  const target = pick(manifest.exports?.[subpath] ?? null);
  if (!target) return undefined;
  const file = join(directory, target);
  if (!existsSync(file)) {
    throw new Error(`${specifier} resolves to ${file}, which is not built yet: run "pnpm build" first.`);
  }
  return file;
}

export function workspacePackages(): Plugin {
  return {
    name: 'helpline-handoff:workspace-packages',
    enforce: 'pre',
    resolveId(source) {
      return resolveWorkspaceImport(source) ?? null;
    },
  };
}
