// Shared by the React and web-component unit suites (jsdom, happy-dom): how a browser tells a
// page that it woke up, for the sleeping-device tests.

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
}

/** Hides the page, as a closed laptop lid or a background tab does. */
export function hidePage(): void {
  setVisibility('hidden');
  document.dispatchEvent(new Event('visibilitychange'));
}

/** The wake-up events, each as a browser fires it: a name for the test, and the firing. */
export const WAKE_UPS: [string, () => void][] = [
  [
    'visibilitychange (visible)',
    () => {
      setVisibility('visible');
      document.dispatchEvent(new Event('visibilitychange'));
    },
  ],
  ['pageshow (back-forward cache)', () => window.dispatchEvent(new Event('pageshow'))],
  ['focus', () => window.dispatchEvent(new FocusEvent('focus'))],
  ['online', () => window.dispatchEvent(new Event('online'))],
];
