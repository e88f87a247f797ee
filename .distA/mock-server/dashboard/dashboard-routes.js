import { jsx as _jsx } from "hono/jsx/jsx-runtime";
/** @jsxImportSource hono/jsx */
// /__mock/ui: the dashboard, mounted inside the control API so the same access rules cover it. Every part of the
// page is rendered from a control API answer, read by calling the control API itself (with the caller's headers,
// so its checks apply): the page can show nothing a script could not read. The page is one document — styles and
// script inline under a per-response CSP nonce, no other origin — and the client script then re-renders parts
// through /__mock/ui/fragments/:name and acts only through control calls.
import { Hono } from "hono";
import { DashboardPage } from "./dashboard-page.js";
import { FRAGMENTS } from "./fragments.js";
export class ControlReadError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
/**
 * A browser cannot send a header when it opens a URL, so GET /__mock/ui (the page alone: not its fragments, not
 * the API) takes the control token as `?token=`, standing for the header the access check reads. The page then
 * sends the header on every call it makes, and its script drops the token from the address bar.
 */
export const dashboardTokenFromUrl = async (c, next) => {
    const token = c.req.query("token");
    if (c.req.method === "GET" && token !== undefined && c.req.header("authorization") === undefined) {
        try {
            c.req.raw.headers.set("authorization", `Bearer ${token}`);
        }
        catch {
            // a request with immutable headers (none the mock's servers make): the access check then refuses it
        }
    }
    await next();
};
function securityHeaders(c, nonce) {
    // Only this origin, only this document's own script and styles; never framed, never leaking the URL's token.
    c.header("content-security-policy", `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; connect-src 'self'; img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'`);
    c.header("x-frame-options", "DENY");
    c.header("referrer-policy", "no-referrer");
    c.header("x-content-type-options", "nosniff");
    c.header("cache-control", "no-store");
}
export function dashboardRoutes({ control, token }) {
    const ui = new Hono();
    const readerFor = (c) => async (path) => {
        const headers = new Headers(c.req.raw.headers);
        for (const name of ["content-length", "content-type", "accept-encoding"])
            headers.delete(name);
        if (token !== undefined)
            headers.set("authorization", `Bearer ${token}`);
        const response = await control.fetch(new Request(`${new URL(c.req.url).origin}${path}`, { headers }));
        const body = (await response.json().catch(() => ({})));
        if (!response.ok)
            throw new ControlReadError(response.status, body.error ?? `GET /__mock${path} answered HTTP ${response.status}`);
        return body;
    };
    ui.onError((error, c) => {
        if (!(error instanceof ControlReadError))
            throw error;
        c.header("cache-control", "no-store");
        return c.html(_jsx("p", { class: "error", role: "alert", children: error.message }), error.status);
    });
    ui.get("/", async (c) => {
        const read = readerFor(c);
        const [catalog, apps] = await Promise.all([read("/operations"), read("/apps")]);
        const parts = {};
        for (const name of ["clock", "batches", "messages", "tasks", "faults", "apps", "directory", "requests"]) {
            // One part whose read the control API refuses does not take the page down: it says why in its place.
            parts[name] = await FRAGMENTS[name](read, new URLSearchParams()).catch((error) => {
                if (error instanceof ControlReadError)
                    return _jsx("p", { class: "error", children: error.message });
                throw error;
            });
        }
        const nonce = crypto.randomUUID().replaceAll("-", "");
        securityHeaders(c, nonce);
        return c.html("<!doctype html>" +
            (_jsx(DashboardPage, { nonce: nonce, ...(token !== undefined && { token }), parts: parts, catalog: catalog, apps: apps, directory: (await read("/directory?limit=0")) })).toString());
    });
    ui.get("/fragments/:name", async (c) => {
        const render = FRAGMENTS[c.req.param("name")];
        if (!render)
            return c.html(_jsx("p", { class: "error", children: "No such part of the page." }), 404);
        c.header("cache-control", "no-store");
        return c.html(await render(readerFor(c), new URL(c.req.url).searchParams));
    });
    return ui;
}
//# sourceMappingURL=dashboard-routes.js.map