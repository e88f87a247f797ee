import { type JournalEntry, type JournalRecord } from "./journal-entry.js";
import { type JournalFilter } from "./journal-filter.js";
export type { JournalFilter } from "./journal-filter.js";
export type { JournalEntry, JournalRecord } from "./journal-entry.js";
export type JournalListener = (entry: JournalEntry) => void;
export interface JournalWaitOptions {
    /** Reject after this many real milliseconds (default 4000, under vitest's default 5 s test timeout). */
    timeoutMs?: number;
}
export declare const DEFAULT_JOURNAL_SIZE = 1000;
/** Bodies past this (serialized) are noted by their size rather than kept. */
export declare const JOURNAL_BODY_BYTES: number;
/** Bytes the kept entries may take in all (bodies are kept up to 64 KB each): at least 128 of the largest. */
export declare const DEFAULT_JOURNAL_BYTES: number;
export declare class Journal {
    readonly capacity: number;
    private readonly ring;
    private readonly listeners;
    constructor(capacity?: number, maxBytes?: number);
    /** Stores a request (giving it the next id) and tells every listener; returns the id. A listener that throws is its own bug. */
    record(record: JournalRecord): number;
    /** The id the last entry got (0 before any): pass it as `since` to see only what comes after. */
    get lastEntryId(): number;
    /** The kept entries matching the filter, newest first (at most `limit`), and how many matched in all. */
    list(filter?: JournalFilter): {
        requests: JournalEntry[];
        total: number;
    };
    /** Forgets the kept entries; ids go on from where they were. */
    clear(): void;
    /** Calls `listener` with every entry recorded from now on; returns the function that stops it. */
    subscribe(listener: JournalListener): () => void;
    /**
     * Resolves with the next entry that matches (a filter or a predicate). With `since` in the filter, a kept entry
     * after that id matches too, so a test can take `lastEntryId` before acting and not miss a fast answer.
     */
    waitFor(filter?: JournalFilter | ((entry: JournalEntry) => boolean), options?: JournalWaitOptions): Promise<JournalEntry>;
}
