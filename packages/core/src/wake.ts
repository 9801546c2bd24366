/**
 * The events after which the clock may have jumped while no timer ran: a laptop lid opened, a tab
 * shown again, a page restored from the back-forward cache, a window refocused, a network back (a
 * phone out of a tunnel, often with a corrected clock or a new time zone). A wrapper that reads the
 * clock decides again on each; timers alone would show a stale view until they fire, late.
 */
export const WAKE_EVENTS = {
  window: ['pageshow', 'focus', 'online'],
  document: ['visibilitychange'],
} as const;

/** Something that takes listeners: a window or a document. */
interface Listenable {
  addEventListener(type: string, listener: (event: { type: string }) => void): void;
  removeEventListener(type: string, listener: (event: { type: string }) => void): void;
}

/** The window a wrapper lives in, as `listenForWake` uses it (injected: core reads no globals). */
export interface WakeTarget extends Listenable {
  document: Listenable & { visibilityState?: string };
}

/**
 * Calls `onWake` on every wake-up event of `win` (on `visibilitychange` only when the page is
 * visible); returns the function that removes the listeners.
 */
export function listenForWake(win: WakeTarget, onWake: () => void): () => void {
  const doc = win.document;
  const handler = (event: { type: string }): void => {
    if (event.type !== 'visibilitychange' || doc.visibilityState !== 'hidden') onWake();
  };
  for (const type of WAKE_EVENTS.window) win.addEventListener(type, handler);
  for (const type of WAKE_EVENTS.document) doc.addEventListener(type, handler);
  return () => {
    for (const type of WAKE_EVENTS.window) win.removeEventListener(type, handler);
    for (const type of WAKE_EVENTS.document) doc.removeEventListener(type, handler);
  };
}
