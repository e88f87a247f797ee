// One log entry per request: method, path (credentials masked), status, vendor code, duration.
import type { MiddlewareHandler } from "hono";
import { maskQuery } from "./mask-secrets.js";
import type { MockEnv } from "./operation-routes.js";

export interface RequestLogEntry {
  method: string;
  /** Path and query, with credentials masked (mask-secrets.ts). */
  path: string;
  status: number;
  /** Feishu `code` / DingTalk `errcode` of the answer, when it has one. */
  code?: number;
  operationId?: string;
  ms: number;
}

export { maskQuery };

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
    log(entry);
  };
}
