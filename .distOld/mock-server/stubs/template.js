// Placeholders in a stub's answer: {{path.message_id}}, {{query.user_id_type}}, {{body.receive_id}} (dotted paths
// into the JSON body), {{app}} (the caller's app_id / appkey), {{now}} (mock epoch ms), {{now_iso}}, {{count}} (how
// many times this stub has answered), {{hex:32}} and {{number:12}} (fresh ids, deterministic under the seed), and
// {{log_id}} / {{request_id}} as the vendors format them. A string that is one placeholder becomes its value
// (a number stays a number); inside a longer string it is written out. An unknown placeholder stays as written.
const PLACEHOLDER = /\{\{\s*([a-z_]+)(?:[.:]([A-Za-z0-9_.]+))?\s*\}\}/g;
function dig(value, dotted) {
    let at = value;
    for (const key of dotted.split(".")) {
        if (typeof at !== "object" || at === null)
            return undefined;
        at = at[key];
    }
    return at;
}
function lookup(scope, name, arg) {
    switch (name) {
        case "path":
            return arg === undefined ? undefined : scope.path[arg];
        case "query":
            return arg === undefined ? undefined : scope.query[arg];
        case "body":
            return arg === undefined ? scope.body : dig(scope.body, arg);
        case "app":
            return scope.app;
        case "now":
            return scope.now;
        case "now_iso":
            return new Date(scope.now).toISOString();
        case "count":
            return scope.count;
        case "hex":
            return scope.hex(Math.min(64, Math.max(1, Number(arg ?? 32) || 32)));
        case "number": {
            // n decimal digits, not starting with 0, from the same deterministic source.
            const digits = Math.min(15, Math.max(1, Number(arg ?? 12) || 12));
            const n = Number.parseInt(scope.hex(13), 16) % (9 * 10 ** (digits - 1));
            return 10 ** (digits - 1) + n;
        }
        case "log_id":
            return scope.logId();
        case "request_id":
            return scope.requestId();
        default:
            return undefined;
    }
}
function renderString(text, scope) {
    const whole = /^\{\{[^}]*\}\}$/.test(text.trim()) ? [...text.trim().matchAll(PLACEHOLDER)] : [];
    if (whole.length === 1 && whole[0][0] === text.trim()) {
        const value = lookup(scope, whole[0][1], whole[0][2]);
        return value === undefined ? text : value;
    }
    return text.replace(PLACEHOLDER, (all, name, arg) => {
        const value = lookup(scope, name, arg);
        if (value === undefined)
            return all;
        return typeof value === "object" ? JSON.stringify(value) : String(value);
    });
}
/** The answer with its placeholders filled, at any depth (keys are left as written). */
export function renderTemplate(value, scope, depth = 0) {
    if (typeof value === "string")
        return renderString(value, scope);
    if (depth > 50 || typeof value !== "object" || value === null)
        return value;
    if (Array.isArray(value))
        return value.map((item) => renderTemplate(item, scope, depth + 1));
    const out = {};
    for (const [key, item] of Object.entries(value))
        out[key] = renderTemplate(item, scope, depth + 1);
    return out;
}
//# sourceMappingURL=template.js.map