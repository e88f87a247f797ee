// A request header by name, read from what Node already parsed. Why not c.req.header(): under @hono/node-server
// that builds a fetch Headers object from the whole request on first use, a measurable share of a request's cost
// here (issue 11), for the three or four headers the pipeline reads. Same answers as Headers.get: names in any
// case, repeated headers joined with ", ". Nor an object of every header folded once: scanning the raw pairs for
// each of the few names asked is five times cheaper than building it (a request carries half a dozen headers).
import type { Context } from "hono";

interface Incoming {
  rawHeaders: string[];
}

/** The header's value (lower-case `name`), or undefined when the request has none. */
export function requestHeader(c: Context, name: string): string | undefined {
  const raw = (c.env as { incoming?: Incoming } | undefined)?.incoming?.rawHeaders;
  if (!raw) return c.req.header(name);
  let found: string | undefined;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const key = raw[i]!;
    // Lower-cased only when the length already matches.
    if (key.length !== name.length || (key !== name && key.toLowerCase() !== name)) continue;
    found = found === undefined ? raw[i + 1]! : `${found}, ${raw[i + 1]!}`;
  }
  return found;
}
