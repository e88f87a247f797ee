// One log line per request, read from the journal: method, path (credentials masked), status, vendor code, duration.
import { pathWithMaskedQuery } from "./credentials-mask.js";
import { maskPath } from "./mask-secrets.js";
export function logEntryOf(entry) {
    const line = { method: entry.method, path: pathWithMaskedQuery(maskPath(entry.path), entry.query), status: entry.status, ms: entry.ms };
    if (entry.code !== undefined)
        line.code = entry.code;
    if (entry.operation !== undefined)
        line.operationId = entry.operation;
    else if (entry.status === 404)
        line.notModelled = true;
    if (entry.reason !== undefined)
        line.reason = entry.reason;
    return line;
}
/** The text of a log line: `POST /path 200 code=0 1.2ms`, and "not modelled" where nothing answers the path. */
export function logMessage(e) {
    return `${e.method} ${e.path} ${e.status}${e.code === undefined ? "" : ` code=${e.code}`}${e.notModelled ? " not modelled" : ""} ${e.ms}ms`;
}
//# sourceMappingURL=request-log.js.map