/**
 * Whether two inputs mean the same: plain data compared by value (hosts often pass new object
 * literals on every render), dates by instant, functions and class instances by identity. Never
 * throws: what cannot be read (a getter that throws, a revoked proxy) counts as changed, and
 * decide() reports it.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  try {
    return same(a, b, new Map());
  } catch {
    return false;
  }
}

/** `seen` holds the pairs being compared further up: met again in a cycle, they count as equal there. */
function same(a: unknown, b: unknown, seen: Map<object, unknown>): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (!(Array.isArray(a) && Array.isArray(b)) && !(isPlainObject(a) && isPlainObject(b))) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], seen))
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
