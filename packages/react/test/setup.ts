import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Whatever a test stubbed or spied on goes back, even when one of its assertions failed first.
const execCommand = document.execCommand;
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.execCommand = execCommand;
});
