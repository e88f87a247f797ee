// The request journal: the last N requests to the vendor routes (modelled, stubbed or not modelled), as the
// pipeline saw them after render. The request log, GET /__mock/requests, waitForRequest and the dashboard all read
// it; listeners hear of each entry as it is recorded. A ring buffer, so memory stays bounded however long it runs.
import { checkFilterKeys, matchesFilter, type JournalFilter } from "./journal-filter.js";

export type { JournalFilter } from "./journal-filter.js";

export interface JournalEntry {
  /** 1, 2, 3, … in the order requests finished; never reused, not even after clear(). */
  id: number;
  /** When the request arrived, in mock time (ISO). */
  at: string;
  /** When the request arrived, in real time (ISO). */
  wall_at: string;
  method: string;
  /** The path, without the query. */
  path: string;
  /** Query parameters (the first of repeated ones), credentials masked. */
  query: Record<string, string>;
  /** Request headers (lower-case names), credentials masked. */
  headers: Record<string, string>;
  /** The decoded body (JSON or form), credentials masked; absent when there was none. */
  body?: unknown;
  /** The operationId of a modelled route, `stub:<id>` for a stub; absent when not modelled. */
  operation?: string;
  /** The Feishu app_id or DingTalk appkey the request was made as, when known. */
  app?: string;
  status: number;
  /** Feishu `code` / DingTalk `errcode` of the answer, when it has one. */
  code?: number;
  /** The answer's x-mock-error-reason, when it has one. */
  reason?: string;
  /** Real milliseconds the mock took. */
  ms: number;
}

export type JournalListener = (entry: JournalEntry) => void;

export interface JournalWaitOptions {
  /** Reject after this many real milliseconds (default 4000, under vitest's default 5 s test timeout). */
  timeoutMs?: number;
}

export const DEFAULT_JOURNAL_SIZE = 1000;

export class Journal {
  private readonly slots: (JournalEntry | undefined)[];
  private readonly listeners = new Set<JournalListener>();
  private lastId = 0;
  /** Entries at or below this id were cleared. */
  private clearedTo = 0;

  constructor(readonly capacity = DEFAULT_JOURNAL_SIZE) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError("the journal size must be an integer ≥ 0");
    this.slots = new Array<JournalEntry | undefined>(capacity);
  }

  /** Stores an entry (giving it the next id) and tells every listener. A listener that throws is its own bug. */
  record(entry: Omit<JournalEntry, "id">): JournalEntry {
    const full: JournalEntry = { id: ++this.lastId, ...entry };
    if (this.capacity > 0) this.slots[(full.id - 1) % this.capacity] = full;
    for (const listener of [...this.listeners]) listener(full);
    return full;
  }

  /** The id the last entry got (0 before any): pass it as `since` to see only what comes after. */
  get lastEntryId(): number {
    return this.lastId;
  }

  /** The kept entries matching the filter, newest first (at most `limit`), and how many matched in all. */
  list(filter: JournalFilter = {}): { requests: JournalEntry[]; total: number } {
    checkFilterKeys(filter);
    const requests: JournalEntry[] = [];
    let total = 0;
    const limit = filter.limit ?? Infinity;
    const oldest = Math.max(this.clearedTo, this.lastId - this.capacity) + 1;
    for (let id = this.lastId; id >= oldest; id--) {
      const entry = this.slots[(id - 1) % this.capacity]!;
      if (!matchesFilter(entry, filter)) continue;
      total += 1;
      if (requests.length < limit) requests.push(entry);
    }
    return { requests, total };
  }

  /** Forgets the kept entries; ids go on from where they were. */
  clear(): void {
    this.clearedTo = this.lastId;
    this.slots.fill(undefined);
  }

  /** Calls `listener` with every entry recorded from now on; returns the function that stops it. */
  subscribe(listener: JournalListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /**
   * Resolves with the next entry that matches (a filter or a predicate). With `since` in the filter, a kept entry
   * after that id matches too, so a test can take `lastEntryId` before acting and not miss a fast answer.
   */
  waitFor(filter: JournalFilter | ((entry: JournalEntry) => boolean) = {}, options: JournalWaitOptions = {}): Promise<JournalEntry> {
    if (typeof filter !== "function") checkFilterKeys(filter);
    const matches = typeof filter === "function" ? filter : (entry: JournalEntry) => matchesFilter(entry, filter);
    if (typeof filter !== "function" && filter.since !== undefined) {
      const earlier = this.list({ ...filter, limit: undefined }).requests.at(-1);
      if (earlier) return Promise.resolve(earlier);
    }
    const timeoutMs = options.timeoutMs ?? 4000;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        unsubscribe();
        const wanted = typeof filter === "function" ? "the predicate" : JSON.stringify(filter);
        reject(new Error(`no request matching ${wanted} within ${timeoutMs} ms (last journal id ${this.lastId})`));
      }, timeoutMs);
      const unsubscribe = this.subscribe((entry) => {
        if (!matches(entry)) return;
        clearTimeout(timer);
        unsubscribe();
        resolve(entry);
      });
    });
  }
}
