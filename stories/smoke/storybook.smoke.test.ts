import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FLOW_STORY_ID, freePort, launchChromium, recordRequests, run, serveStatic, start, storybookBin, waitForHttp } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The report flow's play function submits the report; the hand-off then offers to call 3018. */
async function expectHandoffAfterSubmit(page: Page): Promise<void> {
  const handoff = page.locator('[data-kind="call"]');
  await handoff.waitFor({ state: 'visible', timeout: 60_000 });
  await expect(page.locator('a[href="tel:3018"]').first().isVisible()).resolves.toBe(true);
  await expect(page.getByRole('heading', { name: /signalement (a été )?envoyé/i }).count()).resolves.toBeGreaterThan(0);
}

describe('storybook build (static)', () => {
  const outputDir = mkdtempSync(join(tmpdir(), 'hh-storybook-static-'));
  afterAll(() => rmSync(outputDir, { recursive: true, force: true }));

  test('builds, and the built report flow shows the hand-off without any request leaving localhost', async () => {
    const started = Date.now();
    await run(storybookBin, ['build', '--output-dir', outputDir, '--quiet'], 170_000);
    console.info(`storybook build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const index = JSON.parse(readFileSync(join(outputDir, 'index.json'), 'utf8')) as { entries: Record<string, unknown> };
    expect(Object.keys(index.entries)).toContain(FLOW_STORY_ID);

    const server = await serveStatic(outputDir);
    const context = await browser.newContext();
    try {
      const requests = await recordRequests(context);
      const page = await context.newPage();
      await page.goto(`${server.url}/iframe.html?id=${FLOW_STORY_ID}&viewMode=story`);
      await expectHandoffAfterSubmit(page);
      // The manager (sidebar, toolbar, panels) too: its own fonts and scripts, nothing remote.
      const manager = await context.newPage();
      await manager.goto(`${server.url}/?path=/story/${FLOW_STORY_ID}`);
      await manager
        .getByRole('link', { name: /instagram-style/i })
        .first()
        .waitFor({ timeout: 60_000 });
      await manager.frameLocator('#storybook-preview-iframe').locator('a[href="tel:3018"]').first().waitFor({ timeout: 60_000 });
      expect(requests.external()).toEqual([]);
      expect(requests.all.length).toBeGreaterThan(0);
    } finally {
      await context.close();
      await server.close();
    }
  });
});

describe('storybook dev (the README command)', () => {
  test('starts with --ci --no-version-updates and serves the report flow, all from localhost', async () => {
    const port = await freePort(Number(process.env.STORYBOOK_SMOKE_PORT) || 6006);
    const started = Date.now();
    const server = start(storybookBin, ['dev', '-p', String(port), '--ci', '--no-version-updates']);
    const context = await browser.newContext();
    try {
      await waitForHttp(`http://127.0.0.1:${port}/index.json`, 150_000, server.output);
      console.info(`storybook dev ready: ${((Date.now() - started) / 1000).toFixed(1)} s (port ${port})`);
      const requests = await recordRequests(context);
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${FLOW_STORY_ID}&viewMode=story`);
      await expectHandoffAfterSubmit(page);
      expect(requests.external()).toEqual([]);
    } finally {
      await context.close();
      await server.stop();
    }
  });
});
