/**
 * Caches for pure functions of one string or number. Budgets repeat the same uraian, satuan, volume
 * texts and amounts thousands of times, so the work is done once per distinct key. The cache is
 * emptied when it reaches `max` entries: memory stays bounded on hostile input and a hit never changes
 * a result. Results are shared between callers, so they must be treated as read-only.
 * Keys compare as in a Map (0 and -0 are one key: keep -0 out where the sign matters).
 */
export function memoByKey<K extends string | number, T>(fn: (key: K) => T, max = 20000): (key: K) => T {
  let cache = new Map<K, T>();
  return (key: K): T => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    if (cache.size >= max) cache = new Map();
    cache.set(key, value);
    return value;
  };
}

/**
 * memoByKey for functions of a text. Texts longer than `maxLength` are computed each time and never
 * kept: a hostile sheet of long distinct cells must not pin megabytes in the cache after the analysis.
 */
export function memoByString<T>(fn: (text: string) => T, max = 20000, maxLength = 256): (text: string) => T {
  const cached = memoByKey<string, T>(fn, max);
  return (text: string): T => (text.length > maxLength ? fn(text) : cached(text));
}
