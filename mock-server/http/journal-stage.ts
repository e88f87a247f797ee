// The pipeline's journal stage: after the answer is rendered (and self-checked), one entry per request to the
// vendor routes. The control API's own calls are not vendor traffic and are not journaled.
import type { MiddlewareHandler } from "hono";
import { parseJsonWithin } from "../../spec/traffic/json-depth.js";
import type { MockState } from "../state/mock-state.js";
import { maskedBody, maskedHeaders, maskedParams } from "./credentials-mask.js";
import { maskPath } from "./mask-secrets.js";
import type { Journal } from "./journal.js";
import type { MockEnv } from "./operation-routes.js";

/** Bodies past this are noted by size rather than kept (the journal holds many entries). */
export const JOURNAL_BODY_BYTES = 64 * 1024;

/** The body of a request nothing read (a stub or an unmodelled path), if it is small and says how long it is. */
async function unreadBody(c: Parameters<MiddlewareHandler<MockEnv>>[0]): Promise<unknown> {
  const length = Number(c.req.header("content-length") ?? "0");
  if (!(length > 0) || c.req.raw.bodyUsed) return undefined;
  if (length > JOURNAL_BODY_BYTES) return `[${length} bytes, not kept]`;
  try {
    const text = await c.req.text();
    try {
      return parseJsonWithin(text); // depth-limited: the journal stringifies and masks it
    } catch {
      return text;
    }
  } catch {
    return undefined; // the client went away mid-body
  }
}

export function journalStage(journal: Journal, state: MockState): MiddlewareHandler<MockEnv> {
  return async (c, next) => {
    if (c.req.path === "/__mock" || c.req.path.startsWith("/__mock/")) return next();
    const started = performance.now();
    const at = new Date(state.now()).toISOString();
    const wallAt = new Date().toISOString();
    await next();
    const url = new URL(c.req.url);
    const read = c.get("requestBody");
    const body = read === undefined ? await unreadBody(c) : read;
    const size = body === undefined ? 0 : JSON.stringify(body).length;
    const entry: Parameters<Journal["record"]>[0] = {
      at,
      wall_at: wallAt,
      method: c.req.method,
      path: maskPath(url.pathname),
      query: maskedParams(url.searchParams),
      headers: maskedHeaders(c.req.raw.headers),
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 100) / 100,
    };
    if (body !== undefined) entry.body = size > JOURNAL_BODY_BYTES ? `[${size} bytes, not kept]` : maskedBody(body);
    const operation = c.get("operationId");
    if (operation !== undefined) entry.operation = operation;
    const app = c.get("app");
    if (app !== undefined) entry.app = app;
    const code = c.get("vendorCode");
    if (code !== undefined) entry.code = code;
    const reason = c.res.headers.get("x-mock-error-reason");
    if (reason !== null) entry.reason = reason;
    journal.record(entry);
  };
}
