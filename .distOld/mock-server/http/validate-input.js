import { VendorError } from "../errors.js";
function invalid(op, reason) {
    const code = op.operation["x-invalid-request-code"];
    if (code === undefined)
        throw new Error(`Mock bug: ${op.operationId} has no x-invalid-request-code`);
    return new VendorError(code, { headers: { "x-mock-error-reason": reason.slice(0, 300) } });
}
/** The parameters the validator checks (headers are the auth layer's; credentials are security schemes, not parameters). */
const checked = new WeakMap();
function checkedParameters(op) {
    let list = checked.get(op);
    if (!list) {
        list = op.parameters.filter(({ value: p }) => p.in !== "header" && p.in !== "cookie");
        checked.set(op, list);
    }
    return list;
}
/** ajv's errors in the gateway's words ("receive_id_type is required", "the max len is 50", …). */
function violations(field, errors) {
    return errors.map((e) => {
        const params = e.params;
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
function gatewayError(found) {
    const unique = [...new Map(found.map((v) => [`${v.field}|${v.description}`, v])).values()];
    return new VendorError(99992402, {
        error: { field_violations: unique },
        headers: { "x-mock-error-reason": `the gateway refused: ${unique.map((v) => v.description).join("; ")}`.slice(0, 300) },
    });
}
export function validateInput(op, input, validator, config) {
    const gatewayOn = op.vendor === "feishu" && config.feishu.gateway_errors;
    const byGateway = (layer) => gatewayOn && layer === "gateway";
    // The gateway first, over every field it checks, so its answer names them all.
    const atGateway = [];
    const business = [];
    for (const { value: param } of checkedParameters(op)) {
        const value = param.in === "path" ? input.path[param.name] : input.query[param.name];
        const gateway = byGateway(param["x-validated-by"]);
        if (value === undefined) {
            if (!param.required)
                continue;
            if (gateway)
                atGateway.push({ field: param.name, description: `${param.name} is required` });
            else
                business.push(`${param.in} parameter ${param.name} is required`);
            continue;
        }
        const result = validator.validateParameter(op, param.name, value);
        if (result.valid)
            continue;
        if (gateway)
            atGateway.push(...violations(param.name, result.raw ?? []));
        else
            business.push(`${param.name}: ${result.errors.join("; ")}`);
    }
    const body = bodyProblems(op, input, validator);
    const bodyAtGateway = byGateway(op.requestBody?.validatedBy) && !input.bodyError;
    if (body && bodyAtGateway)
        atGateway.push(...body.violations);
    if (atGateway.length > 0)
        throw gatewayError(atGateway);
    if (business.length > 0)
        throw invalid(op, business[0]);
    if (body)
        throw invalid(op, body.reason);
}
/** What is wrong with the body, if anything: as a reason, and as the gateway's field violations. */
function bodyProblems(op, input, validator) {
    if (input.bodyError)
        return { reason: input.bodyError, violations: [] };
    if (input.body === undefined) {
        if (!op.requestBody?.required)
            return undefined;
        return { reason: "a request body is required", violations: [{ field: "body", description: "body is required" }] };
    }
    if (!op.requestBody)
        return undefined; // a body on an operation that takes none is ignored, as servers do
    const mediaType = input.mediaType ?? "application/json";
    if (!op.requestBody.content[mediaType])
        return { reason: `${mediaType} bodies are not accepted`, violations: [] };
    const result = validator.validateRequestBody(op, mediaType, input.body);
    if (result.valid)
        return undefined;
    return { reason: `body${result.errors.join("; body")}`, violations: violations("", result.raw ?? []) };
}
//# sourceMappingURL=validate-input.js.map