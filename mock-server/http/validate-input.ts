// Checks a request's parameters and body against the spec. A mismatch is answered with the operation's
// `x-invalid-request-code` (Feishu 230001 / 10003, DingTalk 40035), the reason in an `x-mock-error-reason` header.
import type { OperationInfo, SpecValidator } from "../../spec/index.js";
import { VendorError } from "../errors.js";
import type { RequestInput } from "./request-input.js";

function invalid(op: OperationInfo, reason: string): VendorError {
  const code = op.operation["x-invalid-request-code"];
  if (code === undefined) throw new Error(`Mock bug: ${op.operationId} has no x-invalid-request-code`);
  return new VendorError(code, { headers: { "x-mock-error-reason": reason.slice(0, 300) } });
}

/** The parameters the validator checks (headers are the auth layer's; credentials are security schemes, not parameters). */
const checked = new WeakMap<OperationInfo, OperationInfo["parameters"]>();

function checkedParameters(op: OperationInfo): OperationInfo["parameters"] {
  let list = checked.get(op);
  if (!list) {
    list = op.parameters.filter(({ value: p }) => p.in !== "header" && p.in !== "cookie");
    checked.set(op, list);
  }
  return list;
}

export function validateInput(op: OperationInfo, input: RequestInput, validator: SpecValidator): void {
  for (const { value: param } of checkedParameters(op)) {
    const value = param.in === "path" ? input.path[param.name] : input.query[param.name];
    if (value === undefined) {
      if (param.required) throw invalid(op, `${param.in} parameter ${param.name} is required`);
      continue;
    }
    const result = validator.validateParameter(op, param.name, value);
    if (!result.valid) throw invalid(op, `${param.name}: ${result.errors.join("; ")}`);
  }

  if (input.bodyError) throw invalid(op, input.bodyError);
  if (input.body === undefined) {
    if (op.requestBody?.required) throw invalid(op, "a request body is required");
    return;
  }
  if (!op.requestBody) return; // a body on an operation that takes none is ignored, as servers do
  const mediaType = input.mediaType ?? "application/json";
  if (!op.requestBody.content[mediaType]) throw invalid(op, `${mediaType} bodies are not accepted`);
  const result = validator.validateRequestBody(op, mediaType, input.body);
  if (!result.valid) throw invalid(op, `body${result.errors.join("; body")}`);
}
