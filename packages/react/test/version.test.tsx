import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { expect, test } from 'vitest';

test('runs on one React version, the same for react and react-dom', () => {
  expect(domVersion).toBe(version);
  console.log(`React ${version}`);
});
