/** Helpers for plain JSON data (what a plan is once stored). */

/** Whether two JSON-like values are equal, deeply; key order does not matter. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    // NaN never equals itself: it is no JSON value either.
    return false;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => jsonEqual(item, other[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((k) => left[k] !== undefined);
  const otherKeys = Object.keys(right).filter((k) => right[k] !== undefined);
  return keys.length === otherKeys.length && keys.every((k) => Object.hasOwn(right, k) && jsonEqual(left[k], right[k]));
}

/** A value as it comes back from JSON.stringify + JSON.parse; throws on undefined. */
export function jsonRoundTrip<T>(value: T): T {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError('Not JSON');
  return JSON.parse(text) as T;
}
