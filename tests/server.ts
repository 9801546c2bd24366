import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumLaunchOptions } from './chromium.ts';

/** The script-tag build, as an integrator would host it. */
export const SCRIPT_FILE = fileURLToPath(new URL('../packages/web-component/dist/helpline-handoff.min.js', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** The strictest policy an integrator is likely to send: no inline anything, Trusted Types required. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };

/** Fails with what to do when the build is missing, rather than with a blank page. */
export function assertBuilt(): void {
  if (!existsSync(SCRIPT_FILE)) {
    throw new Error(
      `The script-tag build is missing (${SCRIPT_FILE}). Build it first: ` +
        'pnpm --filter @helpline-handoff/core build && pnpm --filter @helpline-handoff/web-component build (or pnpm build).',
    );
  }
}

/** Serves the fixture pages and the built file on loopback; `strict-csp.html` comes with `STRICT_CSP`. */
export async function serveFixtures(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/favicon.ico') return void response.writeHead(204).end(); // Chromium asks; a 404 would log an error.
    const file = path === '/helpline-handoff.min.js' ? SCRIPT_FILE : join(FIXTURES, path.replace(/^\/+/, ''));
    if (!file.startsWith(FIXTURES) && file !== SCRIPT_FILE) return void response.writeHead(403).end();
    if (!existsSync(file)) return void response.writeHead(404).end();
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (path === '/strict-csp.html') headers['content-security-policy'] = STRICT_CSP;
    response.writeHead(200, headers).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** What a browser suite works with: Chromium and the fixture server's origin. */
export interface FixtureBrowser {
  browser: Browser;
  origin: string;
}

/**
 * Registers the suite's set-up and tear-down: checks the build, serves the fixtures, launches
 * Chromium once for the file. Read the returned object inside tests and hooks, once they run.
 */
export function setUpFixtureBrowser(): FixtureBrowser {
  const suite = {} as FixtureBrowser;
  let server: Awaited<ReturnType<typeof serveFixtures>> | undefined;
  beforeAll(async () => {
    assertBuilt();
    server = await serveFixtures();
    suite.origin = server.origin;
    suite.browser = await chromium.launch(chromiumLaunchOptions);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await server?.close();
  });
  return suite;
}
