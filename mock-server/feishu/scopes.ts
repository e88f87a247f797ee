// A missing scope, answered by the layer that checks it: the open-apis gateway (99991672, naming the scopes in
// `msg` and `error.permission_violations`) where the spec says `x-gateway-scopes` and `feishu.gateway_errors` is on
// (live), else the endpoint's own 230027 (the documents' reading).
import type { OperationInfo } from "../../spec/index.js";
import type { FeishuAppConfig, MockConfig } from "../config.js";
import { VendorError } from "../errors.js";

export function scopeRefusal(config: MockConfig, op: OperationInfo, app: FeishuAppConfig, scopes: string[]): VendorError {
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
