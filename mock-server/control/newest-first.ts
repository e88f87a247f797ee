// Pages of a record map, newest first. A Map iterates oldest first and cannot be walked backwards, so its keys
// are copied into an array once per change (records are added at the end, a reset makes a new Map, and a record
// removed is an old one, which changes the first key) and every page after that costs O(page size), however
// deep: the dashboard asks for a page every second, and with 100,000 stored batches a copy per request would be
// the whole cost.

interface KeyCache {
  size: number;
  keys: unknown[];
}

const caches = new WeakMap<Map<unknown, unknown>, KeyCache>();

function keysOf<K>(records: Map<K, unknown>): K[] {
  let cache = caches.get(records);
  if (!cache || cache.size !== records.size || cache.keys[0] !== records.keys().next().value) {
    cache = { size: records.size, keys: [...records.keys()] };
    caches.set(records, cache);
  }
  return cache.keys as K[];
}

export interface Page<V> {
  total: number;
  offset: number;
  limit: number;
  items: V[];
}

/** Records [offset, offset + limit) counted from the newest, each shown by `view`; only the page is computed. */
export function newestFirst<K, T, V>(records: Map<K, T>, offset: number, limit: number, view: (record: T) => V): Page<V> {
  const keys = keysOf(records);
  const items: V[] = [];
  for (let i = keys.length - 1 - offset; i >= 0 && items.length < limit; i--) {
    const record = records.get(keys[i]!);
    if (record !== undefined) items.push(view(record));
  }
  return { total: records.size, offset, limit, items };
}
