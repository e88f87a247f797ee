import { distance } from "fastest-levenshtein";
import { allOperations } from "../../spec/index.js";
import { honoPath } from "./operation-routes.js";
const routeOf = (op) => new RegExp(`^${honoPath(op.path).replace(/[.+?^$()[\]\\]/g, "\\$&").replace(/:[^/]+/g, "[^/]+")}/?$`);
let routes;
/** The reason a request was not answered: another method of a modelled path, or the nearest paths. */
export function notModelledReason(method, path) {
    routes ??= allOperations().map((op) => ({ op, pattern: routeOf(op) }));
    const samePath = routes.filter((r) => r.pattern.test(path));
    const name = (op) => `${op.method.toUpperCase()} ${op.path} (${op.operationId})`;
    if (samePath.length > 0) {
        return `not modelled: ${method} ${path}; this path is modelled for ${samePath.map((r) => name(r.op)).join(", ")}`;
    }
    const nearest = routes
        .map((r) => ({ op: r.op, d: distance(path, r.op.path) }))
        .sort((a, b) => a.d - b.d)
        .slice(0, 3)
        .map((r) => name(r.op));
    return `not modelled: no operation or stub answers ${method} ${path}; nearest modelled: ${nearest.join(", ")}`;
}
export function notModelled(c) {
    // The path as sent (percent-encoded, so plain ASCII): a header value cannot carry what it decodes to.
    const path = new URL(c.req.url).pathname.replace(/[^\x21-\x7e]/g, (ch) => encodeURIComponent(ch));
    return c.text("404 page not found", 404, { "x-mock-error-reason": notModelledReason(c.req.method, path).slice(0, 500) });
}
//# sourceMappingURL=not-modelled.js.map