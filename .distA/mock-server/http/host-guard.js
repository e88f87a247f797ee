import { requestHeader } from "./request-headers.js";
/** The host name of a Host header, without port and brackets, lower-cased; undefined when malformed. */
export function hostName(header) {
    if (!header)
        return undefined;
    const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::\d{1,5})?$/i.exec(header.trim());
    return match?.[1].toLowerCase().replace(/^\[|\]$/g, "");
}
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const isIpLiteral = (name) => IPV4.test(name) || name.includes(":");
export function allowedHost(extra) {
    const names = new Set(extra.map((h) => h.toLowerCase().replace(/^\[|\]$/g, "")));
    return (name) => isIpLiteral(name) || name === "localhost" || name.endsWith(".localhost") || names.has(name);
}
/** The 403 for a request whose Host is not one of the mock's names; undefined for one that may pass. */
export function hostRefusal(allowed) {
    // A client sends the same Host on every request: the last one allowed is not parsed again.
    let lastAllowed;
    return (c) => {
        const host = requestHeader(c, "host");
        if (host !== undefined && host === lastAllowed)
            return undefined;
        const name = hostName(host);
        if (name === undefined || !allowed(name)) {
            const shown = (host ?? "").slice(0, 100);
            return c.text(`Blocked request: the Host "${shown}" is not one of this mock's names (allow it with --allowed-host or server.allowed_hosts)\n`, 403);
        }
        lastAllowed = host;
        return undefined;
    };
}
/**
 * The guard in front of `then` (the journal stage), as one middleware: a level of Hono's composition fewer on
 * every request than two (issue 11). A refused request goes no further, and is not journaled.
 */
export function hostGuard(allowed, then) {
    const refusal = hostRefusal(allowed);
    return (c, next) => {
        const refused = refusal(c);
        return refused ? Promise.resolve(refused) : then(c, next);
    };
}
//# sourceMappingURL=host-guard.js.map