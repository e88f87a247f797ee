import type { Context } from "hono";
/** Why a request looks as if a page of another origin sent it, or undefined. */
export declare function crossSiteReason(c: Context): string | undefined;
/** The control token given (Bearer or x-mock-control-token), compared in constant time. */
export declare function hasControlToken(c: Context, token: string): Promise<boolean>;
