// Against DNS rebinding: a page of attacker.example whose name is made to resolve to 127.0.0.1 reaches the mock
// with `Host: attacker.example`. On a port, the server answers only Host names that are its own: IP literals
// (a rebinding needs a name), `localhost` and `*.localhost` (never from DNS), the name it was bound to, and the
// configured `server.allowed_hosts`. Everything else gets 403 on every route.
import type { Context, MiddlewareHandler } from "hono";
import { requestHeader } from "./request-headers.js";

/** The host name of a Host header, without port and brackets, lower-cased; undefined when malformed. */
export function hostName(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::\d{1,5})?$/i.exec(header.trim());
  return match?.[1]!.toLowerCase().replace(/^\[|\]$/g, "");
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const isIpLiteral = (name: string) => IPV4.test(name) || name.includes(":");

export function allowedHost(extra: readonly string[]): (name: string) => boolean {
  const names = new Set(extra.map((h) => h.toLowerCase().replace(/^\[|\]$/g, "")));
  return (name) => isIpLiteral(name) || name === "localhost" || name.endsWith(".localhost") || names.has(name);
}

/** The 403 for a request whose Host is not one of the mock's names; undefined for one that may pass. */
export function hostRefusal(allowed: (name: string) => boolean): (c: Context) => Response | undefined {
  // A client sends the same Host on every request: the last one allowed is not parsed again.
  let lastAllowed: string | undefined;
  return (c) => {
    const host = requestHeader(c, "host");
    if (host !== undefined && host === lastAllowed) return undefined;
    const name = hostName(host);
    if (name === undefined || !allowed(name)) {
      const shown = (host ?? "").slice(0, 100);
      return c.text(`Blocked request: the Host "${shown}" is not one of this mock's names (allow it with --allowed-host or server.allowed_hosts)\n`, 403);
    }
    lastAllowed = host;
    return undefined;
  };
}

/** The guard in front of a vendor route's answer: a refused request goes no further, and is not journaled. */
export function guarded<C extends Context>(refusal: (c: Context) => Response | undefined, answer: (c: C) => Promise<Response>): (c: C) => Promise<Response> {
  return (c) => {
    const refused = refusal(c);
    return refused ? Promise.resolve(refused) : answer(c);
  };
}

/** The guard as a middleware, in front of the control API's routes. */
export function guardMiddleware(refusal: (c: Context) => Response | undefined): MiddlewareHandler {
  return async (c, next) => {
    const refused = refusal(c);
    if (refused) return refused;
    await next();
  };
}
