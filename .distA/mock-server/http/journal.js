// The request journal: the last N requests to the vendor routes (modelled, stubbed or not modelled), as the
// pipeline saw them after render. The request log, GET /__mock/requests, waitForRequest and the dashboard all read
// it; listeners hear of each entry as it is recorded. Kept serialized in a fixed buffer (journal-ring.ts), so memory
// stays bounded however long it runs and a kept entry is no work for the garbage collector.
import { decodeRecord, encodeRecord } from "./journal-codec.js";
import { entryOf } from "./journal-entry.js";
import { checkFilterKeys, matchesFilter } from "./journal-filter.js";
import { JournalRing } from "./journal-ring.js";
export const DEFAULT_JOURNAL_SIZE = 1000;
/** Bodies past this (serialized) are noted by their size rather than kept. */
export const JOURNAL_BODY_BYTES = 64 * 1024;
/** Bytes the kept entries may take in all (bodies are kept up to 64 KB each): at least 128 of the largest. */
export const DEFAULT_JOURNAL_BYTES = 8 * 1024 * 1024;
export class Journal {
    capacity;
    ring;
    listeners = new Set();
    constructor(capacity = DEFAULT_JOURNAL_SIZE, maxBytes = DEFAULT_JOURNAL_BYTES) {
        this.capacity = capacity;
        this.ring = new JournalRing(capacity, maxBytes);
    }
    /** Stores a request (giving it the next id) and tells every listener; returns the id. A listener that throws is its own bug. */
    record(record) {
        let text = encodeRecord(record);
        // Only an entry this long can hold a body over the limit: the body is measured alone then, not on every request.
        if (record.body !== undefined && text.length > JOURNAL_BODY_BYTES) {
            const size = JSON.stringify(record.body).length;
            if (size > JOURNAL_BODY_BYTES) {
                record = { ...record, body: `[${size} bytes, not kept]` };
                text = encodeRecord(record);
            }
        }
        const id = this.ring.push(text);
        if (this.listeners.size > 0) {
            const entry = entryOf(id, record);
            for (const listener of [...this.listeners])
                listener(entry);
        }
        return id;
    }
    /** The id the last entry got (0 before any): pass it as `since` to see only what comes after. */
    get lastEntryId() {
        return this.ring.lastEntryId;
    }
    /** The kept entries matching the filter, newest first (at most `limit`), and how many matched in all. */
    list(filter = {}) {
        checkFilterKeys(filter);
        const requests = [];
        let total = 0;
        const limit = filter.limit ?? Infinity;
        // `since` an id: nothing at or before it is even decoded.
        const oldest = Math.max(this.ring.oldestKeptId, typeof filter.since === "number" ? filter.since + 1 : 0);
        for (let id = this.ring.lastEntryId; id >= oldest; id--) {
            const text = this.ring.get(id);
            if (text === undefined)
                break;
            const record = decodeRecord(text);
            // Filtered on the record as kept: only the entries returned are parsed further and masked.
            if (!matchesFilter({ ...record, id }, filter))
                continue;
            total += 1;
            if (requests.length < limit)
                requests.push(entryOf(id, record));
        }
        return { requests, total };
    }
    /** Forgets the kept entries; ids go on from where they were. */
    clear() {
        this.ring.clear();
    }
    /** Calls `listener` with every entry recorded from now on; returns the function that stops it. */
    subscribe(listener) {
        this.listeners.add(listener);
        return () => {
            this.listeners.delete(listener);
        };
    }
    /**
     * Resolves with the next entry that matches (a filter or a predicate). With `since` in the filter, a kept entry
     * after that id matches too, so a test can take `lastEntryId` before acting and not miss a fast answer.
     */
    waitFor(filter = {}, options = {}) {
        if (typeof filter !== "function")
            checkFilterKeys(filter);
        const matches = typeof filter === "function" ? filter : (entry) => matchesFilter(entry, filter);
        if (typeof filter !== "function" && filter.since !== undefined) {
            const earlier = this.list({ ...filter, limit: undefined }).requests.at(-1);
            if (earlier)
                return Promise.resolve(earlier);
        }
        const timeoutMs = options.timeoutMs ?? 4000;
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                unsubscribe();
                const wanted = typeof filter === "function" ? "the predicate" : JSON.stringify(filter);
                reject(new Error(`no request matching ${wanted} within ${timeoutMs} ms (last journal id ${this.lastEntryId})`));
            }, timeoutMs);
            const unsubscribe = this.subscribe((entry) => {
                if (!matches(entry))
                    return;
                clearTimeout(timer);
                unsubscribe();
                resolve(entry);
            });
        });
    }
}
//# sourceMappingURL=journal.js.map