/** The header's value (lower-case `name`), or undefined when the request has none. */
export function requestHeader(c, name) {
    const raw = c.env?.incoming?.rawHeaders;
    if (!raw)
        return c.req.header(name);
    let found;
    for (let i = 0; i + 1 < raw.length; i += 2) {
        const key = raw[i];
        // Lower-cased only when the length already matches.
        if (key.length !== name.length || (key !== name && key.toLowerCase() !== name))
            continue;
        found = found === undefined ? raw[i + 1] : `${found}, ${raw[i + 1]}`;
    }
    return found;
}
//# sourceMappingURL=request-headers.js.map