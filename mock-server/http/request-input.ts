// Reads a request's parameters and body as the spec declares them, coercing query strings to the declared
// types, so the validator sees what a vendor's server would. Nothing here decides validity: that is the spec's.
import type { Context } from "hono";
import type { OperationInfo } from "../../spec/index.js";
import { coerce, decodeBody } from "../../spec/traffic/request-decoding.js";
import { Lru } from "../lru.js";
import { requestHeader } from "./request-headers.js";

/** A parsed query string that nothing may change (see parseQuery). */
export type ReadonlyQuery = Pick<URLSearchParams, "get" | "getAll" | "has" | "keys" | "entries" | "forEach" | "toString" | "size">;

export interface RequestInput {
  /** The query string's parameters, parsed once (all of them, declared or not); read-only, as it is shared. */
  search: ReadonlyQuery;
  path: Record<string, string>;
  query: Record<string, unknown>;
  /** The decoded body (undefined when there is none), and the media type it was sent as. */
  body: unknown;
  mediaType?: string;
  /** Why the body could not be read, if it could not. */
  bodyError?: string;
}

/** No request body is read past this: vendors' own limits are far below it (150 KB text, 30 KB cards). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Whether the request has no body, known from its headers alone. */
function hasNoBody(c: Context): boolean {
  if (requestHeader(c, "transfer-encoding") !== undefined) return false;
  const length = requestHeader(c, "content-length");
  if (length === "0") return true;
  if (length !== undefined) return false;
  // Over HTTP/1.1 a request with neither header has no body: then it is not touched (asking the Node adapter for a
  // body stream builds a whole fetch Request). An in-process Request may carry a body without either header.
  return (c.env as { incoming?: unknown } | undefined)?.incoming !== undefined || c.req.raw.body === null;
}

type BodyRead = { text: string } | { tooLarge: true } | { broken: string };

/** The body as text, refusing (without reading on) one that declares or turns out to be over the cap. */
export function readBody(c: Context): Promise<BodyRead> {
  return hasNoBody(c) ? Promise.resolve({ text: "" }) : readPresentBody(c);
}

/** readBody for a request known to have a body. */
async function readPresentBody(c: Context): Promise<BodyRead> {
  const length = requestHeader(c, "content-length");
  const chunked = requestHeader(c, "transfer-encoding") !== undefined;
  if (Number(length) > MAX_BODY_BYTES) return { tooLarge: true };
  if (!chunked && length !== undefined) {
    // A declared length under the cap: the adapter's own reader is the fastest way to it.
    try {
      return { text: await c.req.text() };
    } catch (error) {
      return { broken: String(error) };
    }
  }
  // A chunked body of unknown length is read piece by piece, and given up past the cap.
  const stream = c.req.raw.body;
  if (!stream) return { text: "" };
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let next: Awaited<ReturnType<typeof reader.read>>;
    try {
      next = await reader.read();
    } catch (error) {
      // The client went away mid-body: nothing to answer, and nothing wrong with the mock.
      return { broken: String(error) };
    }
    const { done, value } = next;
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return { tooLarge: true };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { text: new TextDecoder().decode(bytes) };
}

/** Shared by every request without a query string; nothing writes to an input's `search`. */
const NO_QUERY = new URLSearchParams();

/**
 * Parsed query strings, shared by the requests that send the same one (a poller sends the same query every time,
 * and parsing it was a tenth of a read_users request's cost, issue 11). Bounded: the 256 used last, and a query
 * string past QUERY_CACHE_TEXT is parsed for its request alone. Shared, so nothing may write to an input's `search`.
 */
const parsedQueries = new Lru<string, URLSearchParams>(256);
const QUERY_CACHE_TEXT = 512;

function parseQuery(query: string): ReadonlyQuery {
  if (query === "") return NO_QUERY;
  let search = parsedQueries.get(query);
  if (search !== undefined) return search;
  search = new URLSearchParams(query);
  if (query.length <= QUERY_CACHE_TEXT) parsedQueries.set(query, search);
  return search;
}

/**
 * The request's input. Not an async function: a request without a body (most polls) is read at once, and only
 * one with a body waits for it (an async frame per request was a measurable cost, issue 11).
 */
export function readInput(c: Context, op: OperationInfo, lenientNumbers = false): RequestInput | Promise<RequestInput> {
  // Only the query string is parsed: the path parameters are Hono's, and most requests have no query at all.
  const href = c.req.url;
  const q = href.indexOf("?");
  const hash = href.indexOf("#");
  const query = q < 0 || (hash >= 0 && hash < q) ? "" : href.slice(q + 1, hash < 0 ? undefined : hash);
  const search = parseQuery(query);
  const input: RequestInput = { search, path: {}, query: {}, body: undefined };
  for (const { value: param } of op.parameters) {
    if (param.in === "path") {
      // Hono has already decoded it (leaving malformed escapes as they were): decoding again would throw or alter.
      const value = c.req.param(param.name);
      if (value !== undefined) input.path[param.name] = value;
    } else if (param.in === "query") {
      const raw = search.get(param.name);
      if (raw !== null) input.query[param.name] = coerce(raw, param.schema);
    }
  }

  if (hasNoBody(c)) return input;
  return readPresentBody(c).then((body) => withBody(c, op, input, body, lenientNumbers));
}

function withBody(c: Context, op: OperationInfo, input: RequestInput, body: BodyRead, lenientNumbers: boolean): RequestInput {
  if ("tooLarge" in body) {
    input.bodyError = `the body is over ${MAX_BODY_BYTES} bytes`;
    return input;
  }
  if ("broken" in body) {
    input.bodyError = `the body could not be read: ${body.broken}`;
    return input;
  }
  const decoded = decodeBody(op, requestHeader(c, "content-type"), body.text, { lenientNumbers });
  if (decoded.mediaType !== undefined) input.mediaType = decoded.mediaType;
  if (decoded.body !== undefined) input.body = decoded.body;
  if (decoded.bodyError !== undefined) input.bodyError = decoded.bodyError;
  return input;
}
