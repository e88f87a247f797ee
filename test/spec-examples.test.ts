// Every example written in the specs validates against its schema with ajv, and names no field the schema lacks.
import { describe, expect, it } from "vitest";
import {
  documents,
  getByPointer,
  listOperations,
  pointerJoin,
  resolve,
  SpecValidator,
  unknownFields,
  VENDORS,
  type JsonSchema,
  type MediaType,
  type Vendor,
} from "../spec/index.js";

const validator = new SpecValidator();

interface ExampleCase {
  where: string;
  vendor: Vendor;
  schemaPointer: string;
  value: unknown;
  checkFields: boolean;
}

/** The examples of a parameter or media type: `example`, and each of `examples` (following `$ref`s). */
function examplesOf(vendor: Vendor, holder: Pick<MediaType, "example" | "examples">, pointer: string) {
  const found: { name: string; value: unknown }[] = [];
  if (holder.example !== undefined) found.push({ name: "example", value: holder.example });
  for (const [name, example] of Object.entries(holder.examples ?? {})) {
    const located = resolve<{ value: unknown }>(documents[vendor], example, pointerJoin(pointer, "examples", name));
    found.push({ name, value: located.value.value });
  }
  return found;
}

function collect(vendor: Vendor): ExampleCase[] {
  const cases: ExampleCase[] = [];
  for (const op of listOperations(vendor)) {
    for (const { value: param, pointer } of op.parameters) {
      for (const { name, value } of examplesOf(vendor, param, pointer)) {
        cases.push({
          where: `${op.operationId} parameter ${param.name} ${name}`,
          vendor,
          schemaPointer: pointerJoin(pointer, "schema"),
          value,
          checkFields: false,
        });
      }
    }
    const bodies = [
      ...Object.entries(op.requestBody?.content ?? {}).map(([type, m]) => ({ label: `request ${type}`, ...m })),
      ...Object.entries(op.responses).flatMap(([status, r]) =>
        Object.entries(r.content).map(([type, m]) => ({ label: `response ${status} ${type}`, ...m })),
      ),
    ];
    for (const { label, mediaType, schemaPointer } of bodies) {
      if (!schemaPointer) continue;
      const mediaPointer = schemaPointer.replace(/\/schema$/, "");
      for (const { name, value } of examplesOf(vendor, mediaType, mediaPointer)) {
        cases.push({ where: `${op.operationId} ${label} ${name}`, vendor, schemaPointer, value, checkFields: true });
      }
    }
  }
  // `examples` arrays inside schemas (components/schemas and everything nested in them).
  const walk = (node: unknown, pointer: string): void => {
    if (!node || typeof node !== "object") return;
    const schema = node as JsonSchema;
    if (Array.isArray(schema.examples) && (schema.type !== undefined || schema.$ref !== undefined)) {
      schema.examples.forEach((value, i) =>
        cases.push({ where: `${pointer} examples[${i}]`, vendor, schemaPointer: pointer, value, checkFields: true }),
      );
    }
    for (const [key, child] of Object.entries(schema)) if (key !== "examples") walk(child, pointerJoin(pointer, key));
  };
  walk(getByPointer(documents[vendor], "/components/schemas"), "/components/schemas");
  return cases;
}

describe.each(VENDORS)("%s spec examples", (vendor) => {
  const cases = collect(vendor);

  it("has examples for every operation's success response", () => {
    for (const op of listOperations(vendor)) {
      expect(cases.some((c) => c.where.startsWith(`${op.operationId} response 200`)), op.operationId).toBe(true);
    }
  });

  it.each(cases.map((c) => [c.where, c] as const))("%s", (_where, c) => {
    expect(validator.validateAt(c.vendor, c.schemaPointer, c.value).errors).toEqual([]);
    if (c.checkFields) expect(unknownFields(c.vendor, c.schemaPointer, c.value)).toEqual([]);
  });
});
