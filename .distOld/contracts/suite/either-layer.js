// Where the vendor may answer either of two documented codes — the open-apis gateway's (99991672 for a missing
// scope, 99992402 for a field it validates, as the live service does) or the endpoint's own (230027, 230001, as
// the documents read) — a contract accepts both, checks the gateway's answer has its documented shape, and notes
// which one the target gave.
// Which layer may answer comes from the spec (`x-validated-by`, `x-gateway-scopes`): the gateway's code is accepted
// only where the spec says the gateway checks.
import assert from "node:assert/strict";
import { getOperation } from "../../spec/index.js";
/** Whether the spec says the gateway validates this parameter (or, for a body field, the operation's body). */
function gatewayValidates(operationId, field) {
    const op = getOperation(operationId);
    const param = op.parameters.find((p) => p.value.name === field);
    return (param ? param.value["x-validated-by"] : op.requestBody?.validatedBy) === "gateway";
}
/** A refused field: 99992402 naming `field` in error.field_violations (where the gateway checks it), or 230001. */
export function expectFieldRefused(ctx, answer, field) {
    assert.equal(answer.status, 400);
    const { code } = answer.body;
    const codes = gatewayValidates(answer.operationId, field) ? [99992402, 230001] : [230001];
    assert.ok(codes.includes(code), `expected ${codes.join(" or ")} for ${field} (spec: x-validated-by), got ${code} ${answer.body.msg}`);
    if (code === 99992402) {
        const violations = answer.body.error?.field_violations ?? [];
        assert.ok(violations.some((v) => v.field === field), `99992402 without a field_violation for ${field}: ${JSON.stringify(violations)}`);
    }
    ctx.note(`${answer.operationId}: ${field} refused with ${code} (${code === 99992402 ? "the gateway's field validation" : "the endpoint's own check"})`);
}
/** A missing scope: 99991672 naming scopes among `required` (where the gateway checks them), or the endpoint's 230027. */
export function expectScopeRefused(ctx, answer, required) {
    assert.equal(answer.status, 400);
    const { code } = answer.body;
    const codes = getOperation(answer.operationId).operation["x-gateway-scopes"] === true ? [99991672, 230027] : [230027];
    assert.ok(codes.includes(code), `expected ${codes.join(" or ")} (spec: x-gateway-scopes), got ${code} ${answer.body.msg}`);
    if (code === 99991672) {
        const subjects = (answer.body.error?.permission_violations ?? []).map((v) => v.subject);
        assert.ok(subjects.length > 0, "99991672 without error.permission_violations");
        for (const subject of subjects)
            assert.ok(required.includes(subject), `${subject} is not one of the operation's scopes ${required.join(", ")}`);
        for (const scope of subjects)
            assert.ok(String(answer.body.msg).includes(scope), `the message does not name ${scope}`);
    }
    ctx.note(`${answer.operationId}: a missing scope answered ${code} (${code === 99991672 ? "the gateway" : "the endpoint"})`);
}
//# sourceMappingURL=either-layer.js.map