// Finds fields of a JSON value that its schema does not name. Vendors add response fields over time, so
// the contracts report these as drift warnings rather than failures; the spec's own examples must have none.
import { documents } from "./documents.js";
import { getByPointer } from "./operations.js";
const asSchema = (value) => value && typeof value === "object" && !Array.isArray(value) ? value : undefined;
function deref(vendor, schema) {
    let current = schema;
    for (let hops = 0; current && typeof current.$ref === "string" && hops < 20; hops++) {
        const ref = current.$ref;
        current = asSchema(getByPointer(documents[vendor], ref.slice(ref.indexOf("#") + 1)));
    }
    return current;
}
/** Per schema object of the (immutable) documents, its branches: worked out once, as the proxy asks on every answer. */
const branchCache = new WeakMap();
/** The schema and every subschema that applies to the same instance (allOf/anyOf/oneOf/if/then/else). */
function branches(vendor, schema) {
    if (!schema)
        return [];
    let found = branchCache.get(schema);
    if (found)
        return found;
    const self = deref(vendor, schema);
    if (!self)
        return [];
    const subs = ["allOf", "anyOf", "oneOf"].flatMap((k) => (Array.isArray(self[k]) ? self[k] : []));
    for (const k of ["if", "then", "else"])
        if (asSchema(self[k]))
            subs.push(self[k]);
    found = [self, ...subs.flatMap((s) => branches(vendor, asSchema(s)))];
    branchCache.set(schema, found);
    return found;
}
/** Paths (`/data/items/0/extra`) of fields in `value` that the schema at `pointer` does not describe. */
export function unknownFields(vendor, pointer, value) {
    const found = [];
    const walk = (schema, node, path) => {
        const all = branches(vendor, schema);
        if (all.length === 0)
            return;
        if (Array.isArray(node)) {
            const items = all.map((s) => asSchema(s.items)).find(Boolean);
            node.forEach((item, i) => walk(items, item, `${path}/${i}`));
            return;
        }
        if (!node || typeof node !== "object")
            return;
        // A free-form object (no `properties`) or a map (`additionalProperties: {…}`) names no fields to compare.
        if (!all.some((s) => asSchema(s.properties)))
            return;
        if (all.some((s) => s.additionalProperties !== undefined && s.additionalProperties !== false))
            return;
        for (const [key, child] of Object.entries(node)) {
            const property = all.map((s) => asSchema(asSchema(s.properties)?.[key])).find(Boolean);
            if (property)
                walk(property, child, `${path}/${key}`);
            else
                found.push(`${path}/${key}`);
        }
    };
    walk(asSchema(getByPointer(documents[vendor], pointer)), value, "");
    return found;
}
//# sourceMappingURL=unknown-fields.js.map