// Credentials as the journal and the request log show them: secrets never, tokens only by their first 4 characters
// (and not at all when short), so a log or a journal page can be pasted into an issue.
import { mask } from "../control/state-view.js";
import { isCredentialName, maskedCredential } from "./mask-secrets.js";
const SECRETS = new Set(["appsecret", "app_secret", "x-mock-control-token", "cookie"]);
// x-acs-dingtalk-access-token: the header DingTalk's newer api.dingtalk.com endpoints (a stub's, say) take.
const TOKENS = new Set(["access_token", "tenant_access_token", "app_access_token", "user_access_token", "x-acs-dingtalk-access-token"]);
/** A query, header or body field's value as shown: keys are compared in any case. */
export function maskedValue(key, value) {
    const name = key.toLowerCase();
    if (SECRETS.has(name))
        return "***";
    if (TOKENS.has(name))
        return mask(value);
    if (name === "authorization" || name === "proxy-authorization") {
        const [scheme, credential] = value.split(/\s+/, 2);
        return credential === undefined ? mask(value) : `${scheme} ${mask(credential)}`;
    }
    // Any other credential-like name (corpsecret, client_secret, *_token, …): the same rule as the log's.
    return isCredentialName(name) ? maskedCredential(name, value) : value;
}
export function maskedParams(search) {
    const out = {};
    for (const [key, value] of search)
        if (!(key in out))
            out[key] = maskedValue(key, value);
    return out;
}
export function maskedHeaders(headers) {
    const out = {};
    headers.forEach((value, key) => (out[key] = maskedValue(key, value)));
    return out;
}
/** A decoded body with its credential fields masked, at any depth; the original is left alone. */
export function maskedBody(body, depth = 0) {
    if (depth > 20 || typeof body !== "object" || body === null)
        return body;
    if (Array.isArray(body))
        return body.map((item) => maskedBody(item, depth + 1));
    const out = {};
    for (const [key, value] of Object.entries(body)) {
        out[key] = typeof value === "string" ? maskedValue(key, value) : maskedBody(value, depth + 1);
    }
    return out;
}
/** An already-masked query back on its path, as a log shows it (masked values as they are, others encoded). */
export function pathWithMaskedQuery(pathname, query) {
    const parts = Object.entries(query).map(([key, value]) => {
        const shown = value === "***" || value.endsWith("…") ? value : encodeURIComponent(value);
        return `${encodeURIComponent(key)}=${shown}`;
    });
    return parts.length === 0 ? pathname : `${pathname}?${parts.join("&")}`;
}
//# sourceMappingURL=credentials-mask.js.map