import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);

/** Each published package, with the entry points attw cannot type (the script-tag file). */
const packages = [
  { dir: 'packages/core', untyped: ['./styles.css'] },
  { dir: 'packages/react', untyped: ['./styles.css'] },
  { dir: 'packages/web-component', untyped: ['./iife'] },
];

function run(command: string, args: string[], cwd = root): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
}

interface PackedFile {
  path: string;
}

describe.each(packages)('$dir', ({ dir, untyped }) => {
  const cwd = join(root, dir);

  test('is built', () => {
    expect(existsSync(join(cwd, 'dist')), `${dir}/dist is missing: run "pnpm build" first`).toBe(true);
  });

  test('passes publint --strict', () => {
    const output = run(bin('publint'), ['run', '--strict', '--pack', 'npm'], cwd);
    expect(output).not.toMatch(/\b(Errors?|Warnings?):/);
  });

  test('has the right types for every entry point (attw)', () => {
    const exclude = untyped.length ? ['--exclude-entrypoints', ...untyped] : [];
    run(bin('attw'), ['--pack', '.', '--format', 'ascii', ...exclude], cwd);
  });

  test('packs only what it needs: built files, README and LICENSE', () => {
    const [packed] = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], cwd)) as [{ files: PackedFile[] }];
    const paths = packed.files.map((file) => file.path);
    expect(paths).toContain('README.md');
    expect(paths).toContain('LICENSE');
    expect(paths).toContain('package.json');
    const unexpected = paths.filter((path) => !/^(dist\/|README\.md$|LICENSE$|package\.json$|custom-elements\.json$)/.test(path));
    expect(unexpected).toEqual([]);
    expect(paths.filter((path) => /\.(test|spec)\.|\.map$|\/test\//.test(path))).toEqual([]);
  });

  test('publishes the manifest the repository has', () => {
    const manifest = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
    expect(manifest.license).toBe('MIT');
    expect(manifest.exports['./package.json']).toBe('./package.json');
  });
});

describe('size budgets (size-limit)', () => {
  test('every bundle is within its budget', () => {
    let output: string;
    try {
      output = execFileSync(bin('size-limit'), ['--json'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = (error as { stdout?: string }).stdout ?? '';
    }
    const results = JSON.parse(output) as { name: string; passed: boolean; size: number }[];
    expect(results.length).toBeGreaterThan(0);
    const over = results.filter((result) => !result.passed).map((result) => `${result.name}: ${result.size} B`);
    expect(over, 'over budget').toEqual([]);
  });
});
