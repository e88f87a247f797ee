// What the journal keeps of a request (a JournalRecord, as it arrived) and what it shows (a JournalEntry, with
// credentials masked). Masking waits until someone looks: a listener, GET /__mock/requests, waitForRequest. So the
// request path only serializes what it already has, and secrets still never leave the process unmasked.
import { maskedBody, maskedHeaders, maskedParams } from "./credentials-mask.js";
import { maskPath } from "./mask-secrets.js";

export interface JournalEntry {
  /** 1, 2, 3, … in the order requests finished; never reused, not even after clear(). */
  id: number;
  /** When the request arrived, in mock time (ISO). */
  at: string;
  /** When the request arrived, in real time (ISO). */
  wall_at: string;
  method: string;
  /** The path, without the query. */
  path: string;
  /** Query parameters (the first of repeated ones), credentials masked. */
  query: Record<string, string>;
  /** Request headers (lower-case names), credentials masked. */
  headers: Record<string, string>;
  /** The decoded body (JSON or form), credentials masked; absent when there was none. */
  body?: unknown;
  /** The operationId of a modelled route, `stub:<id>` for a stub; absent when not modelled. */
  operation?: string;
  /** The Feishu app_id or DingTalk appkey the request was made as, when known. */
  app?: string;
  status: number;
  /** Feishu `code` / DingTalk `errcode` of the answer, when it has one. */
  code?: number;
  /** The answer's x-mock-error-reason, when it has one. */
  reason?: string;
  /** Real milliseconds the mock took. */
  ms: number;
}

/** A request as the pipeline saw it, nothing masked yet (kept in the process only). */
export interface JournalRecord {
  /** Arrival, mock time and real time, ms since the epoch. */
  at: number;
  wall: number;
  method: string;
  /** The request URL (absolute, or a path with its query). */
  url: string;
  /** Header names and values in turn, as received (Node's rawHeaders). */
  headers: string[];
  /** The decoded body (or a note of its size when too large to keep); absent when there was none. */
  body?: unknown;
  operation?: string;
  app?: string;
  status: number;
  code?: number;
  reason?: string;
  ms: number;
}

/** The entry shown for a kept record: URL parsed, headers folded as a fetch Headers does, credentials masked. */
export function entryOf(id: number, record: JournalRecord): JournalEntry {
  const url = new URL(record.url, "http://journal.invalid");
  const headers = new Headers();
  for (let i = 0; i + 1 < record.headers.length; i += 2) {
    const name = record.headers[i]!;
    // HTTP/2 pseudo-headers and names fetch refuses are not headers a client set.
    if (name.startsWith(":")) continue;
    try {
      headers.append(name, record.headers[i + 1]!);
    } catch {
      // left out, as the fetch Request the pipeline reads would have refused it too
    }
  }
  const entry: JournalEntry = {
    id,
    at: new Date(record.at).toISOString(),
    wall_at: new Date(record.wall).toISOString(),
    method: record.method,
    path: maskPath(url.pathname),
    query: maskedParams(url.searchParams),
    headers: maskedHeaders(headers),
    status: record.status,
    ms: record.ms,
  };
  if (record.body !== undefined) entry.body = maskedBody(record.body);
  if (record.operation !== undefined) entry.operation = record.operation;
  if (record.app !== undefined) entry.app = record.app;
  if (record.code !== undefined) entry.code = record.code;
  if (record.reason !== undefined) entry.reason = record.reason;
  return entry;
}
