// Would the vendor refuse this request? The same checks as the mock's validate stage (parameters and body against
// the operation's schemas, with the same validator), returned as a list instead of thrown as the vendor's error,
// for the traffic checks: the proxy and the recording checker judge requests they did not answer themselves.
import { documents } from "../documents.js";
/** Parameters carrying credentials are the auth layer's: Authorization (Feishu), access_token (DingTalk). */
export function isCredentialParameter(op, name, location) {
    const schemes = (documents[op.vendor].components?.securitySchemes ?? {});
    return Object.values(schemes).some((s) => (s.type === "http" && location === "header" && name.toLowerCase() === "authorization") ||
        (s.type === "apiKey" && s.in === location && s.name === name));
}
/** Every reason the spec gives to refuse the request (empty when it would be accepted as to its shape). */
export function requestProblems(op, input, validator) {
    const problems = [];
    for (const { value: param } of op.parameters) {
        if (param.in === "header" || param.in === "cookie" || isCredentialParameter(op, param.name, param.in))
            continue;
        const value = param.in === "path" ? input.path[param.name] : input.query[param.name];
        if (value === undefined) {
            if (param.required)
                problems.push(`${param.in} parameter ${param.name} is required`);
            continue;
        }
        const result = validator.validateParameter(op, param.name, value);
        if (!result.valid)
            problems.push(`${param.name}: ${result.errors.join("; ")}`);
    }
    if (input.bodyError)
        return [...problems, input.bodyError];
    if (input.body === undefined) {
        if (op.requestBody?.required)
            problems.push("a request body is required");
        return problems;
    }
    if (!op.requestBody)
        return problems; // a body on an operation that takes none is ignored (the SDK's GET `{}`)
    const mediaType = input.mediaType ?? "application/json";
    if (!op.requestBody.content[mediaType])
        return [...problems, `${mediaType} bodies are not accepted`];
    const result = validator.validateRequestBody(op, mediaType, input.body);
    if (!result.valid)
        problems.push(`body${result.errors.join("; body")}`);
    return problems;
}
//# sourceMappingURL=request-problems.js.map