// One log entry per request: method, path (credentials masked), status, vendor code, duration.
import type { MiddlewareHandler } from "hono";
import type { MockEnv } from "./operation-routes.js";

export interface RequestLogEntry {
  method: string;
  /** Path and query, with access_token / appsecret masked. */
  path: string;
  status: number;
  /** Feishu `code` / DingTalk `errcode` of the answer, when it has one. */
  code?: number;
  operationId?: string;
  /** Why the mock refused the request (its `x-mock-error-reason`), when it did. */
  reason?: string;
  ms: number;
}

const SECRETS = new Set(["appsecret", "app_secret"]);
const TOKENS = new Set(["access_token"]);

/**
 * The query string with credentials masked: secrets wholly, tokens but for their first 4 characters (and wholly
 * when short). Keys are compared decoded and in any case, so `app%73ecret=` is caught too.
 */
export function maskQuery(pathname: string, search: URLSearchParams): string {
  if ([...search.keys()].length === 0) return pathname;
  const parts: string[] = [];
  for (const [key, value] of search) {
    const name = key.toLowerCase();
    const shown = SECRETS.has(name) ? "***" : TOKENS.has(name) ? (value.length >= 12 ? `${value.slice(0, 4)}…` : "…") : value;
    parts.push(`${encodeURIComponent(key)}=${shown === value ? encodeURIComponent(value) : shown}`);
  }
  return `${pathname}?${parts.join("&")}`;
}

export function requestLog(log: (entry: RequestLogEntry) => void): MiddlewareHandler<MockEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const url = new URL(c.req.url);
    const entry: RequestLogEntry = {
      method: c.req.method,
      path: maskQuery(url.pathname, url.searchParams),
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 100) / 100,
    };
    const code = c.get("vendorCode");
    if (code !== undefined) entry.code = code;
    const operationId = c.get("operationId");
    if (operationId !== undefined) entry.operationId = operationId;
    const reason = c.res.headers.get("x-mock-error-reason");
    if (reason !== null) entry.reason = reason;
    log(entry);
  };
}
