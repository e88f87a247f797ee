/** @jsxImportSource hono/jsx */
// /__mock/ui: the dashboard, mounted inside the control API so the same access rules cover it. Every part of the
// page is rendered from a control API answer, read by calling the control API itself (with the caller's headers,
// so its checks apply): the page can show nothing a script could not read. The page is one document — styles and
// script inline under a per-response CSP nonce, no other origin — and the client script then re-renders parts
// through /__mock/ui/fragments/:name and acts only through control calls.
import { Hono, type Context, type MiddlewareHandler } from "hono";
import type { JSX } from "hono/jsx/jsx-runtime";
import type { AppsView, DirectoryView, OperationsView } from "./control-types.js";
import { DashboardPage } from "./dashboard-page.js";
import { FRAGMENTS, type ControlReader } from "./fragments.js";

export interface DashboardDeps {
  /** The control API's own app, called in-process. */
  control: { fetch: (request: Request) => Response | Promise<Response> };
  /** The control token, when one is set: the page's own control calls carry it. */
  token?: string;
}

export class ControlReadError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A browser cannot send a header when it opens a URL, so GET /__mock/ui (the page alone: not its fragments, not
 * the API) takes the control token as `?token=`, standing for the header the access check reads. The page then
 * sends the header on every call it makes, and its script drops the token from the address bar.
 */
export const dashboardTokenFromUrl: MiddlewareHandler = async (c, next) => {
  const token = c.req.query("token");
  if (c.req.method === "GET" && token !== undefined && c.req.header("authorization") === undefined) {
    try {
      c.req.raw.headers.set("authorization", `Bearer ${token}`);
    } catch {
      // a request with immutable headers (none the mock's servers make): the access check then refuses it
    }
  }
  await next();
};

function securityHeaders(c: Context, nonce: string): void {
  // Only this origin, only this document's own script and styles; never framed, never leaking the URL's token.
  c.header(
    "content-security-policy",
    `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; connect-src 'self'; img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'`,
  );
  c.header("x-frame-options", "DENY");
  c.header("referrer-policy", "no-referrer");
  c.header("x-content-type-options", "nosniff");
  c.header("cache-control", "no-store");
}

export function dashboardRoutes({ control, token }: DashboardDeps): Hono {
  const ui = new Hono();

  const readerFor = (c: Context): ControlReader => async (path) => {
    const headers = new Headers(c.req.raw.headers);
    for (const name of ["content-length", "content-type", "accept-encoding"]) headers.delete(name);
    if (token !== undefined) headers.set("authorization", `Bearer ${token}`);
    const response = await control.fetch(new Request(`${new URL(c.req.url).origin}${path}`, { headers }));
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    if (!response.ok) throw new ControlReadError(response.status, body.error ?? `GET /__mock${path} answered HTTP ${response.status}`);
    return body;
  };

  ui.onError((error, c) => {
    if (!(error instanceof ControlReadError)) throw error;
    c.header("cache-control", "no-store");
    return c.html(<p class="error" role="alert">{error.message}</p>, error.status as 400);
  });

  ui.get("/", async (c) => {
    const read = readerFor(c);
    const [catalog, apps] = await Promise.all([read("/operations"), read("/apps")]);
    const parts: Record<string, JSX.Element> = {};
    for (const name of ["clock", "batches", "messages", "tasks", "faults", "apps", "directory", "requests"] as const) {
      // One part whose read the control API refuses does not take the page down: it says why in its place.
      parts[name] = await FRAGMENTS[name](read, new URLSearchParams()).catch((error: unknown) => {
        if (error instanceof ControlReadError) return <p class="error">{error.message}</p>;
        throw error;
      });
    }
    const nonce = crypto.randomUUID().replaceAll("-", "");
    securityHeaders(c, nonce);
    return c.html(
      "<!doctype html>" +
        (
          <DashboardPage
            nonce={nonce}
            {...(token !== undefined && { token })}
            parts={parts}
            catalog={catalog as OperationsView}
            apps={apps as AppsView}
            directory={(await read("/directory?limit=0")) as DirectoryView}
          />
        ).toString(),
    );
  });

  ui.get("/fragments/:name", async (c) => {
    const render = FRAGMENTS[c.req.param("name") as keyof typeof FRAGMENTS];
    if (!render) return c.html(<p class="error">No such part of the page.</p>, 404);
    c.header("cache-control", "no-store");
    return c.html(await render(readerFor(c), new URL(c.req.url).searchParams));
  });

  return ui;
}
