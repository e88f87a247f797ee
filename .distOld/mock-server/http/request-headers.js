const FOLDED = Symbol("folded request headers");
function folded(incoming) {
    let headers = incoming[FOLDED];
    if (headers)
        return headers;
    headers = Object.create(null);
    const raw = incoming.rawHeaders;
    for (let i = 0; i + 1 < raw.length; i += 2) {
        const name = raw[i].toLowerCase();
        const value = raw[i + 1];
        headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
    }
    incoming[FOLDED] = headers;
    return headers;
}
/** The header's value (lower-case `name`), or undefined when the request has none. */
export function requestHeader(c, name) {
    const incoming = c.env?.incoming;
    if (incoming?.rawHeaders)
        return folded(incoming)[name];
    return c.req.header(name);
}
//# sourceMappingURL=request-headers.js.map