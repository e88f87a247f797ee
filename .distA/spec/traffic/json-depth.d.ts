export declare const MAX_JSON_DEPTH = 100;
/** Whether the value nests deeper than `max` arrays and objects; iterative, so any depth is safe to ask. */
export declare function nestsDeeperThan(value: unknown, max?: number): boolean;
/** JSON.parse, refusing a value that nests deeper than the limit (the error says so). */
export declare function parseJsonWithin(text: string, max?: number): unknown;
export declare class JsonTooDeepError extends Error {
}
