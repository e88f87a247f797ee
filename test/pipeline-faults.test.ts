// Fault rules as the control API takes, lists and applies them: what a rule may say (and the exact refusal when it
// says too much or the wrong thing), which requests it matches (operation, id, app, on both vendors), and the exact
// answer each kind of fault gives. Behaviour over /__mock/faults and the vendor routes only.
import { describe, expect, it } from "vitest";
import { allOperations } from "../spec/index.js";
import { DINGTALK_APP, FEISHU_APP, harness, type Harness } from "./helpers/mock-harness.js";

const BATCH = `bm-${"0".repeat(32)}`;
const OTHER_BATCH = `bm-${"1".repeat(32)}`;
const progress = (id = BATCH) => `/open-apis/im/v1/batch_messages/${id}/get_progress`;
const CC = "/topapi/message/corpconversation";

async function refusal(rule: unknown): Promise<string> {
  const answer = await harness().control("POST", "/faults", rule);
  expect(answer.status, JSON.stringify(answer.body)).toBe(400);
  return answer.body.error as string;
}

async function accepted(h: Harness, rule: unknown): Promise<any> {
  const answer = await h.control("POST", "/faults", rule);
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body;
}

describe("a fault rule's fields", () => {
  it("names the fields a rule takes when given another, cut to 50 characters", async () => {
    const fields = "operation, id, app, count, error_code, http_status, delay_ms, drop";
    expect(await refusal({ http_status: 503, colour: "red" })).toBe(`unknown field colour; a rule takes ${fields}`);
    expect(await refusal({ ["k".repeat(80)]: 1 })).toBe(`unknown field ${"k".repeat(50)}; a rule takes ${fields}`);
  });

  it.each([
    [{ id: 5, http_status: 503 }, "id must be a string of at most 200 characters"],
    [{ app: "a".repeat(201), http_status: 503 }, "app must be a string of at most 200 characters"],
    [{ operation: ["getAccessToken"], http_status: 503 }, "operation must be a string of at most 200 characters"],
    [{ count: "2", http_status: 503 }, "count must be a number"],
    [{ http_status: "503" }, "http_status must be a number"],
    [{ drop: 1 }, "drop must be a boolean"],
    [{ error_code: 230030.5 }, "error_code must be an integer"],
  ])("refuses %j: %s", async (rule, message) => {
    expect(await refusal(rule)).toBe(message);
  });

  it("takes a string of exactly 200 characters", async () => {
    const h = harness();
    expect((await accepted(h, { id: "i".repeat(200), http_status: 503 })).id).toBe("i".repeat(200));
  });

  it("takes one action (delay_ms may join any) and refuses none or two", async () => {
    const both = "give one of error_code, http_status, drop (delay_ms may go with any)";
    expect(await refusal({ error_code: 230030, http_status: 503 })).toBe(both);
    expect(await refusal({ http_status: 503, drop: true })).toBe(both);
    expect(await refusal({ error_code: 230030, drop: true })).toBe(both);
    expect(await refusal({ count: 2 })).toBe("give error_code, http_status, delay_ms or drop");
    expect(await refusal({ drop: false })).toBe("give error_code, http_status, delay_ms or drop");
    const h = harness();
    // drop: false is no action: it goes with an error code.
    expect(await accepted(h, { error_code: 230030, drop: false })).toMatchObject({ error_code: 230030, drop: false });
    expect(await accepted(h, { delay_ms: 0 })).toMatchObject({ delay_ms: 0 });
    expect(await accepted(h, { http_status: 503, delay_ms: 5 })).toMatchObject({ http_status: 503, delay_ms: 5 });
  });

  it("names the operations when given an unknown one", async () => {
    const names = allOperations().map((o) => o.operationId).join(", ");
    expect(await refusal({ operation: "sendEverything", drop: true })).toBe(`unknown operation sendEverything; one of ${names}`);
  });

  it("takes an error code documented for the operation, or for any operation when none is named", async () => {
    expect(await refusal({ error_code: 12345 })).toBe("error_code 12345 is not documented for any operation");
    expect(await refusal({ operation: "getBatchMessageProgress", error_code: 40014 })).toBe(
      "error_code 40014 is not documented for getBatchMessageProgress",
    );
    const h = harness();
    expect((await accepted(h, { error_code: 40014 })).error_code).toBe(40014);
    expect((await accepted(h, { operation: "getSendProgress", error_code: 40014 })).operation).toBe("getSendProgress");
  });

  it.each([[499], [600], [503.5], [-500]])("refuses http_status %s", async (status) => {
    expect(await refusal({ http_status: status })).toBe("http_status must be a 5xx status");
  });

  it("takes http_status 500 and 599, delay_ms 0 to 60000, count 1 to 1000000", async () => {
    const h = harness();
    for (const rule of [{ http_status: 500 }, { http_status: 599 }, { delay_ms: 60_000 }, { http_status: 503, count: 1_000_000 }]) {
      await accepted(h, rule);
    }
    for (const delay of [-1, 60_001]) expect(await refusal({ delay_ms: delay })).toBe("delay_ms must be between 0 and 60000");
    for (const count of [0, -1, 1.5, 1_000_001]) expect(await refusal({ http_status: 503, count })).toBe("count must be an integer ≥ 1");
  });

  it("holds at most 1000 rules at once", async () => {
    const h = harness();
    for (let i = 0; i < 1000; i++) h.mock.faults.add({ http_status: 503, id: `never-${i}` });
    expect((await h.control("POST", "/faults", { http_status: 503 })).body.error).toBe("at most 1000 rules at once (DELETE /__mock/faults clears them)");
    await h.control("DELETE", "/faults");
    await accepted(h, { http_status: 503 });
  });
});

