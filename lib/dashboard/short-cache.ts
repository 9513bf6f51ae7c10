// A small in-process cache for roll-ups many people read and nobody edits directly (the province
// plan roll-ups): one computation per key and period, shared by the requests that arrive while it runs.
// Per app instance; entries expire after `ttlMs`, so a commune's update shows within that time.

type Entry<T> = { at: number; value: Promise<T> };

export function shortCache<A extends unknown[], T>(ttlMs: number, keyOf: (...args: A) => string, compute: (...args: A) => Promise<T>) {
  const entries = new Map<string, Entry<T>>();
  return async (...args: A): Promise<{ value: T; computedAt: Date }> => {
    const key = keyOf(...args);
    const now = Date.now();
    let entry = entries.get(key);
    if (!entry || now - entry.at >= ttlMs) {
      for (const [k, e] of entries) if (now - e.at >= ttlMs) entries.delete(k);
      entry = { at: now, value: compute(...args) };
      entries.set(key, entry);
      // A failure is not kept: the next request tries again.
      entry.value.catch(() => entries.delete(key));
    }
    return { value: await entry.value, computedAt: new Date(entry.at) };
  };
}
