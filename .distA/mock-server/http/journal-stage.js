import { parseJsonWithin } from "../../spec/traffic/json-depth.js";
import { JOURNAL_BODY_BYTES } from "./journal.js";
import { requestHeader } from "./request-headers.js";
/** The length an unread body declares, when it has one worth reading for the journal. */
function unreadLength(c) {
    const length = Number(requestHeader(c, "content-length") ?? "0");
    return length > 0 && !c.req.raw.bodyUsed ? length : undefined;
}
/** The body of a request nothing read (a stub or an unmodelled path), if it is small and says how long it is. */
async function unreadBody(c, length) {
    if (length > JOURNAL_BODY_BYTES)
        return `[${length} bytes, not kept]`;
    try {
        const text = await c.req.text();
        try {
            return parseJsonWithin(text); // depth-limited: the journal stringifies and masks it
        }
        catch {
            return text;
        }
    }
    catch {
        return undefined; // the client went away mid-body
    }
}
/** The request's headers as received: Node's rawHeaders when served over HTTP, else the fetch Request's. */
function rawHeaders(c) {
    const incoming = c.env?.incoming;
    if (incoming?.rawHeaders)
        return incoming.rawHeaders;
    const pairs = [];
    c.req.raw.headers.forEach((value, name) => pairs.push(name, value));
    return pairs;
}
export function journalStage(journal, state) {
    return async (c, next) => {
        if (c.req.path === "/__mock" || c.req.path.startsWith("/__mock/"))
            return next();
        const started = performance.now();
        const at = state.now();
        const wall = Date.now();
        await next();
        let body = c.get("requestBody");
        if (body === undefined) {
            // A poll has no body: no await for it (a turn of the event loop per request, issue 11).
            const length = unreadLength(c);
            if (length !== undefined)
                body = await unreadBody(c, length);
        }
        // Nothing is masked or formatted here: the journal does that when an entry is looked at (journal-entry.ts).
        const record = {
            at,
            wall,
            method: c.req.method,
            url: c.req.url,
            headers: rawHeaders(c),
            status: c.res.status,
            ms: Math.round((performance.now() - started) * 100) / 100,
        };
        if (body !== undefined)
            record.body = body; // the journal notes one over JOURNAL_BODY_BYTES by its size
        const operation = c.get("operationId");
        if (operation !== undefined)
            record.operation = operation;
        const app = c.get("app");
        if (app !== undefined)
            record.app = app;
        const code = c.get("vendorCode");
        if (code !== undefined)
            record.code = code;
        // Modelled answers say their reason beside the header; reading the answer's headers back costs a Headers object.
        const reason = c.get("errorReason") ?? (record.status >= 400 ? c.res.headers.get("x-mock-error-reason") : null);
        if (reason != null)
            record.reason = reason;
        journal.record(record);
    };
}
//# sourceMappingURL=journal-stage.js.map