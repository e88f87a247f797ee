// What the control API shows of the specs' operations: enough to write a fault rule (the documented codes of each
// operation) and to know which scopes an app may need, read from the spec like everything else.
import { allOperations } from "../../spec/index.js";
export function operationsView() {
    return {
        operations: allOperations().map((op) => ({
            operation: op.operationId,
            vendor: op.vendor,
            method: op.method.toUpperCase(),
            path: op.path,
            summary: op.operation.summary ?? "",
            authenticated: op.authenticated,
            error_codes: op.errorCodes.map((e) => ({ code: e.code, http_status: e.http_status, msg: e.msg })),
            required_scopes: op.operation["x-required-scopes"] ?? [],
            ...(op.operation["x-recipient-scopes"] && { recipient_scopes: Object.values(op.operation["x-recipient-scopes"]) }),
            ...(op.operation["x-field-scopes"] && { field_scopes: Object.values(op.operation["x-field-scopes"]) }),
        })),
        /** What a fault rule may answer besides a documented code. */
        fault_http_statuses: [500, 502, 503, 504],
        fault_max_delay_ms: 60_000,
    };
}
//# sourceMappingURL=operations-view.js.map