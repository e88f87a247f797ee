import type { JournalEntry } from "./journal.js";
export interface RequestLogEntry {
    method: string;
    /** Path and query, with credentials masked (mask-secrets.ts). */
    path: string;
    status: number;
    /** Feishu `code` / DingTalk `errcode` of the answer, when it has one. */
    code?: number;
    operationId?: string;
    /** Why the mock refused the request (its `x-mock-error-reason`), when it did. */
    reason?: string;
    /** Set (true) when no modelled operation or stub answers the path. */
    notModelled?: boolean;
    ms: number;
}
export declare function logEntryOf(entry: JournalEntry): RequestLogEntry;
/** The text of a log line: `POST /path 200 code=0 1.2ms`, and "not modelled" where nothing answers the path. */
export declare function logMessage(e: RequestLogEntry): string;
