import type { Context, MiddlewareHandler } from "hono";
/** The host name of a Host header, without port and brackets, lower-cased; undefined when malformed. */
export declare function hostName(header: string | undefined): string | undefined;
export declare function allowedHost(extra: readonly string[]): (name: string) => boolean;
/** The 403 for a request whose Host is not one of the mock's names; undefined for one that may pass. */
export declare function hostRefusal(allowed: (name: string) => boolean): (c: Context) => Response | undefined;
/**
 * The guard in front of `then` (the journal stage), as one middleware: a level of Hono's composition fewer on
 * every request than two (issue 11). A refused request goes no further, and is not journaled.
 */
export declare function hostGuard(allowed: (name: string) => boolean, then: MiddlewareHandler): MiddlewareHandler;
