// Reading a request as the spec declares it: query strings coerced to the declared types, form bodies decoded
// (fields the spec marks `contentType: application/json` parsed as JSON). Shared by the mock's input stage and the
// traffic checks (proxy, recordings), so both see a request the way a vendor's server would.
import { documents } from "../documents.js";
import { getByPointer } from "../operations.js";
import { JsonTooDeepError, parseJsonWithin } from "./json-depth.js";
export function coerce(value, schema) {
    const type = schema?.type;
    if ((type === "integer" || type === "number") && /^-?\d+(\.\d+)?$/.test(value))
        return Number(value);
    if (type === "boolean" && (value === "true" || value === "false"))
        return value === "true";
    return value;
}
/** The schema of a body property, following `$ref`s (e.g. agent_id → AgentId → integer). */
function propertySchema(op, schema, key) {
    const deref = (s) => {
        for (let hops = 0; s && typeof s.$ref === "string" && hops < 10; hops++) {
            s = getByPointer(documents[op.vendor], s.$ref.slice(1));
        }
        return s;
    };
    const properties = deref(schema)?.properties;
    return deref(properties?.[key]);
}
/** Decodes a form body; fields the spec marks `contentType: application/json` are parsed as JSON. */
export function decodeForm(text, op) {
    const media = op.requestBody?.content["application/x-www-form-urlencoded"];
    const schema = media?.mediaType.schema;
    const out = {};
    for (const [key, value] of new URLSearchParams(text)) {
        if (key in out)
            continue; // the first of repeated keys, as the vendors' servers read forms
        if (media?.mediaType.encoding?.[key]?.contentType === "application/json") {
            try {
                out[key] = parseJsonWithin(value);
            }
            catch (error) {
                if (error instanceof JsonTooDeepError)
                    throw error;
                out[key] = value;
            }
            continue;
        }
        out[key] = coerce(value, propertySchema(op, schema, key));
    }
    return out;
}
/** The query parameters the operation declares, coerced to their schemas' types. */
export function decodeQuery(op, search) {
    const query = {};
    for (const { value: param } of op.parameters) {
        if (param.in !== "query")
            continue;
        const raw = search.get(param.name);
        if (raw !== null)
            query[param.name] = coerce(raw, param.schema);
    }
    return query;
}
/**
 * DingTalk's TOP gateway accepts numbers (and booleans) sent as JSON strings, `"agent_id":"1000000001"`, where the
 * spec marks the operation `x-accepts-number-strings`: coerced as the gateway does, before validation.
 */
function coerceNumberStrings(body, op) {
    if (typeof body !== "object" || body === null || Array.isArray(body))
        return body;
    const schema = op.requestBody?.content["application/json"]?.mediaType.schema;
    let out;
    for (const key in body) {
        const value = body[key];
        if (typeof value !== "string")
            continue;
        // Copied on the first string only: a body of numbers (what the SDKs send) is passed on as parsed.
        out ??= { ...body };
        out[key] = coerce(value, propertySchema(op, schema, key));
    }
    return out ?? body;
}
/**
 * A body as the vendor would read it: a form when sent (and accepted) as one, else JSON (what the SDKs send).
 * `lenientNumbers` (default: what the spec says of the operation, as the live gateway reads it) coerces number strings.
 */
export function decodeBody(op, contentType, text, options = {}) {
    if (text.length === 0)
        return {};
    const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
    if (type === "application/x-www-form-urlencoded" && op.requestBody?.content[type]) {
        try {
            return { mediaType: type, body: decodeForm(text, op) };
        }
        catch (error) {
            return { mediaType: type, bodyError: `the body: ${error.message}` };
        }
    }
    let body;
    try {
        // Depth-limited: whatever walks the value afterwards (the validator, JSON.stringify) would overflow the stack.
        body = parseJsonWithin(text);
    }
    catch (error) {
        return { mediaType: "application/json", bodyError: error instanceof JsonTooDeepError ? `the body: ${error.message}` : "the body is not valid JSON" };
    }
    const lenient = options.lenientNumbers ?? op.operation["x-accepts-number-strings"] === true;
    return { mediaType: "application/json", body: lenient ? coerceNumberStrings(body, op) : body };
}
//# sourceMappingURL=request-decoding.js.map