// Pages of a record map, newest first. A Map iterates oldest first and cannot be walked backwards, so its keys
// are copied into an array once per change (records are added at the end, a reset makes a new Map, and a record
// removed is an old one, which changes the first key) and every page after that costs O(page size), however
// deep: the dashboard asks for a page every second, and with 100,000 stored batches a copy per request would be
// the whole cost.
const caches = new WeakMap();
function keysOf(records) {
    let cache = caches.get(records);
    if (!cache || cache.size !== records.size || cache.keys[0] !== records.keys().next().value) {
        cache = { size: records.size, keys: [...records.keys()] };
        caches.set(records, cache);
    }
    return cache.keys;
}
/** Records [offset, offset + limit) counted from the newest, each shown by `view`; only the page is computed. */
export function newestFirst(records, offset, limit, view) {
    const keys = keysOf(records);
    const items = [];
    for (let i = keys.length - 1 - offset; i >= 0 && items.length < limit; i--) {
        const record = records.get(keys[i]);
        if (record !== undefined)
            items.push(view(record));
    }
    return { total: records.size, offset, limit, items };
}
//# sourceMappingURL=newest-first.js.map