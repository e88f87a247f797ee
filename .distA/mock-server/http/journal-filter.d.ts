import type { JournalEntry } from "./journal.js";
export interface JournalFilter {
    /** operationId (e.g. "batchSendMessage"), or `stub:<id>`, or "not_modelled" for paths nothing answers. */
    operation?: string;
    /** Feishu app_id or DingTalk appkey. */
    app?: string;
    status?: number;
    /** Feishu `code` / DingTalk `errcode`. */
    code?: number;
    method?: string;
    /** An entry id (only later entries) or an ISO date-time in mock time (entries that arrived at or after it). */
    since?: number | string;
    /** At most this many, newest first. */
    limit?: number | undefined;
}
export declare class JournalFilterError extends Error {
}
/** What a filter reads of an entry: a shown entry, or a kept record with its id (`at` then in ms). */
export type FilterFields = Pick<JournalEntry, "id" | "method" | "status" | "operation" | "app" | "code"> & {
    at: string | number;
};
export declare function matchesFilter(entry: FilterFields, filter: JournalFilter): boolean;
/** A misspelt filter key would match everything: refused instead (for callers without the types). */
export declare function checkFilterKeys(filter: object): void;
/** A filter from query parameters; unknown parameters and bad values are refused rather than ignored. */
export declare function filterFromQuery(query: Record<string, string>, maxLimit: number): JournalFilter;
