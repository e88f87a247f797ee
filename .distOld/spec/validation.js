// Validates bodies and parameters against the specs with ajv (JSON Schema 2020-12, as OpenAPI 3.1 uses).
// Each schema is compiled once, in place in its document, the first time it is asked for.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { documents } from "./documents.js";
import { pointerJoin } from "./operations.js";
import { VENDORS } from "./types.js";
// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = (addFormatsModule.default ?? addFormatsModule);
const OK = { valid: true, errors: [] };
/** A compiled schema's verdict on a value, with its errors in both forms. */
function run(fn, value) {
    return fn(value) ? OK : { valid: false, errors: formatErrors(fn.errors), raw: [...(fn.errors ?? [])] };
}
/** Keywords of an OpenAPI document that are not JSON Schema: known to ajv so strict mode accepts them. */
function nonSchemaKeywords() {
    const keys = new Set(["example", "discriminator", "xml", "externalDocs"]);
    const visit = (node) => {
        if (Array.isArray(node))
            node.forEach(visit);
        else if (node && typeof node === "object") {
            for (const [key, value] of Object.entries(node)) {
                if (key.startsWith("x-"))
                    keys.add(key);
                visit(value);
            }
        }
    };
    for (const vendor of VENDORS) {
        Object.keys(documents[vendor]).forEach((key) => keys.add(key));
        visit(documents[vendor]);
    }
    return [...keys];
}
/** Readable problems from ajv's errors (exported for other schemas' checks, e.g. the mock's config file). */
export function formatErrors(errors) {
    return (errors ?? []).map((e) => {
        const where = e.instancePath || "(root)";
        // "must NOT be valid" says nothing: the schema's own description (its first sentence) says what is wanted.
        const description = e.parentSchema?.description;
        if (e.keyword === "not" && typeof description === "string") {
            return `${where} does not meet the rule: ${description.split(/(?<=\.)\s/)[0].replace(/\s+/g, " ").trim()}`;
        }
        const extra = e.keyword === "additionalProperties"
            ? ` (${String(e.params.additionalProperty)})`
            : e.keyword === "enum"
                ? ` ${JSON.stringify(e.params.allowedValues)}`
                : "";
        return `${where} ${e.message ?? e.keyword}${extra}`;
    });
}
export class SpecValidator {
    ajv;
    compiled = new Map();
    /** Per operation, each parameter's compiled schema (checked on every request). */
    parameterSchemas = new WeakMap();
    /** Per operation, each request media type's compiled body schema (checked on every request with a body). */
    bodySchemas = new WeakMap();
    constructor() {
        // verbose: errors carry their schema, so a refusal can quote the rule it broke.
        this.ajv = new Ajv2020({ strict: true, strictRequired: false, strictTypes: false, allErrors: true, verbose: true });
        addFormats(this.ajv);
        this.ajv.addVocabulary(nonSchemaKeywords().filter((k) => !this.ajv.getKeyword(k)));
        for (const vendor of VENDORS)
            this.ajv.addSchema({ ...documents[vendor], $id: vendor }, undefined, undefined, false);
    }
    /** The compiled schema at a JSON pointer of a vendor's document. */
    schemaAt(vendor, pointer) {
        const key = `${vendor}#${pointer}`;
        let fn = this.compiled.get(key);
        if (!fn) {
            fn = this.ajv.getSchema(key);
            if (!fn)
                throw new Error(`No schema at ${key}`);
            this.compiled.set(key, fn);
        }
        return fn;
    }
    validateAt(vendor, pointer, value) {
        return run(this.schemaAt(vendor, pointer), value);
    }
    /**
     * The response the spec defines for an HTTP status: exact, then `4XX`-style, then `default` — which these specs
     * declare for the gateways' 5xx failures (Specmatic refuses `5XX` keys), so it stands for statuses ≥ 500 only.
     */
    responseFor(op, status) {
        return op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`] ?? (status >= 500 ? op.responses.default : undefined);
    }
    /** Checks a JSON response body against the operation's schema for that HTTP status. */
    validateResponse(op, status, body) {
        const response = this.responseFor(op, status);
        if (!response)
            return { valid: false, errors: [`HTTP ${status} is not a response of ${op.operationId}`] };
        const pointer = response.content["application/json"]?.schemaPointer;
        if (!pointer)
            return { valid: false, errors: [`${op.operationId} defines no JSON body for HTTP ${status}`] };
        return this.validateAt(op.vendor, pointer, body);
    }
    /** Checks a request body (already decoded to an object) against the operation's schema for its media type. */
    validateRequestBody(op, mediaType, body) {
        let schemas = this.bodySchemas.get(op);
        if (!schemas)
            this.bodySchemas.set(op, (schemas = new Map()));
        let fn = schemas.get(mediaType);
        if (!fn) {
            const pointer = op.requestBody?.content[mediaType]?.schemaPointer;
            if (!pointer)
                return { valid: false, errors: [`${op.operationId} accepts no ${mediaType} body`] };
            schemas.set(mediaType, (fn = this.schemaAt(op.vendor, pointer)));
        }
        return run(fn, body);
    }
    /** Checks one parameter's value (already coerced to its schema's type). */
    validateParameter(op, name, value) {
        let schemas = this.parameterSchemas.get(op);
        if (!schemas)
            this.parameterSchemas.set(op, (schemas = new Map()));
        let fn = schemas.get(name);
        if (fn === undefined) {
            const param = op.parameters.find((p) => p.value.name === name);
            fn = param?.value.schema ? this.schemaAt(op.vendor, pointerJoin(param.pointer, "schema")) : null;
            schemas.set(name, fn);
        }
        if (fn === null)
            return OK;
        return fn(value) ? OK : { valid: false, errors: formatErrors(fn.errors), raw: [...(fn.errors ?? [])] };
    }
}
//# sourceMappingURL=validation.js.map