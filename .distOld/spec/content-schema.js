// What a JSON-string field holds, per the value of a sibling: OpenAPI 3.1 (JSON Schema 2020-12) writes it as
// `contentMediaType: application/json` plus a `contentSchema` under `allOf: [{if: {properties: {<key>: {const|enum}}},
// then: {properties: {<field>: {contentSchema}}}}]`. Validators treat contentSchema as an annotation, so this finds
// the one that applies, for code (the mock, a proxy) that parses the string and checks it.
import { documents } from "./documents.js";
import { getByPointer, pointerJoin } from "./operations.js";
/** The JSON pointer of the contentSchema that `field` takes when `key` is `value`, following the schema's `$ref`. */
export function contentSchemaPointer(vendor, schemaPointer, field, key, value) {
    let pointer = schemaPointer;
    let schema = getByPointer(documents[vendor], pointer);
    for (let hops = 0; schema && typeof schema.$ref === "string" && hops < 10; hops++) {
        pointer = schema.$ref.slice(1);
        schema = getByPointer(documents[vendor], pointer);
    }
    const branches = (schema?.allOf ?? []);
    for (const [i, branch] of branches.entries()) {
        const condition = branch.if?.properties;
        const on = condition?.[key];
        const matches = on !== undefined && (on.const === value || (Array.isArray(on.enum) && on.enum.includes(value)));
        const then = branch.then?.properties;
        if (matches && then?.[field]?.contentSchema !== undefined) {
            return pointerJoin(pointer, "allOf", String(i), "then", "properties", field, "contentSchema");
        }
    }
    return undefined;
}
//# sourceMappingURL=content-schema.js.map