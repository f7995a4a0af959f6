/**
 * Caches for pure functions of one string. Budgets repeat the same uraian, satuan and volume texts
 * thousands of times, so the work is done once per distinct text. The cache is emptied when it
 * reaches `max` entries: memory stays bounded on hostile input and a hit never changes a result.
 */
export function memoByString<T>(fn: (text: string) => T, max = 20000): (text: string) => T {
  let cache = new Map<string, T>();
  return (text: string): T => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = fn(text);
    if (cache.size >= max) cache = new Map();
    cache.set(text, value);
    return value;
  };
}
