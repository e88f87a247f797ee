/** @jsxImportSource hono/jsx */
import { Hono, type MiddlewareHandler } from "hono";
export interface DashboardDeps {
    /** The control API's own app, called in-process. */
    control: {
        fetch: (request: Request) => Response | Promise<Response>;
    };
    /** The control token, when one is set: the page's own control calls carry it. */
    token?: string;
}
export declare class ControlReadError extends Error {
    readonly status: number;
    constructor(status: number, message: string);
}
/**
 * A browser cannot send a header when it opens a URL, so GET /__mock/ui (the page alone: not its fragments, not
 * the API) takes the control token as `?token=`, standing for the header the access check reads. The page then
 * sends the header on every call it makes, and its script drops the token from the address bar.
 */
export declare const dashboardTokenFromUrl: MiddlewareHandler;
export declare function dashboardRoutes({ control, token }: DashboardDeps): Hono;
