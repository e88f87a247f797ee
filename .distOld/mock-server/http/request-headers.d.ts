import type { Context } from "hono";
/** The header's value (lower-case `name`), or undefined when the request has none. */
export declare function requestHeader(c: Context, name: string): string | undefined;
