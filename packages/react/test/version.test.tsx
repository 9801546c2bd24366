import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { expect, test } from 'vitest';

test('runs on the React its project names, the same for react and react-dom', () => {
  expect(version.split('.')[0]).toBe(process.env.REACT_MAJOR);
  expect(domVersion).toBe(version);
});
