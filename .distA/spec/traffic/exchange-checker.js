// Checks one exchange (a request and the answer to it) seen in traffic against the specs: the request (would the
// vendor refuse it), the answer (its HTTP status, its schema, its code in the operation's catalog, fields the spec
// does not know → drift) and the invariants over the stream of answers. The same validator and schemas as the
// mock's pipeline and the contract client; used by the proxy on live traffic and by the recording checker offline.
import { allOperations } from "../operations.js";
import { unknownFields } from "../unknown-fields.js";
import { SpecValidator } from "../validation.js";
import { StreamInvariants } from "./invariants.js";
import { matchOperation, vendorOfPath } from "./match-operation.js";
import { decodeBody, decodeQuery } from "./request-decoding.js";
import { requestProblems } from "./request-problems.js";
/** Every rule, in report order (drift is reported beside them, as a warning). */
export const RULES = ["request", "status", "schema", "error-code", "ordered", "monotonic", "page-token"];
const codeOf = (vendor, body) => {
    if (typeof body !== "object" || body === null)
        return undefined;
    return vendor === "feishu" ? body.code : body.errcode;
};
export class ExchangeChecker {
    validator;
    stream = new StreamInvariants();
    constructor(validator = new SpecValidator()) {
        this.validator = validator;
    }
    /** Compiles every schema an exchange may need now, so no exchange pays for it (the first would, by ~20 ms). */
    warm() {
        for (const op of allOperations()) {
            for (const response of Object.values(op.responses)) {
                const pointer = response.content["application/json"]?.schemaPointer;
                if (pointer)
                    this.validator.schemaAt(op.vendor, pointer);
            }
            for (const media of Object.values(op.requestBody?.content ?? {}))
                if (media.schemaPointer)
                    this.validator.schemaAt(op.vendor, media.schemaPointer);
            for (const { value: param } of op.parameters)
                this.validator.validateParameter(op, param.name, undefined);
        }
        return this;
    }
    check(exchange) {
        const url = new URL(exchange.url, "http://traffic.invalid");
        const match = matchOperation(exchange.method, url.pathname);
        if (!match)
            return { vendor: vendorOfPath(url.pathname), violations: [], drift: [] };
        const { op } = match;
        const violations = [];
        const decoded = decodeBody(op, exchange.headers["content-type"], exchange.body ?? "");
        const request = { path: match.path, query: decodeQuery(op, url.searchParams), ...decoded };
        for (const message of requestProblems(op, request, this.validator))
            violations.push({ rule: "request", message });
        const verdict = { vendor: op.vendor, operationId: op.operationId, violations, drift: [] };
        const response = this.validator.responseFor(op, exchange.status);
        if (!response) {
            violations.push({ rule: "status", message: `HTTP ${exchange.status} is not a response of ${op.operationId}` });
            return verdict;
        }
        if (exchange.responseTooLarge)
            return verdict;
        let answer;
        try {
            answer = JSON.parse(exchange.responseBody ?? "");
        }
        catch {
            // Its length, not its text: reports and logs must not carry what an answer holds (it may be a credential).
            violations.push({ rule: "schema", message: `HTTP ${exchange.status} with a body that is not JSON (${(exchange.responseBody ?? "").length} characters)` });
            return verdict;
        }
        const schema = this.validator.validateResponse(op, exchange.status, answer);
        // One answer, one schema verdict (ajv may list several errors for one mismatch).
        if (!schema.valid)
            violations.push({ rule: "schema", message: schema.errors.join("; ") });
        const code = codeOf(op.vendor, answer);
        if (typeof code === "number" && code !== 0 && !op.errorCodes.some((e) => e.code === code)) {
            violations.push({ rule: "error-code", message: `code ${code} is not in ${op.operationId}'s catalog (x-error-codes)` });
        }
        const pointer = response.content["application/json"]?.schemaPointer;
        if (pointer)
            verdict.drift = unknownFields(op.vendor, pointer, answer);
        if (exchange.status === 200 && code === 0) {
            violations.push(...this.stream.check({ operationId: op.operationId, path: match.path, requestBody: request.body, answer }));
        }
        return verdict;
    }
}
//# sourceMappingURL=exchange-checker.js.map