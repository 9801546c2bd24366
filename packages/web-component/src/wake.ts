/**
 * The events after which the clock may have jumped while no timer ran: a laptop lid opened, a tab
 * shown again, a page restored from the back-forward cache, a window refocused, a network back (a
 * phone out of a tunnel, often with a corrected clock or a new time zone). A wrapper that reads the
 * clock decides again on each; timers alone would show a stale view until they fire, late.
 *
 * The same list lives in the React package; a pure constant in core would
 * let both import it (core holds no listeners: it has no DOM).
 */
export const WAKE_EVENTS = {
  window: ['pageshow', 'focus', 'online'],
  document: ['visibilitychange'],
} as const;

/** Calls `onWake` on every wake-up event of `win` (on `visibilitychange` only when visible); returns the cleanup. */
export function listenForWake(win: Window, onWake: () => void): () => void {
  const doc = win.document;
  const handler = (event: Event): void => {
    if (event.type === 'visibilitychange' && doc.visibilityState === 'hidden') return;
    onWake();
  };
  for (const type of WAKE_EVENTS.window) win.addEventListener(type, handler);
  for (const type of WAKE_EVENTS.document) doc.addEventListener(type, handler);
  return () => {
    for (const type of WAKE_EVENTS.window) win.removeEventListener(type, handler);
    for (const type of WAKE_EVENTS.document) doc.removeEventListener(type, handler);
  };
}