describe("the rules listed", () => {
  it("are what was given, with an id, the count and what remains of it, and nothing unset", async () => {
    const h = harness();
    expect(await accepted(h, { operation: "getBatchMessageProgress", http_status: 503 })).toEqual({
      rule_id: "fault-1",
      operation: "getBatchMessageProgress",
      http_status: 503,
      count: 1,
      remaining: 1,
    });
    const full = { operation: "getSendProgress", id: "7", app: DINGTALK_APP.appkey, count: 3, error_code: 40014, delay_ms: 1, drop: false };
    expect(await accepted(h, full)).toEqual({ rule_id: "fault-2", ...full, remaining: 3 });
    expect((await h.control("GET", "/faults")).body.faults.map((r: any) => r.rule_id)).toEqual(["fault-1", "fault-2"]);
    // No key for what was not given, not even an undefined one.
    expect(Object.keys(h.mock.faults.list()[0]!).sort()).toEqual(["count", "http_status", "operation", "remaining", "rule_id"]);
  });

  it("count down as they apply, go when used up, and are removed one by one or all at once", async () => {
    const h = harness();
    const token = await h.feishuToken();
    await accepted(h, { operation: "getBatchMessageProgress", error_code: 230012, count: 2 });
    await accepted(h, { operation: "getBatchMessageReadUser", http_status: 503 });
    await accepted(h, { operation: "deleteBatchMessage", http_status: 503 });
    await h.call("GET", progress(), { token });
    expect((await h.control("GET", "/faults")).body.faults.map((r: any) => [r.rule_id, r.remaining])).toEqual([
      ["fault-1", 1],
      ["fault-2", 1],
      ["fault-3", 1],
    ]);
    // Listing gives copies: what a caller does to them changes no rule.
    h.mock.faults.list()[0]!.remaining = 99;
    expect(h.mock.faults.list()[0]!.remaining).toBe(1);

    const removed = await h.control("DELETE", "/faults/fault-2");
    expect(removed.status).toBe(200);
    expect(removed.body.faults.map((r: any) => r.rule_id)).toEqual(["fault-1", "fault-3"]);
    const again = await h.control("DELETE", "/faults/fault-2");
    expect(again.status).toBe(404);
    expect(again.body.error).toBe("no fault rule fault-2 (used up, or never made)");

    await h.call("GET", progress(), { token });
    expect((await h.control("GET", "/faults")).body.faults.map((r: any) => r.rule_id)).toEqual(["fault-3"]);
    expect((await h.control("DELETE", "/faults")).body).toEqual({ faults: [] });
    expect((await h.control("GET", "/faults")).body.faults).toEqual([]);
    // Ids go on after a clear: a new rule is never mistaken for an old one.
    expect((await accepted(h, { http_status: 503 })).rule_id).toBe("fault-4");
  });
});

