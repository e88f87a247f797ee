// The mock serves exactly the operations of the specs: one route per operation, none that the specs lack.
import { describe, expect, it } from "vitest";
import { HANDLERS } from "../mock-server/index.js";
import { honoPath } from "../mock-server/http/operation-routes.js";
import { allOperations } from "../spec/index.js";
import { harness } from "./helpers/mock-harness.js";

describe("routes", () => {
  const ops = allOperations();

  it("has a handler for every operation of both specs, and no other", () => {
    expect(Object.keys(HANDLERS).sort()).toEqual(ops.map((o) => o.operationId).sort());
  });

  it("registers one route per operation, at the spec's method and path", () => {
    const { mock } = harness();
    const routes = mock.app.routes
      .filter((r) => !r.path.startsWith("/__mock") && r.method !== "ALL")
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    expect(routes).toEqual(ops.map((o) => `${o.method.toUpperCase()} ${honoPath(o.path)}`).sort());
  });

  it.each(ops.map((o) => [o.operationId, o] as const))("answers %s in its vendor's envelope", async (_id, op) => {
    const { call } = harness();
    const path = op.path.replace(/\{[^}]+\}/g, "x");
    const answer = await call(op.method.toUpperCase(), path, op.method === "get" ? {} : { body: {} });
    expect([200, 400]).toContain(answer.status);
    const code = op.vendor === "feishu" ? answer.body.code : answer.body.errcode;
    expect(op.errorCodes.map((e) => e.code)).toContain(code);
  });
});
