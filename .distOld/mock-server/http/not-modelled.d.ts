import type { Context } from "hono";
/** The reason a request was not answered: another method of a modelled path, or the nearest paths. */
export declare function notModelledReason(method: string, path: string): string;
export declare function notModelled(c: Context): Response;
