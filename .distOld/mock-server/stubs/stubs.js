// The stubs of one mock: kept in the order added, matched newest first (so a test's stub overrides the config's),
// each with the Hono pattern router, so a stub's path reads like a route of the app.
import { PatternRouter } from "hono/router/pattern-router";
export class StubError extends Error {
}
/** Each stub is checked in turn for every unmodelled request: a bound keeps that cheap and memory bounded. */
export const MAX_STUBS = 1000;
/** `expected` within `actual`: objects by the keys `expected` lists, arrays and scalars equal. */
function contains(actual, expected) {
    if (typeof expected !== "object" || expected === null)
        return actual === expected;
    if (typeof actual !== "object" || actual === null || Array.isArray(expected) !== Array.isArray(actual))
        return false;
    if (Array.isArray(expected)) {
        const list = actual;
        return expected.length === list.length && expected.every((item, i) => contains(list[i], item));
    }
    return Object.entries(expected).every(([key, value]) => contains(actual[key], value));
}
const decode = (value) => {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
};
export class Stubs {
    configured;
    entries = [];
    made = 0;
    constructor(configured = []) {
        this.configured = configured;
        this.reset();
    }
    /** Back to the config's stubs. */
    reset() {
        this.entries = [];
        this.made = 0;
        for (const spec of this.configured)
            this.add(spec);
    }
    list() {
        return this.entries.map((e) => structuredClone(e.stub));
    }
    /** Adds (or, with an id in use, replaces) a stub; the spec has been checked against STUB_SCHEMA. */
    add(spec) {
        const stub = {
            ...structuredClone(spec),
            id: spec.id ?? `stub-${++this.made}`,
            method: (spec.method ?? "*").toUpperCase(),
            auth: spec.auth ?? (spec.path.startsWith("/open-apis/") ? "feishu" : "dingtalk"),
            response: structuredClone(spec.response ?? {}),
        };
        try {
            new Headers(stub.response.headers);
        }
        catch (error) {
            throw new StubError(`response.headers cannot be sent: ${error.message}`);
        }
        const router = new PatternRouter();
        try {
            router.add(stub.method === "*" ? "ALL" : stub.method, stub.path, stub);
        }
        catch {
            throw new StubError(`path ${stub.path} is not a pattern the router reads (use /a/:name/b or a trailing *)`);
        }
        const at = this.entries.findIndex((e) => e.stub.id === stub.id);
        if (at < 0 && this.entries.length >= MAX_STUBS)
            throw new StubError(`at most ${MAX_STUBS} stubs (remove some with DELETE /__mock/stubs/:id)`);
        const entry = { stub, router, count: 0 };
        if (at >= 0)
            this.entries[at] = entry;
        else
            this.entries.push(entry);
        return { stub: structuredClone(stub), replaced: at >= 0 };
    }
    remove(id) {
        const before = this.entries.length;
        this.entries = this.entries.filter((e) => e.stub.id !== id);
        return this.entries.length < before;
    }
    /** The newest stub that matches method, path, query and body; counts the answer. */
    match(request) {
        for (let i = this.entries.length - 1; i >= 0; i--) {
            const entry = this.entries[i];
            const [found] = entry.router.match(request.method, request.path)[0];
            if (!found)
                continue;
            const { query, body } = entry.stub;
            if (query && !Object.entries(query).every(([k, v]) => request.query.get(k) === v))
                continue;
            if (body && !contains(request.body, body))
                continue;
            const params = {};
            for (const [k, v] of Object.entries(found[1]))
                params[k] = decode(v);
            return { stub: entry.stub, params, answer: () => ++entry.count };
        }
        return undefined;
    }
}
//# sourceMappingURL=stubs.js.map