// Which operation of the specs a request is, from its method and path alone (the way the vendors' gateways
// route): path templates become patterns, a trailing slash is optional (as the mock's routes are not strict).
import { allOperations } from "../operations.js";
let patterns;
function compile() {
    return allOperations().map((op) => {
        const names = [];
        const body = op.path
            .replace(/\/$/, "")
            .split(/(\{[^}]+\})/)
            .map((part) => {
            const name = /^\{([^}]+)\}$/.exec(part)?.[1];
            if (name === undefined)
                return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
            names.push(name);
            return "([^/]+)";
        })
            .join("");
        return { op, regex: new RegExp(`^${body}/?$`), names };
    });
}
const decode = (value) => {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
};
export function matchOperation(method, pathname) {
    patterns ??= compile();
    const lower = method.toLowerCase();
    for (const { op, regex, names } of patterns) {
        if (op.method !== lower)
            continue;
        const found = regex.exec(pathname);
        if (!found)
            continue;
        const path = {};
        names.forEach((name, i) => (path[name] = decode(found[i + 1])));
        return { op, path };
    }
    return undefined;
}
/** The vendor a path belongs to, modelled or not: Feishu's APIs all live under /open-apis/. */
export const vendorOfPath = (pathname) => (pathname.startsWith("/open-apis/") ? "feishu" : "dingtalk");
//# sourceMappingURL=match-operation.js.map