// A fast-check arbitrary of values that (mostly) fit a schema of the specs: the "valid" half of the fuzzer's
// inputs, so requests get past validation and reach the handlers. Combinators are approximated (oneOf/anyOf take
// a branch; if/then/else and not are ignored), which also yields some near-misses: useful too.
import fc from "fast-check";
import { documents, getByPointer, type JsonSchema, type Vendor } from "../../spec/index.js";

function deref(vendor: Vendor, schema: JsonSchema): JsonSchema {
  let current = schema;
  for (let hops = 0; typeof current.$ref === "string" && hops < 10; hops++) {
    current = getByPointer(documents[vendor], (current.$ref as string).slice(1)) as JsonSchema;
  }
  return current;
}

export function schemaArbitrary(vendor: Vendor, input: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const schema = deref(vendor, input);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  const branches = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (branches && !schema.type) return fc.oneof(...branches.map((b) => schemaArbitrary(vendor, b, depth + 1)));
  switch (schema.type) {
    case "integer":
      return fc.integer({
        min: typeof schema.minimum === "number" ? schema.minimum : -1000,
        max: typeof schema.maximum === "number" ? Math.min(schema.maximum, Number.MAX_SAFE_INTEGER) : 1_000_000_000_000,
      });
    case "number":
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case "boolean":
      return fc.boolean();
    case "string":
      if (typeof schema.pattern === "string") return fc.stringMatching(new RegExp(schema.pattern));
      return fc.string({ minLength: (schema.minLength as number | undefined) ?? 0, maxLength: (schema.maxLength as number | undefined) ?? 40 });
    case "array":
      if (depth > 4) return fc.constant([]);
      return fc.array(schemaArbitrary(vendor, (schema.items as JsonSchema | undefined) ?? {}, depth + 1), {
        maxLength: Math.min((schema.maxItems as number | undefined) ?? 3, 3),
      });
    case "object": {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = (schema.required ?? []) as string[];
      if (depth > 4 || Object.keys(properties).length === 0) return fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 2 });
      return fc.record(
        Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, schemaArbitrary(vendor, v, depth + 1)])),
        { requiredKeys: required.filter((k) => k in properties) },
      );
    }
    default:
      return fc.anything({ maxDepth: 1 });
  }
}
