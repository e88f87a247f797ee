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
  ms: number;
}

/** Keeps the first 4 characters of a credential in a query string, never the whole. */
export function maskQuery(pathAndQuery: string): string {
  return pathAndQuery.replace(/([?&](?:access_token|appsecret|app_secret)=)([^&]*)/gi, (_m, key: string, value: string) =>
    `${key}${value.slice(0, 4)}…`,
  );
}

export function requestLog(log: (entry: RequestLogEntry) => void): MiddlewareHandler<MockEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const url = new URL(c.req.url);
    const entry: RequestLogEntry = {
      method: c.req.method,
      path: maskQuery(url.pathname + url.search),
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 100) / 100,
    };
    const code = c.get("vendorCode");
    if (code !== undefined) entry.code = code;
    const operationId = c.get("operationId");
    if (operationId !== undefined) entry.operationId = operationId;
    log(entry);
  };
}
