import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

/**
 * The live component asks the device whether it can dial (`detectCanDial(navigator)`): the suites
 * run as on a phone, and the tests about desktops say so.
 */
export const PHONE_USER_AGENT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
Object.defineProperty(window.navigator, 'userAgent', { value: PHONE_USER_AGENT, configurable: true });

afterEach(cleanup);
