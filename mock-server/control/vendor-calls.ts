// Control actions that act as an app would: real requests to the vendor routes through the app's own fetch, so
// they take the whole pipeline (faults, auth, rate limits, validation, journal) like any client's. The dashboard's
// "recall" and "send a test batch" are these: nothing is done to the state behind the pipeline's back.
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

const USER_AGENT = "feishu-dingtalk-mock-control";

async function call(fetch: VendorFetch, origin: string, method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<VendorCall> {
  const request = new Request(`${origin}${path}`, {
    method,
    // In-process requests carry no Host of their own: give the one a client of this origin sends (the Host guard).
    headers: { host: new URL(origin).host, "user-agent": USER_AGENT, ...headers, ...(body !== undefined && { "content-type": "application/json" }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const response = await fetch(request);
  if (response.headers.get("x-mock-dropped") === "1") return { method, path, status: 0, body: null, dropped: true };
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // a 5xx fault answers plain text: keep it
  }
  return { method, path, status: response.status, body: parsed };
}

const succeeded = (c: VendorCall) =>
  !c.dropped && c.status >= 200 && c.status < 300 && ((c.body as { code?: number } | null)?.code ?? (c.body as { errcode?: number } | null)?.errcode) === 0;

/** Gets the app a tenant token (as any client does, with its secret), then makes the call with it. */
export async function callAsFeishuApp(
  fetch: VendorFetch,
  origin: string,
  app: FeishuAppConfig,
  method: string,
  path: string,
  body?: unknown,
): Promise<VendorCallResult> {
  const token = await call(fetch, origin, "POST", "/open-apis/auth/v3/tenant_access_token/internal", {}, { app_id: app.app_id, app_secret: app.app_secret });
  if (!succeeded(token)) return { ok: false, calls: [masked(token)] };
  const accessToken = (token.body as { tenant_access_token: string }).tenant_access_token;
  const answer = await call(fetch, origin, method, path, { authorization: `Bearer ${accessToken}` }, body);
  return { ok: succeeded(answer), calls: [masked(token), answer] };
}

/** A token answer as shown back: the token itself is a credential, so only its start. */
function masked(token: VendorCall): VendorCall {
  const body = token.body as { tenant_access_token?: string } | null;
  if (typeof body?.tenant_access_token !== "string") return token;
  return { ...token, body: { ...body, tenant_access_token: `${body.tenant_access_token.slice(0, 4)}…` } };
}
