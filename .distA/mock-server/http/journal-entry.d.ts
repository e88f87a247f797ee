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
/** A request as the pipeline saw it, nothing masked yet (kept in the process only). */
export interface JournalRecord {
    /** Arrival, mock time and real time, ms since the epoch. */
    at: number;
    wall: number;
    method: string;
    /** The request URL (absolute, or a path with its query). */
    url: string;
    /** Header names and values in turn, as received (Node's rawHeaders). */
    headers: string[];
    /** The decoded body (or a note of its size when too large to keep); absent when there was none. */
    body?: unknown;
    operation?: string;
    app?: string;
    status: number;
    code?: number;
    reason?: string;
    ms: number;
}
/** The entry shown for a kept record: URL parsed, headers folded as a fetch Headers does, credentials masked. */
export declare function entryOf(id: number, record: JournalRecord): JournalEntry;
