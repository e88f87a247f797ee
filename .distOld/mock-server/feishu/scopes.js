import { VendorError } from "../errors.js";
export function scopeRefusal(config, op, app, scopes) {
    const reason = `app ${app.app_id} holds none of the scopes ${scopes.join(", ")}`;
    if (!config.feishu.gateway_errors || op.operation["x-gateway-scopes"] !== true) {
        return new VendorError(230027, { headers: { "x-mock-error-reason": reason } });
    }
    return new VendorError(99991672, {
        msgVars: { scopes: scopes.join(", "), scopes_csv: scopes.join(","), app_id: app.app_id },
        error: {
            permission_violations: scopes.map((subject) => ({
                type: "action_scope_required",
                subject,
                description: "the app needs one of these scopes",
            })),
        },
        headers: { "x-mock-error-reason": reason },
    });
}
//# sourceMappingURL=scopes.js.map