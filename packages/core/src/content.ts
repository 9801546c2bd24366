/**
 * Values compared by content, and answers cached per object for as long as its content holds.
 * Hosts pass the same helpline on every render, and checking or compiling it costs more than
 * deciding; but a host may also change one in place, and an answer about the old content is wrong.
 */

/**
 * Whether two values mean the same: plain data by value (hosts often pass new object literals on
 * every render), dates by instant, functions, class instances and symbol keys by identity. Never
 * throws: what cannot be read (a getter that throws, a revoked proxy) counts as different.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  try {
    return same(a, b, 0);
  } catch {
    return false;
  }
}

/** The most items a list in an input may hold (rules, days, regions, categories…): far more than any needs. */
export const MAX_ITEMS = 10_000;
/** Deeper than any input goes: what lies below (a cycle) is compared by identity. */
const MAX_DEPTH = 16;

/** Hand-rolled for speed: it runs on every call that passes a helpline or a schedule. */
function same(a: unknown, b: unknown, depth: number): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > MAX_DEPTH) return Object.is(a, b);
  if (Array.isArray(a)) {
    // Longer than any input needs: a sparse array of length 2^32 - 1 would take minutes.
    if (!Array.isArray(b) || a.length !== b.length || a.length > MAX_ITEMS) return false;
    for (let index = 0; index < a.length; index++) if (!same(a[index], b[index], depth + 1)) return false;
    return true;
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return isDate(a) && isDate(b) && a.getTime() === b.getTime();
  // Own string keys, counted on both sides.
  let keys = 0;
  for (const key in a) {
    if (!Object.hasOwn(a, key)) continue;
    keys++;
    if (!Object.hasOwn(b, key) || !same(a[key], b[key], depth + 1)) return false;
  }
  for (const key in b) if (Object.hasOwn(b, key)) keys--;
  return keys === 0;
}

/**
 * A copy of the plain data in `value` (objects, arrays, dates), functions shared: what `same`
 * compares it with. What cannot be copied faithfully (a class instance, a list over MAX_ITEMS,
 * data deeper than MAX_DEPTH) throws, so that its answers are not cached; or, with `share`, is
 * kept as is, which `same` compares by identity.
 */
function snapshot(value: unknown, share = false, depth = 0): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const copyable = depth <= MAX_DEPTH && (Array.isArray(value) ? value.length <= MAX_ITEMS : isDate(value) || isPlainObject(value));
  if (!copyable) {
    if (share) return value;
    throw new RangeError('not plain data, or too long or too deep to copy');
  }
  if (Array.isArray(value)) return value.map((item) => snapshot(item, share, depth + 1));
  if (isDate(value)) return new Date(value.getTime());
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = snapshot(item, share, depth + 1);
  return copy;
}

/**
 * A copy of `value` for `sameValue` to compare it with once the host may have changed it in place:
 * its plain data copied, the rest (a class instance, a cycle) shared. `value` itself where it
 * cannot be read (a getter that throws).
 */
export function copyOf<T>(value: T): T {
  try {
    return snapshot(value, true) as T;
  } catch {
    return value;
  }
}

/** A `Date` of any realm (an iframe's, a `vm` context's), which `instanceof` misses. */
export const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** What this package froze all the way down (HELPLINE_3018, checked copies): its content cannot change. */
const sealed = new WeakSet<object>();

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    sealed.add(Object.freeze(value));
  }
  return value;
}

/** A cached answer, and a copy of the data it answers for. */
export interface Cached<T> {
  snapshot: unknown;
  value: T;
}

/** `compute()`, cached per `key` while `key` holds the same data as when it was computed. */
export function byContent<K extends object, T>(cache: WeakMap<K, Cached<T>>, key: K, compute: () => T): T {
  const cached = cache.get(key);
  if (cached && (sealed.has(key) || sameValue(key, cached.snapshot))) return cached.value;
  const value = compute();
  try {
    cache.set(key, { snapshot: sealed.has(key) ? undefined : snapshot(key), value });
  } catch {
    cache.delete(key); // not plain data, or a getter that throws: computed each time
  }
  return value;
}
