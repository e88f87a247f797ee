// One log line per request, read from the journal: method, path (credentials masked), status, vendor code, duration.
import { pathWithMaskedQuery } from "./credentials-mask.js";
import { maskPath } from "./mask-secrets.js";
import type { JournalEntry } from "./journal.js";

export interface RequestLogEntry {
  method: string;
  /** Path and query, with credentials masked (mask-secrets.ts). */
  path: string;
  status: number;
  /** Feishu `code` / DingTalk `errcode` of the answer, when it has one. */
  code?: number;
  operationId?: string;
  /** Why the mock refused the request (its `x-mock-error-reason`), when it did. */
  reason?: string;
  /** Set (true) when no modelled operation or stub answers the path. */
  notModelled?: boolean;
  ms: number;
}

export function logEntryOf(entry: JournalEntry): RequestLogEntry {
  const line: RequestLogEntry = { method: entry.method, path: pathWithMaskedQuery(maskPath(entry.path), entry.query), status: entry.status, ms: entry.ms };
  if (entry.code !== undefined) line.code = entry.code;
  if (entry.operation !== undefined) line.operationId = entry.operation;
  else if (entry.status === 404) line.notModelled = true;
  if (entry.reason !== undefined) line.reason = entry.reason;
  return line;
}

/** The text of a log line: `POST /path 200 code=0 1.2ms`, and "not modelled" where nothing answers the path. */
export function logMessage(e: RequestLogEntry): string {
  return `${e.method} ${e.path} ${e.status}${e.code === undefined ? "" : ` code=${e.code}`}${e.notModelled ? " not modelled" : ""} ${e.ms}ms`;
}
