/**
 * How every browser test here launches Chromium: Debian's build (Playwright cannot download
 * its own on these machines), or the one `CHROMIUM_PATH` names elsewhere.
 */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launch options for `playwright-core`'s `chromium.launch()` and Vitest's playwright provider. */
export const chromiumLaunchOptions = { executablePath: chromiumPath, args: chromiumArgs, headless: true };
