// Browser tests need a Chromium. Use CHROMIUM_PATH or Debian's; on Debian as root, install it.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!process.env.CHROMIUM_PATH && isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('Installing Debian chromium for the browser tests (about a minute)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null', { stdio: 'inherit' });
  if (existsSync(path)) process.exit(0);
}
console.error(
  `No Chromium at ${path}. The browser tests need one: on Debian run "apt-get install chromium" as root, ` +
    'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
);
process.exit(1);
