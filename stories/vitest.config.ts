import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
import { chromiumLaunchOptions } from '../tests/chromium.ts';

// Every story is a test: it renders in Chromium, runs its play function, then axe (addon-a11y,
// `parameters.a11y.test = 'error'` in .storybook/preview.tsx) fails it on any violation.
// The stories import the built packages, so `pnpm build` must have run (the root `pretest` does).
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

export default defineProject({
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('../.storybook', import.meta.url)) })],
  test: {
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: chromiumLaunchOptions }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
