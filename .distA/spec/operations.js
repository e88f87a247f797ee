// A flat, resolved view of every operation in a spec: what the mock routes and the contracts check.
// Each schema is kept as a JSON pointer into its document so the validator compiles it in place
// (its own `$ref`s then resolve against the document).
import { documents } from "./documents.js";
import { HTTP_METHODS, VENDORS, } from "./types.js";
const escapePointer = (segment) => segment.replaceAll("~", "~0").replaceAll("/", "~1");
const unescapePointer = (segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~");
export function pointerJoin(pointer, ...segments) {
    return segments.reduce((acc, s) => `${acc}/${escapePointer(s)}`, pointer);
}
export function getByPointer(document, pointer) {
    if (pointer === "")
        return document;
    return pointer
        .slice(1)
        .split("/")
        .map(unescapePointer)
        .reduce((node, key) => node?.[key], document);
}
const isReference = (value) => typeof value === "object" && value !== null && typeof value.$ref === "string";
/** Follows local `$ref`s (of parameters, responses, examples…) to the object they name. */
export function resolve(document, value, pointer) {
    let current = value;
    let at = pointer;
    for (let hops = 0; isReference(current); hops++) {
        if (hops > 20 || !current.$ref.startsWith("#"))
            throw new Error(`Cannot resolve ${current.$ref} at ${at}`);
        at = current.$ref.slice(1);
        current = getByPointer(document, at);
        if (current === undefined)
            throw new Error(`Dangling $ref ${at} in the ${document.info.title} spec`);
    }
    return { value: current, pointer: at };
}
function resolveContent(content, pointer) {
    const resolved = {};
    for (const [type, mediaType] of Object.entries(content ?? {})) {
        resolved[type] = {
            mediaType,
            ...(mediaType.schema && { schemaPointer: pointerJoin(pointer, "content", type, "schema") }),
        };
    }
    return resolved;
}
function describe(vendor, document, path, method) {
    const pathPointer = pointerJoin("", "paths", path);
    const pointer = pointerJoin(pathPointer, method);
    const operation = document.paths[path][method];
    const shared = (document.paths[path].parameters ?? []).map((p, i) => resolve(document, p, pointerJoin(pathPointer, "parameters", String(i))));
    const own = (operation.parameters ?? []).map((p, i) => resolve(document, p, pointerJoin(pointer, "parameters", String(i))));
    const parameters = [...shared.filter((s) => !own.some((o) => o.value.name === s.value.name)), ...own];
    let requestBody;
    if (operation.requestBody) {
        const body = resolve(document, operation.requestBody, pointerJoin(pointer, "requestBody"));
        requestBody = {
            required: body.value.required ?? false,
            content: resolveContent(body.value.content, body.pointer),
            validatedBy: body.value["x-validated-by"] ?? "business",
        };
    }
    const responses = {};
    for (const [status, response] of Object.entries(operation.responses)) {
        const located = resolve(document, response, pointerJoin(pointer, "responses", status));
        responses[status] = {
            response: located.value,
            pointer: located.pointer,
            content: resolveContent(located.value.content, located.pointer),
        };
    }
    const security = operation.security ?? document.security ?? [];
    return {
        vendor,
        operationId: operation.operationId,
        method,
        path,
        pointer,
        operation,
        parameters,
        ...(requestBody && { requestBody }),
        responses,
        errorCodes: operation["x-error-codes"] ?? [],
        authenticated: security.some((requirement) => Object.keys(requirement).length > 0),
    };
}
const cache = new Map();
/** Every operation of a vendor's spec, in document order. */
export function listOperations(vendor) {
    let list = cache.get(vendor);
    if (!list) {
        const document = documents[vendor];
        list = Object.keys(document.paths).flatMap((path) => HTTP_METHODS.filter((m) => document.paths[path][m]).map((m) => describe(vendor, document, path, m)));
        cache.set(vendor, list);
    }
    return list;
}
export function allOperations() {
    return VENDORS.flatMap(listOperations);
}
export function getOperation(operationId) {
    const found = allOperations().find((op) => op.operationId === operationId);
    if (!found)
        throw new Error(`No operation ${operationId} in the specs`);
    return found;
}
//# sourceMappingURL=operations.js.map