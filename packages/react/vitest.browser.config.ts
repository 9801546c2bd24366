import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
import { chromiumLaunchOptions } from '../../tests/chromium.js';
import { coreAlias } from './vitest.shared.js';

// Real Chromium, for what jsdom cannot tell: color contrast with the stylesheet, and target sizes.
export default defineProject({
  resolve: { alias: [coreAlias] },
  test: {
    name: 'react-browser',
    include: ['test/**/*.browser.test.tsx'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: chromiumLaunchOptions }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
