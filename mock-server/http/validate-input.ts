// Checks a request's parameters and body against the spec, layer by layer. Where the spec marks a parameter or
// body `x-validated-by: gateway` and `feishu.gateway_errors` is on (live), the open-apis gateway answers first:
// 99992402 with `error.field_violations` naming every failing field. Everything else is the endpoint's: its
// `x-invalid-request-code` (Feishu 230001 / 10003, DingTalk 40035). The reason goes in `x-mock-error-reason`.
import type { ErrorObject } from "ajv";
import type { OperationInfo, SpecValidator } from "../../spec/index.js";
import type { MockConfig } from "../config.js";
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

export interface FieldViolation {
  field: string;
  description: string;
}

/** ajv's errors in the gateway's words ("receive_id_type is required", "the max len is 50", …). */
function violations(field: string, errors: ErrorObject[]): FieldViolation[] {
  return errors.map((e) => {
    const params = e.params as Record<string, unknown>;
    const at = e.instancePath ? `${field ? `${field}.` : ""}${e.instancePath.slice(1).replaceAll("/", ".")}` : field;
    switch (e.keyword) {
      case "required": {
        const name = at ? `${at}.${String(params.missingProperty)}` : String(params.missingProperty);
        return { field: name, description: `${name} is required` };
      }
      case "maxLength":
        return { field: at, description: `the max len is ${String(params.limit)}` };
      case "minLength":
        return { field: at, description: `the min len is ${String(params.limit)}` };
      case "maxItems":
        return { field: at, description: `the max len is ${String(params.limit)}` };
      case "maximum":
        return { field: at, description: `the max value is ${String(params.limit)}` };
      case "minimum":
        return { field: at, description: `the min value is ${String(params.limit)}` };
      case "enum":
        return { field: at, description: `${at} must be one of ${JSON.stringify(params.allowedValues)}` };
      case "type":
        return { field: at, description: `${at} must be ${String(params.type)}` };
      default:
        return { field: at, description: `${at} ${e.message ?? "is invalid"}` };
    }
  });
}

function gatewayError(found: FieldViolation[]): VendorError {
  const unique = [...new Map(found.map((v) => [`${v.field}|${v.description}`, v])).values()];
  return new VendorError(99992402, {
    error: { field_violations: unique },
    headers: { "x-mock-error-reason": `the gateway refused: ${unique.map((v) => v.description).join("; ")}`.slice(0, 300) },
  });
}

export function validateInput(op: OperationInfo, input: RequestInput, validator: SpecValidator, config: MockConfig): void {
  const gatewayOn = op.vendor === "feishu" && config.feishu.gateway_errors;
  const byGateway = (layer: string | undefined) => gatewayOn && layer === "gateway";

  // The gateway first, over every field it checks, so its answer names them all.
  const atGateway: FieldViolation[] = [];
  const business: string[] = [];
  for (const { value: param } of checkedParameters(op)) {
    const value = param.in === "path" ? input.path[param.name] : input.query[param.name];
    const gateway = byGateway(param["x-validated-by"]);
    if (value === undefined) {
      if (!param.required) continue;
      if (gateway) atGateway.push({ field: param.name, description: `${param.name} is required` });
      else business.push(`${param.in} parameter ${param.name} is required`);
      continue;
    }
    const result = validator.validateParameter(op, param.name, value);
    if (result.valid) continue;
    if (gateway) atGateway.push(...violations(param.name, result.raw ?? []));
    else business.push(`${param.name}: ${result.errors.join("; ")}`);
  }

  const body = bodyProblems(op, input, validator);
  const bodyAtGateway = byGateway(op.requestBody?.validatedBy) && !input.bodyError;
  if (body && bodyAtGateway) atGateway.push(...body.violations);
  if (atGateway.length > 0) throw gatewayError(atGateway);
  if (business.length > 0) throw invalid(op, business[0]!);
  if (body) throw invalid(op, body.reason);
}

/** What is wrong with the body, if anything: as a reason, and as the gateway's field violations. */
function bodyProblems(op: OperationInfo, input: RequestInput, validator: SpecValidator): { reason: string; violations: FieldViolation[] } | undefined {
  if (input.bodyError) return { reason: input.bodyError, violations: [] };
  if (input.body === undefined) {
    if (!op.requestBody?.required) return undefined;
    return { reason: "a request body is required", violations: [{ field: "body", description: "body is required" }] };
  }
  if (!op.requestBody) return undefined; // a body on an operation that takes none is ignored, as servers do
  const mediaType = input.mediaType ?? "application/json";
  if (!op.requestBody.content[mediaType]) return { reason: `${mediaType} bodies are not accepted`, violations: [] };
  const result = validator.validateRequestBody(op, mediaType, input.body);
  if (result.valid) return undefined;
  return { reason: `body${result.errors.join("; body")}`, violations: violations("", result.raw ?? []) };
}
