import type { Context } from "hono";
import type { OperationInfo } from "../../spec/index.js";
/** A parsed query string that nothing may change (see parseQuery). */
export type ReadonlyQuery = Pick<URLSearchParams, "get" | "getAll" | "has" | "keys" | "entries" | "forEach" | "toString" | "size">;
export interface RequestInput {
    /** The query string's parameters, parsed once (all of them, declared or not); read-only, as it is shared. */
    search: ReadonlyQuery;
    path: Record<string, string>;
    query: Record<string, unknown>;
    /** The decoded body (undefined when there is none), and the media type it was sent as. */
    body: unknown;
    mediaType?: string;
    /** Why the body could not be read, if it could not. */
    bodyError?: string;
}
/** No request body is read past this: vendors' own limits are far below it (150 KB text, 30 KB cards). */
export declare const MAX_BODY_BYTES: number;
type BodyRead = {
    text: string;
} | {
    tooLarge: true;
} | {
    broken: string;
};
/** The body as text, refusing (without reading on) one that declares or turns out to be over the cap. */
export declare function readBody(c: Context): Promise<BodyRead>;
/**
 * The request's input. Not an async function: a request without a body (most polls) is read at once, and only
 * one with a body waits for it (an async frame per request was a measurable cost, issue 11).
 */
export declare function readInput(c: Context, op: OperationInfo, lenientNumbers?: boolean): RequestInput | Promise<RequestInput>;
export {};