describe("which requests a rule matches", () => {
  it("applies the first matching rule, in the order they were made", async () => {
    const h = harness();
    const token = await h.feishuToken();
    await accepted(h, { operation: "getBatchMessageProgress", error_code: 230012 });
    await accepted(h, { operation: "getBatchMessageProgress", error_code: 230006 });
    expect((await h.call("GET", progress(), { token })).body.code).toBe(230012);
    expect((await h.call("GET", progress(), { token })).body.code).toBe(230006);
    expect((await h.call("GET", progress(), { token })).body.code).toBe(230030);
  });

  it("skips an operation that does not document the rule's code, and applies where it is documented", async () => {
    const h = harness();
    const token = await h.feishuToken();
    await accepted(h, { error_code: 230030 });
    // createMessage does not document 230030: the rule waits for an operation that does.
    const sent = await h.call("POST", "/open-apis/im/v1/messages?receive_id_type=chat_id", { token, body: {} });
    expect(sent.body.code).not.toBe(230030);
    expect((await h.control("GET", "/faults")).body.faults).toHaveLength(1);
    expect((await h.call("GET", progress(OTHER_BATCH), { token })).body.code).toBe(230030);
    expect((await h.control("GET", "/faults")).body.faults).toEqual([]);
  });

  it("matches a Feishu token request by the app_id in its body, and other requests by their token's app", async () => {
    const h = harness();
    await accepted(h, { app: FEISHU_APP.app_id, operation: "createTenantAccessToken", error_code: 10003 });
    const other = await h.call("POST", "/open-apis/auth/v3/tenant_access_token/internal", { body: { app_id: "cli_00000000000000ff", app_secret: "x" } });
    expect(other.body.code).toBe(10014);
    const refused = await h.call("POST", "/open-apis/auth/v3/tenant_access_token/internal", { body: FEISHU_APP });
    expect(refused.body.code).toBe(10003);
    const token = await h.feishuToken();
    await accepted(h, { app: FEISHU_APP.app_id, error_code: 230012 });
    expect((await h.call("GET", progress(), { token })).body.code).toBe(230012);
  });

  it("matches a DingTalk token request by its appkey, and other requests by their token's app", async () => {
    const h = harness();
    await accepted(h, { app: DINGTALK_APP.appkey, operation: "getAccessToken", error_code: -1 });
    expect((await h.call("GET", "/gettoken?appkey=someone&appsecret=x")).body.errcode).toBe(40096);
    expect((await h.call("GET", `/gettoken?appkey=${DINGTALK_APP.appkey}&appsecret=${DINGTALK_APP.appsecret}`)).body.errcode).toBe(-1);
    const token = await h.dingtalkToken();
    await accepted(h, { app: "dingsomeoneelse00000", error_code: 88 });
    await accepted(h, { app: DINGTALK_APP.appkey, error_code: 41001 });
    const answer = await h.call("POST", `${CC}/getsendprogress?access_token=${token}`, { body: { agent_id: DINGTALK_APP.agent_id, task_id: 1 } });
    expect(answer.body.errcode).toBe(41001);
    expect((await h.control("GET", "/faults")).body.faults.map((r: any) => r.app)).toEqual(["dingsomeoneelse00000"]);
  });

  it("matches a DingTalk request by the task_id or msg_task_id in its body", async () => {
    const h = harness();
    const token = await h.dingtalkToken();
    const call = (op: string, body: Record<string, unknown>) => h.call("POST", `${CC}/${op}?access_token=${token}`, { body: { agent_id: DINGTALK_APP.agent_id, ...body } });
    await accepted(h, { id: "424242", error_code: 88 });
    expect((await call("getsendprogress", { task_id: 1 })).body.errcode).toBe(40035);
    expect((await call("getsendprogress", { task_id: 424242 })).body.errcode).toBe(88);
    await accepted(h, { id: "515151", error_code: 88 });
    expect((await call("recall", { msg_task_id: 1 })).body.errcode).not.toBe(88);
    expect((await call("recall", { msg_task_id: 515151 })).body.errcode).toBe(88);
  });
});

describe("what a fault answers", () => {
  it("an HTTP status: that status and a plain text saying so", async () => {
    const h = harness();
    const token = await h.feishuToken();
    await accepted(h, { operation: "getBatchMessageProgress", http_status: 504 });
    const answer = await h.call("GET", progress(), { token });
    expect(answer.status).toBe(504);
    expect(answer.body).toBe("504 mock fault");
  });

  it("a drop: no answer (the in-process fetch rejects as a network error does)", async () => {
    const h = harness();
    const token = await h.feishuToken();
    await accepted(h, { operation: "getBatchMessageProgress", drop: true });
    await expect(h.call("GET", progress(), { token })).rejects.toThrow(/connection dropped/);
    // Used up: the next request is answered.
    expect((await h.call("GET", progress(), { token })).body.code).toBe(230030);
  });

  it("an injected 99991400: 429 with the operation's per-second limit and a reset of 1 s, in each envelope", async () => {
    const h = harness();
    const token = await h.feishuToken();
    await accepted(h, { operation: "getBatchMessageProgress", error_code: 99991400 });
    const limited = await h.call("GET", progress(), { token });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("x-ogw-ratelimit-limit")).toBe("50");
    expect(limited.headers.get("x-ogw-ratelimit-reset")).toBe("1");
    expect(limited.body).toMatchObject({ code: 99991400, msg: "request trigger frequency limit", error: { log_id: limited.headers.get("x-tt-logid") } });

    await accepted(h, { operation: "batchSendMessage", error_code: 99991400 });
    const legacy = await h.call("POST", "/open-apis/message/v4/batch_send/", { token, body: { msg_type: "text", content: { text: "hi" }, open_ids: [] } });
    expect(legacy.status).toBe(429);
    expect(legacy.headers.get("x-ogw-ratelimit-limit")).toBe("50");
    expect(legacy.body).toEqual({ code: 99991400, msg: "request trigger frequency limit", data: {} });
  });

  it("another documented code: the operation's own envelope for it, before any other check", async () => {
    const h = harness();
    await accepted(h, { operation: "getSendProgress", error_code: 500 });
    // No token at all: the fault answers first.
    const answer = await h.call("POST", `${CC}/getsendprogress?access_token=nonsense`, { body: {} });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ errcode: 500, errmsg: expect.any(String), request_id: expect.any(String) });
    expect(answer.body.request_id).not.toBe("");
  });
});
