// The error catalog (`x-error-codes`) is the one place error codes live; these checks keep it whole and
// consistent with the response examples and the other extensions that name codes.
import { describe, expect, it } from "vitest";
import { documents, listOperations, resolve, VENDORS, type OperationInfo, type Vendor } from "../spec/index.js";

const envelope = { feishu: { code: "code", msg: "msg" }, dingtalk: { code: "errcode", msg: "errmsg" } } as const;
const platformCodes: Record<Vendor, number[]> = { feishu: [99991661, 99991663], dingtalk: [40014, 41001, 88, -1] };

/** Every error example of an operation: its HTTP status and body. */
function errorExamples(op: OperationInfo) {
  const keys = envelope[op.vendor];
  return Object.entries(op.responses).flatMap(([status, response]) =>
    Object.entries(response.content).flatMap(([, { mediaType }]) =>
      Object.entries(mediaType.examples ?? {}).flatMap(([name, example]) => {
        const value = resolve<{ value: unknown }>(documents[op.vendor], example, "").value.value as Record<string, unknown>;
        return value[keys.code] === 0 ? [] : [{ name, status: Number(status), code: value[keys.code], msg: value[keys.msg] }];
      }),
    ),
  );
}

describe.each(VENDORS)("%s error catalog", (vendor) => {
  describe.each(listOperations(vendor).map((op) => [op.operationId, op] as const))("%s", (_id, op) => {
    const examples = errorExamples(op);

    it("lists each code once, with a status, a message and a source", () => {
      const codes = op.errorCodes.map((e) => e.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const entry of op.errorCodes) {
        expect(entry.code).not.toBe(0);
        expect(entry.msg.length, `${entry.code} msg`).toBeGreaterThan(0);
        expect(entry.source.length, `${entry.code} source`).toBeGreaterThan(0);
      }
    });

    it("declares a JSON response for every status a code can be answered with", () => {
      for (const entry of op.errorCodes) {
        for (const status of [entry.http_status, entry.alternative_http_status].filter((s) => s !== undefined)) {
          expect(op.responses[String(status)]?.content["application/json"]?.schemaPointer, `${entry.code} @ ${status}`)
            .toBeDefined();
        }
      }
    });

    it("has a response example for every code, under its status, with its message", () => {
      for (const entry of op.errorCodes) {
        // A templated message (99991672 names the operation's scopes) must match its template, placeholders filled.
        const msg = entry.msg_is_template
          ? expect.stringMatching(new RegExp(`^${entry.msg.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{[a-z_]+\\?\}/g, ".+")}$`))
          : entry.msg;
        expect(examples, `example for ${entry.code}`).toContainEqual(
          expect.objectContaining({ status: entry.http_status, code: entry.code, msg }),
        );
      }
    });

    it("has no error example for a code outside the catalog", () => {
      for (const example of examples) {
        const entry = op.errorCodes.find((e) => e.code === example.code);
        expect(entry, `${example.name}: code ${String(example.code)} not in x-error-codes`).toBeDefined();
        expect([entry!.http_status, entry!.alternative_http_status]).toContain(example.status);
      }
    });

    it("names the code it answers for a request that does not match the spec", () => {
      expect(op.operation["x-invalid-request-code"]).toBeTypeOf("number");
    });

    it("catalogs the codes its other extensions name", () => {
      const codes = op.errorCodes.map((e) => e.code);
      const named = [
        op.operation["x-invalid-request-code"],
        op.operation["x-query-window"]?.error_code,
        op.operation["x-recall-window"]?.error_code,
        op.operation["x-rate-limit"] && 99991400,
        op.operation["x-requires-bot"] && 230006,
        op.operation["x-required-scopes"] && vendor === "feishu" && op.operationId !== "batchSendMessage" && 230027,
        ...(op.authenticated ? platformCodes[vendor] : []),
      ].filter((c): c is number => typeof c === "number");
      for (const code of named) expect(codes, `${op.operationId} must list ${code}`).toContain(code);
    });
  });
});
