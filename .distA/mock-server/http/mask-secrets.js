// Credentials never leave the process in logs or messages: query values under any credential-like name, tokens
// in paths, and the text that parse errors quote (a config's or a state file's, which hold secrets).
/** Query names whose values are credentials: any name containing one of these words (in any case). */
const CREDENTIAL_NAME = /secret|token|passw|credential|signature|ticket|auth|session|apikey|api_key|private/i;
/** Tokens are shown by their first 4 characters (to tell two apart), other credentials not at all. */
const TOKEN_NAME = /token/i;
/** Path segments that look like tokens: Feishu `t-`/`u-`/`a-` tokens, DingTalk's 32 hex, JWTs, long random runs. */
const TOKEN_SEGMENT = /^(?:[tua]-[0-9a-z_-]{16,}|[0-9a-f]{32,}|eyJ[\w-]+\.[\w-]+\.[\w-]*|[A-Za-z0-9_-]{40,})$/i;
const masked = (value, partly) => (partly && value.length >= 12 ? `${value.slice(0, 4)}…` : partly ? "…" : "***");
/**
 * The path and query string with credentials masked. Keys are compared decoded and in any case, so
 * `app%73ecret=` and `CorpSecret=` are caught too; a path segment that looks like a token is cut to 4 characters.
 */
export function maskQuery(pathname, search) {
    const path = maskPath(pathname);
    if ([...search.keys()].length === 0)
        return path;
    const parts = [];
    for (const [key, value] of search) {
        const shown = isCredentialName(key) ? masked(value, TOKEN_NAME.test(key)) : value;
        parts.push(`${encodeURIComponent(key)}=${shown === value ? encodeURIComponent(value) : shown}`);
    }
    return `${path}?${parts.join("&")}`;
}
/** Whether a query, header or body field of this name holds a credential. */
export const isCredentialName = (key) => CREDENTIAL_NAME.test(key);
/** A credential's value as shown: a token by its first 4 characters, anything else not at all. */
export const maskedCredential = (key, value) => masked(value, TOKEN_NAME.test(key));
/** A path with its token-like segments cut to 4 characters (ids of batches, messages and chats kept). */
export function maskPath(pathname) {
    return pathname
        .split("/")
        .map((segment) => {
        let decoded = segment;
        try {
            decoded = decodeURIComponent(segment);
        }
        catch {
            // left as it is
        }
        return TOKEN_SEGMENT.test(decoded) && !/^(?:bm-|om_|oc_)/.test(decoded) ? masked(decoded, true) : segment;
    })
        .join("/");
}
/**
 * A JSON or YAML parse error's message without the text it quotes: V8 quotes the start of the document
 * (`Unexpected token 'x', "{"app_secret": …" is not valid JSON`), yaml prints the offending line.
 */
export function parseErrorWithoutText(error) {
    const first = error.message.split("\n")[0] ?? "";
    const position = /(at line \d+, column \d+|at position \d+(?: \(line \d+ column \d+\))?)/.exec(error.message)?.[1];
    if (/is not valid JSON|Unexpected token|Unexpected end|JSON/.test(first))
        return `not valid JSON${position ? ` ${position}` : ""}`;
    return `${first.replace(/"[^"]*"|'[^']*'/g, "…").replace(/:\s*$/, "")}${position && !first.includes(position) ? ` ${position}` : ""}`;
}
//# sourceMappingURL=mask-secrets.js.map