// What the journal keeps of a request (a JournalRecord, as it arrived) and what it shows (a JournalEntry, with
// credentials masked). Masking waits until someone looks: a listener, GET /__mock/requests, waitForRequest. So the
// request path only serializes what it already has, and secrets still never leave the process unmasked.
import { maskedBody, maskedHeaders, maskedParams } from "./credentials-mask.js";
import { maskPath } from "./mask-secrets.js";
/** The entry shown for a kept record: URL parsed, headers folded as a fetch Headers does, credentials masked. */
export function entryOf(id, record) {
    const url = new URL(record.url, "http://journal.invalid");
    const headers = new Headers();
    for (let i = 0; i + 1 < record.headers.length; i += 2) {
        const name = record.headers[i];
        // HTTP/2 pseudo-headers and names fetch refuses are not headers a client set.
        if (name.startsWith(":"))
            continue;
        try {
            headers.append(name, record.headers[i + 1]);
        }
        catch {
            // left out, as the fetch Request the pipeline reads would have refused it too
        }
    }
    const entry = {
        id,
        at: new Date(record.at).toISOString(),
        wall_at: new Date(record.wall).toISOString(),
        method: record.method,
        path: maskPath(url.pathname),
        query: maskedParams(url.searchParams),
        headers: maskedHeaders(headers),
        status: record.status,
        ms: record.ms,
    };
    if (record.body !== undefined)
        entry.body = maskedBody(record.body);
    if (record.operation !== undefined)
        entry.operation = record.operation;
    if (record.app !== undefined)
        entry.app = record.app;
    if (record.code !== undefined)
        entry.code = record.code;
    if (record.reason !== undefined)
        entry.reason = record.reason;
    return entry;
}
//# sourceMappingURL=journal-entry.js.map