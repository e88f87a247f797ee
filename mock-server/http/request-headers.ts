// A request header by name, read from what Node already parsed. Why not c.req.header(): under @hono/node-server
// that builds a fetch Headers object from the whole request on first use, a measurable share of a request's cost
// here (issue 11), for the three or four headers the pipeline reads. Same answers as Headers.get: names in any
// case, repeated headers joined with ", ".
import type { Context } from "hono";

const FOLDED = Symbol("folded request headers");

interface Incoming {
  rawHeaders: string[];
  [FOLDED]?: Record<string, string>;
}

function folded(incoming: Incoming): Record<string, string> {
  let headers = incoming[FOLDED];
  if (headers) return headers;
  headers = Object.create(null) as Record<string, string>;
  const raw = incoming.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    const value = raw[i + 1]!;
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  incoming[FOLDED] = headers;
  return headers;
}

/** The header's value (lower-case `name`), or undefined when the request has none. */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = (c.env as { incoming?: Incoming } | undefined)?.incoming;
  if (incoming?.rawHeaders) return folded(incoming)[name];
  return c.req.header(name);
}
