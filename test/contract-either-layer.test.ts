// The contracts' "either layer" checks (contracts/suite/either-layer.ts) on answers made by hand: the gateway's
// code is accepted only where the spec says the gateway checks (`x-validated-by`, `x-gateway-scopes`), its answer
// must have its documented shape, and the note says which layer answered. The suite's own refusals all concern
// fields and operations the gateway does check, so the other side of each rule is shown here.
import { describe, expect, it } from "vitest";
import { runContracts, type ContractContext } from "../contracts/index.js";
import { expectFieldRefused, expectScopeRefused } from "../contracts/suite/either-layer.js";
import type { Exchange } from "../contracts/vendor-client.js";
import { brokenTarget } from "./helpers/broken-mock.js";

function context() {
  const notes: string[] = [];
  return { notes, ctx: { note: (message: string) => notes.push(message) } as unknown as ContractContext };
}
const answer = (operationId: string, body: unknown, status = 400): Exchange => ({ operationId, status, body, headers: new Headers() });
const failure = (check: () => void): string => {
  try {
    check();
  } catch (error) {
    return (error as Error).message;
  }
  return "accepted";
};

describe("a refused field", () => {
  it.each([
    ["listMessageReadUsers", "page_size"],
    ["createMessage", "receive_id_type"],
    ["createMessage", "receive_id"], // a body field: the operation's body is the gateway's
  ])("%s %s: the gateway's 99992402 naming it, or the endpoint's 230001", (operationId, field) => {
    const { ctx, notes } = context();
    expectFieldRefused(ctx, answer(operationId, { code: 99992402, msg: "bad", error: { field_violations: [{ field: "other", description: "" }, { field, description: "" }] } }), field);
    expectFieldRefused(ctx, answer(operationId, { code: 230001, msg: "bad" }), field);
    expect(notes).toEqual([
      `${operationId}: ${field} refused with 99992402 (the gateway's field validation)`,
      `${operationId}: ${field} refused with 230001 (the endpoint's own check)`,
    ]);
    expect(failure(() => expectFieldRefused(ctx, answer(operationId, { code: 230002, msg: "not that" }), field))).toBe(
      `expected 99992402 or 230001 for ${field} (spec: x-validated-by), got 230002 not that`,
    );
  });

  it.each([
    ["listMessageReadUsers", "message_id"], // a parameter the endpoint judges
    ["batchSendMessage", "open_ids"], // a body the endpoint judges
    ["getBatchMessageProgress", "page_size"], // neither a parameter nor a body of the operation
  ])("%s %s: only the endpoint's 230001, since the spec does not say the gateway checks it", (operationId, field) => {
    const { ctx, notes } = context();
    expect(failure(() => expectFieldRefused(ctx, answer(operationId, { code: 99992402, msg: "gw", error: { field_violations: [{ field }] } }), field))).toBe(
      `expected 230001 for ${field} (spec: x-validated-by), got 99992402 gw`,
    );
    expectFieldRefused(ctx, answer(operationId, { code: 230001, msg: "bad" }), field);
    expect(notes).toEqual([`${operationId}: ${field} refused with 230001 (the endpoint's own check)`]);
  });

  it("must be an HTTP 400, and the gateway's must name the field", () => {
    const { ctx } = context();
    expect(failure(() => expectFieldRefused(ctx, answer("listMessageReadUsers", { code: 230001, msg: "" }, 200), "page_size"))).toMatch(/200 !== 400/);
    expect(failure(() => expectFieldRefused(ctx, answer("listMessageReadUsers", { code: 99992402, msg: "" }), "page_size"))).toBe(
      "99992402 without a field_violation for page_size: []",
    );
    const named = [{ field: "page_token", description: "x" }];
    expect(failure(() => expectFieldRefused(ctx, answer("listMessageReadUsers", { code: 99992402, msg: "", error: { field_violations: named } }), "page_size"))).toBe(
      `99992402 without a field_violation for page_size: ${JSON.stringify(named)}`,
    );
  });
});

describe("a missing scope", () => {
  const required = ["im:message:send_multi_depts", "im:message:send_multi_users"];
  const gateway = (subjects: string[], msg = `Access denied. One of the following scopes is required: [${required.join(", ")}]`) => ({
    code: 99991672,
    msg,
    error: { permission_violations: subjects.map((subject) => ({ type: "action_scope_required", subject })) },
  });

  it("is the gateway's 99991672 naming scopes the operation needs (in its message too), or the endpoint's 230027", () => {
    const { ctx, notes } = context();
    expectScopeRefused(ctx, answer("getBatchMessageProgress", gateway(required)), required);
    expectScopeRefused(ctx, answer("getBatchMessageProgress", gateway(required.slice(1))), required);
    expectScopeRefused(ctx, answer("getBatchMessageProgress", { code: 230027, msg: "Lack of necessary permissions" }), required);
    expect(notes).toEqual([
      "getBatchMessageProgress: a missing scope answered 99991672 (the gateway)",
      "getBatchMessageProgress: a missing scope answered 99991672 (the gateway)",
      "getBatchMessageProgress: a missing scope answered 230027 (the endpoint)",
    ]);
  });

  it("says what is wrong with the gateway's answer", () => {
    const { ctx } = context();
    const check = (body: unknown, status = 400) => failure(() => expectScopeRefused(ctx, answer("getBatchMessageProgress", body, status), required));
    expect(check({ code: 230027, msg: "" }, 200)).toMatch(/200 !== 400/);
    expect(check({ code: 99991663, msg: "stale" })).toBe("expected 99991672 or 230027 (spec: x-gateway-scopes), got 99991663 stale");
    expect(check({ code: 99991672, msg: "denied" })).toBe("99991672 without error.permission_violations");
    expect(check(gateway([]))).toBe("99991672 without error.permission_violations");
    expect(check(gateway(["admin:all"]))).toBe(`admin:all is not one of the operation's scopes ${required.join(", ")}`);
    expect(check(gateway(required, `Access denied: ${required[0]}`))).toBe(`the message does not name ${required[1]}`);
  });

  it("is only the endpoint's 230027 on an operation whose scopes the gateway does not check", () => {
    const { ctx, notes } = context();
    expect(failure(() => expectScopeRefused(ctx, answer("batchSendMessage", gateway(required)), required))).toBe(
      "expected 230027 (spec: x-gateway-scopes), got 99991672 " + gateway(required).msg,
    );
    expectScopeRefused(ctx, answer("batchSendMessage", { code: 230027, msg: "" }), required);
    expect(notes).toEqual(["batchSendMessage: a missing scope answered 230027 (the endpoint)"]);
  });
});

describe("an app without the user_id field scope", () => {
  it.each([
    [230027, "Lack of necessary permissions, ext=contact:user.employee_id:readonly"],
    [99991672, "Access denied. One of the following scopes is required: [contact:user.employee_id:readonly]"],
  ])("has its user_id pages refused (%i): documented, so the suite passes, noting nothing was paged", async (code, msg) => {
    const results = await runContracts(
      await brokenTarget(({ url, body }) =>
        url.pathname.endsWith("/read_users") && url.searchParams.get("user_id_type") === "user_id" && body?.code === 0
          ? { status: 400, body: { code, msg, error: { log_id: "20260302010000BROKENMOCK00000000", ...(code === 99991672 && { permission_violations: [{ type: "action_scope_required", subject: "contact:user.employee_id:readonly" }] }) } } }
          : undefined,
      ),
    );
    expect(results.filter((r) => r.status !== "passed").map((r) => `${r.id}: ${r.detail}`)).toEqual([]);
  });
});
