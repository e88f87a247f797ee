// What a recording may not keep: credentials, tokens and secrets, wherever they travel (headers, query strings,
// JSON and form bodies, in requests and answers). Ids — batch, message, task, user, app ids — are kept, so a
// recording still reads as the exchange it was and can be checked again. A scrubbed token keeps its kind's prefix
// (`t-` for a Feishu tenant token) so that the spec's patterns still hold of it.
/** Field and parameter names (compared in lower case) whose values are credentials. */
const SECRET_NAMES = new Set([
    "app_secret",
    "appsecret",
    "client_secret",
    "secret",
    "password",
    "tenant_access_token",
    "app_access_token",
    "user_access_token",
    "access_token",
    "refresh_token",
    "app_ticket",
    // not `code`: it is the Feishu answer code, not an OAuth code (no operation here takes one)
]);
const SECRET_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"]);
export const SCRUBBED = "***";
export function scrubValue(value) {
    if (typeof value !== "string")
        return SCRUBBED;
    return `${/^[a-z]{1,2}-/.exec(value)?.[0] ?? ""}${SCRUBBED}`;
}
const isSecret = (name) => SECRET_NAMES.has(name.toLowerCase());
/** Path and query with credential parameters scrubbed (the rest byte for byte as sent). */
export function scrubUrl(url) {
    const q = url.indexOf("?");
    if (q < 0)
        return url;
    const parts = url.slice(q + 1).split("&").map((part) => {
        const eq = part.indexOf("=");
        const rawName = eq < 0 ? part : part.slice(0, eq);
        let name = rawName;
        try {
            name = decodeURIComponent(rawName.replace(/\+/g, " "));
        }
        catch {
            // a malformed escape: compared as it is
        }
        if (eq < 0 || !isSecret(name))
            return part;
        let value = part.slice(eq + 1);
        try {
            value = decodeURIComponent(value.replace(/\+/g, " "));
        }
        catch {
            // keep it raw; it is scrubbed anyway
        }
        return `${rawName}=${encodeURIComponent(scrubValue(value))}`;
    });
    return `${url.slice(0, q)}?${parts.join("&")}`;
}
export function scrubHeaders(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers)) {
        if (!SECRET_HEADERS.has(name))
            out[name] = value;
        else if (name === "authorization" || name === "proxy-authorization") {
            const [scheme, credential] = value.split(/\s+/, 2);
            out[name] = credential === undefined ? SCRUBBED : `${scheme} ${scrubValue(credential)}`;
        }
        else
            out[name] = SCRUBBED;
    }
    return out;
}
function scrubJson(node) {
    if (Array.isArray(node))
        return node.map(scrubJson);
    if (!node || typeof node !== "object")
        return node;
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, isSecret(k) ? scrubValue(v) : scrubJson(v)]));
}
/** A body with credential fields scrubbed: JSON (any depth) and forms; anything else is kept only if it holds none. */
export function scrubBody(text, contentType) {
    if (text.length === 0)
        return text;
    const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
    if (type === "application/x-www-form-urlencoded")
        return scrubUrl(`?${text}`).slice(1);
    try {
        return JSON.stringify(scrubJson(JSON.parse(text)));
    }
    catch {
        // Not JSON and not a form: keep it unless a credential name appears in it at all.
        return [...SECRET_NAMES].some((name) => text.toLowerCase().includes(name)) ? `${SCRUBBED} (${text.length} bytes not recorded)` : text;
    }
}
/** Every credential value an exchange carries where a name says so (headers, query, JSON and form fields). */
export function credentialsIn(exchange) {
    const found = new Set();
    const fromPairs = (params) => {
        for (const [name, value] of params)
            if (isSecret(name))
                found.add(value);
    };
    const fromJson = (node) => {
        if (Array.isArray(node))
            node.forEach(fromJson);
        else if (node && typeof node === "object") {
            for (const [k, v] of Object.entries(node)) {
                if (isSecret(k) && typeof v === "string")
                    found.add(v);
                else
                    fromJson(v);
            }
        }
    };
    const fromBody = (text) => {
        if (!text)
            return;
        try {
            fromJson(JSON.parse(text));
        }
        catch {
            fromPairs(new URLSearchParams(text));
        }
    };
    const q = exchange.request.url.indexOf("?");
    if (q >= 0)
        fromPairs(new URLSearchParams(exchange.request.url.slice(q + 1)));
    for (const name of ["authorization", "proxy-authorization"]) {
        const credential = exchange.request.headers[name]?.split(/\s+/, 2)[1];
        if (credential)
            found.add(credential);
    }
    fromBody(exchange.request.body);
    fromBody(exchange.response.body);
    // Short values (a test's "a") would scrub unrelated text; no real credential is that short.
    return [...found].filter((s) => s.length >= 6);
}
//# sourceMappingURL=scrub.js.map