import type { FeishuAppConfig } from "../config.js";
export type VendorFetch = (request: Request) => Response | Promise<Response>;
export interface VendorCall {
    method: string;
    path: string;
    status: number;
    /** The answer's body (JSON when it is JSON, else its text). */
    body: unknown;
    /** A fault dropped the connection: there was no answer. */
    dropped?: boolean;
}
export interface VendorCallResult {
    /** The last call succeeded: HTTP 2xx and vendor code 0. */
    ok: boolean;
    /** Every request made, in order (the token first). */
    calls: VendorCall[];
}
/** Gets the app a tenant token (as any client does, with its secret), then makes the call with it. */
export declare function callAsFeishuApp(fetch: VendorFetch, origin: string, app: FeishuAppConfig, method: string, path: string, body?: unknown): Promise<VendorCallResult>;
