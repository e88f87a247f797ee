export class JournalFilterError extends Error {
}
export function matchesFilter(entry, filter) {
    if (filter.operation !== undefined) {
        if (filter.operation === "not_modelled" ? entry.operation !== undefined : entry.operation !== filter.operation)
            return false;
    }
    if (filter.app !== undefined && entry.app !== filter.app)
        return false;
    if (filter.status !== undefined && entry.status !== filter.status)
        return false;
    if (filter.code !== undefined && entry.code !== filter.code)
        return false;
    if (filter.method !== undefined && entry.method !== filter.method.toUpperCase())
        return false;
    if (typeof filter.since === "number" && entry.id <= filter.since)
        return false;
    if (typeof filter.since === "string" && (typeof entry.at === "number" ? entry.at : Date.parse(entry.at)) < Date.parse(filter.since))
        return false;
    return true;
}
const KEYS = ["operation", "app", "status", "code", "method", "since", "limit"];
/** A misspelt filter key would match everything: refused instead (for callers without the types). */
export function checkFilterKeys(filter) {
    const unknown = Object.keys(filter).filter((k) => !KEYS.includes(k));
    if (unknown.length > 0)
        throw new JournalFilterError(`unknown filter ${unknown.join(", ")} (filters: ${KEYS.join(", ")})`);
}
function integer(name, raw, max) {
    const n = Number(raw);
    if (raw.trim() === "" || !Number.isInteger(n) || n < 0 || n > max)
        throw new JournalFilterError(`${name} must be an integer from 0 to ${max}`);
    return n;
}
/** A filter from query parameters; unknown parameters and bad values are refused rather than ignored. */
export function filterFromQuery(query, maxLimit) {
    checkFilterKeys(query);
    const filter = {};
    if (query.operation !== undefined)
        filter.operation = query.operation;
    if (query.app !== undefined)
        filter.app = query.app;
    if (query.method !== undefined)
        filter.method = query.method;
    if (query.status !== undefined)
        filter.status = integer("status", query.status, 599);
    if (query.code !== undefined)
        filter.code = integer("code", query.code, Number.MAX_SAFE_INTEGER);
    if (query.limit !== undefined)
        filter.limit = integer("limit", query.limit, maxLimit);
    if (query.since !== undefined) {
        if (/^\d+$/.test(query.since))
            filter.since = Number(query.since);
        else if (Number.isNaN(Date.parse(query.since)))
            throw new JournalFilterError("since must be an entry id or an ISO date-time");
        else
            filter.since = query.since;
    }
    return filter;
}
//# sourceMappingURL=journal-filter.js.map