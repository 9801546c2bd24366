/**
 * Supply chain and code safety (issue 7), over what integrators install: the built files of all
 * three packages carry no dynamic code or HTML injection sinks, and the runtime dependencies
 * are the few the design allows. Reads files relative to the repository root; the root
 * `pretest` builds the packages first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const PACKAGES = ['core', 'react', 'web-component'];

/** Every .js and .cjs file under a package's dist, at any depth. */
function builtFiles(name: string): string[] {
  const dist = join(ROOT, 'packages', name, 'dist');
  if (!existsSync(dist)) {
    throw new Error(`packages/${name}/dist is missing: build first (\`pnpm build\`, which the root \`pretest\` runs).`);
  }
  return (readdirSync(dist, { recursive: true }) as string[]).filter((file) => /\.(c|m)?js$/.test(file)).map((file) => join(dist, file));
}

/** Sinks that run strings as code or as HTML. `\b` keeps `evaluate(` and `isFunction(` out. */
const FORBIDDEN: [string, RegExp][] = [
  ['eval(', /\beval\s*\(/],
  ['new Function', /\bnew\s+Function\b/],
  ['Function(', /(?<![\w$.])Function\s*\(/],
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\b/],
  ['a string passed to setTimeout', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
];

describe('built files', () => {
  it.each(PACKAGES)('packages/%s/dist contains no eval, Function or HTML sinks', (name) => {
    const files = builtFiles(name);
    expect(files.length, `no built file in packages/${name}/dist`).toBeGreaterThan(0);
    const found: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const [label, pattern] of FORBIDDEN) {
        const match = pattern.exec(source);
        if (match) found.push(`${relative(ROOT, file)}: ${label} in "${source.slice(Math.max(0, match.index - 40), match.index + 40)}"`);
      }
    }
    expect(found).toEqual([]);
  });

  it('the scan catches each sink (the patterns are live)', () => {
    const samples = [
      'eval("1")',
      'new Function("a", "return a")',
      'Function("return this")()',
      'el.innerHTML = x',
      'el.outerHTML = x',
      'el.insertAdjacentHTML("beforeend", x)',
      'document.write(x)',
      'setTimeout("go()", 1)',
    ];
    for (const [index, sample] of samples.entries()) expect(FORBIDDEN[index]?.[1].test(sample), sample).toBe(true);
    for (const innocent of ['evaluate(x)', 'isFunction(x)', 'typeof f === "function"', 'el.textContent = x', 'retrieval(x)']) {
      expect(
        FORBIDDEN.some(([, pattern]) => pattern.test(innocent)),
        innocent,
      ).toBe(false);
    }
  });
});

describe('package manifests', () => {
  const ALLOWED = ['date-fns-tz', 'date-fns', 'libphonenumber-js'];
  const manifest = (name: string) => JSON.parse(readFileSync(join(ROOT, 'packages', name, 'package.json'), 'utf8'));

  it.each(PACKAGES)('@helpline-handoff/%s depends at runtime only on date-fns(-tz), libphonenumber-js and its siblings', (name) => {
    const dependencies: Record<string, string> = manifest(name).dependencies ?? {};
    const unexpected = Object.entries(dependencies).filter(
      ([dependency, version]) =>
        !(ALLOWED.includes(dependency) || (dependency.startsWith('@helpline-handoff/') && version.startsWith('workspace:'))),
    );
    expect(unexpected).toEqual([]);
  });

  it.each(PACKAGES)('@helpline-handoff/%s has no optional or bundled dependencies and no install scripts', (name) => {
    const { optionalDependencies = {}, bundleDependencies = [], bundledDependencies = [], scripts = {} } = manifest(name);
    expect(Object.keys(optionalDependencies)).toEqual([]);
    expect([...bundleDependencies, ...bundledDependencies]).toEqual([]);
    expect(Object.keys(scripts).filter((script) => /^(pre|post)?install$|^prepare$/.test(script))).toEqual([]);
  });
});
