import { vi } from 'vitest';

// Shared by the React and web-component unit suites (jsdom, happy-dom), for the leak tests.

/**
 * Tracks listeners on `window` and `document`: the registrations currently in place, by target,
 * type and listener (the identity the DOM uses; capture flags are not told apart here).
 */
export function trackListeners(): { active: () => string[]; restore: () => void } {
  const active = new Map<string, number>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const idOf = (listener: unknown) => {
    if (typeof listener !== 'function' && (typeof listener !== 'object' || listener === null)) return -1;
    if (!ids.has(listener)) ids.set(listener, next++);
    return ids.get(listener) as number;
  };
  const spies = (
    [
      ['window', window],
      ['document', document],
    ] as const
  ).flatMap(([name, target]) => {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    return [
      vi.spyOn(target, 'addEventListener').mockImplementation((type: string, listener: unknown, options?: unknown) => {
        active.set(`${name} ${type} #${idOf(listener)}`, 1);
        add(type, listener as EventListener, options as AddEventListenerOptions);
      }),
      vi.spyOn(target, 'removeEventListener').mockImplementation((type: string, listener: unknown, options?: unknown) => {
        active.delete(`${name} ${type} #${idOf(listener)}`);
        remove(type, listener as EventListener, options as EventListenerOptions);
      }),
    ];
  });
  return {
    active: () => [...active.keys()].sort(),
    restore: () => {
      for (const spy of spies) spy.mockRestore();
    },
  };
}
