// Fault injection: "make the next N requests matching (operation, id, app) answer X", where X is one of the
// operation's documented error codes, an HTTP 5xx, a delay, or a dropped connection.
import { allOperations } from "../../spec/index.js";
export class FaultSpecError extends Error {
}
const MAX_RULES = 1000;
export class Faults {
    rules = [];
    created = 0;
    /** No rule is set (the common case: the pipeline then skips matching altogether). */
    get empty() {
        return this.rules.length === 0;
    }
    list() {
        return this.rules.map((r) => ({ ...r }));
    }
    clear() {
        this.rules = [];
    }
    /** Removes one rule; false when there is none with that id (used up, or never made). */
    remove(ruleId) {
        const before = this.rules.length;
        this.rules = this.rules.filter((r) => r.rule_id !== ruleId);
        return this.rules.length < before;
    }
    add(spec) {
        // Every field of its type, and no other: a rule is stored and listed, so junk in it would break both.
        const types = { operation: "string", id: "string", app: "string", count: "number", error_code: "number", http_status: "number", delay_ms: "number", drop: "boolean" };
        for (const [key, value] of Object.entries(spec)) {
            if (!(key in types))
                throw new FaultSpecError(`unknown field ${key.slice(0, 50)}; a rule takes ${Object.keys(types).join(", ")}`);
            if (typeof value !== types[key] || (typeof value === "string" && value.length > 200)) {
                throw new FaultSpecError(`${key} must be a ${types[key]}${types[key] === "string" ? " of at most 200 characters" : ""}`);
            }
        }
        if (spec.error_code !== undefined && !Number.isInteger(spec.error_code))
            throw new FaultSpecError("error_code must be an integer");
        if (this.rules.length >= MAX_RULES)
            throw new FaultSpecError(`at most ${MAX_RULES} rules at once (DELETE /__mock/faults clears them)`);
        const actions = [spec.error_code, spec.http_status, spec.drop ? true : undefined].filter((a) => a !== undefined);
        if (actions.length > 1)
            throw new FaultSpecError("give one of error_code, http_status, drop (delay_ms may go with any)");
        if (actions.length === 0 && spec.delay_ms === undefined) {
            throw new FaultSpecError("give error_code, http_status, delay_ms or drop");
        }
        const ops = allOperations();
        if (spec.operation !== undefined && !ops.some((o) => o.operationId === spec.operation)) {
            throw new FaultSpecError(`unknown operation ${spec.operation}; one of ${ops.map((o) => o.operationId).join(", ")}`);
        }
        if (spec.error_code !== undefined) {
            const candidates = ops.filter((o) => spec.operation === undefined || o.operationId === spec.operation);
            if (!candidates.some((o) => o.errorCodes.some((e) => e.code === spec.error_code))) {
                throw new FaultSpecError(`error_code ${spec.error_code} is not documented for ${spec.operation ?? "any operation"}`);
            }
        }
        if (spec.http_status !== undefined && !(Number.isInteger(spec.http_status) && spec.http_status >= 500 && spec.http_status <= 599)) {
            throw new FaultSpecError("http_status must be a 5xx status");
        }
        if (spec.delay_ms !== undefined && !(spec.delay_ms >= 0 && spec.delay_ms <= 60_000)) {
            throw new FaultSpecError("delay_ms must be between 0 and 60000");
        }
        const count = spec.count ?? 1;
        if (!Number.isInteger(count) || count < 1 || count > 1_000_000)
            throw new FaultSpecError("count must be an integer ≥ 1");
        this.created += 1;
        const rule = { rule_id: `fault-${this.created}`, count, remaining: count };
        for (const key of ["operation", "id", "app", "error_code", "http_status", "delay_ms", "drop"]) {
            if (spec[key] !== undefined)
                Object.assign(rule, { [key]: spec[key] });
        }
        this.rules.push(rule);
        return { ...rule };
    }
    /** Takes (and uses up one application of) the first rule matching the request, if any. */
    take(match, documentedCodes) {
        const rule = this.rules.find((r) => (r.operation === undefined || r.operation === match.operationId) &&
            (r.app === undefined || r.app === match.app) &&
            (r.id === undefined || match.ids.includes(r.id)) &&
            (r.error_code === undefined || documentedCodes.has(r.error_code)));
        if (!rule)
            return undefined;
        rule.remaining -= 1;
        if (rule.remaining <= 0)
            this.rules = this.rules.filter((r) => r !== rule);
        return { ...rule };
    }
}
//# sourceMappingURL=faults.js.map