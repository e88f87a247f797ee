// Request validation as the pipeline answers it: the endpoint's own check (its x-invalid-request-code, the first
// problem as x-mock-error-reason), and, with the live gateway on, the gateway's 99992402 naming every field it
// checks in error.field_violations, in the gateway's words, before anything the endpoint checks.
import { describe, expect, it } from "vitest";
import { harness, type Harness } from "./helpers/mock-harness.js";

const SEND = "/open-apis/im/v1/messages";
const READ_USERS = `/open-apis/im/v1/messages/om_${"0".repeat(32)}/read_users`;
const MSG_TYPES = '["text","post","image","file","audio","media","sticker","interactive","share_chat","share_user","system"]';
const ID_TYPES = '["open_id","union_id","user_id","email","chat_id"]';

async function withToken(config: Record<string, unknown>): Promise<{ h: Harness; token: string }> {
  const h = harness(config);
  return { h, token: await h.feishuToken() };
}

const reason = (answer: { headers: Headers }) => answer.headers.get("x-mock-error-reason");

describe("the endpoint's own check (documented reading)", () => {
  it("answers the operation's invalid-request code with the first problem, parameters before the body", async () => {
    const { h, token } = await withToken({});
    const missing = await h.call("POST", SEND, { token, body: { uuid: "u".repeat(51) } });
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe(230001);
    expect(reason(missing)).toBe("query parameter receive_id_type is required");
    const wrong = await h.call("POST", `${SEND}?receive_id_type=bogus`, { token, body: {} });
    expect(reason(wrong)).toBe(`receive_id_type: (root) must be equal to one of the allowed values ${ID_TYPES}`);
    // The path parameter comes first, then the query parameters in the spec's order.
    const path = await h.call("GET", "/open-apis/im/v1/messages/bad/read_users?page_size=abc", { token });
    expect(reason(path)).toBe('message_id: (root) must match pattern "^om_(x100b[0-9a-f]{27}|[0-9a-f]{32})$"');
    const query = await h.call("GET", `${READ_USERS}?page_size=abc`, { token });
    expect(reason(query)).toBe("query parameter user_id_type is required");
    for (const [size, problem] of [
      ["0", "must be >= 1"],
      ["101", "must be <= 100"],
      ["abc", "must be integer"],
    ]) {
      expect(reason(await h.call("GET", `${READ_USERS}?user_id_type=open_id&page_size=${size}`, { token }))).toBe(`page_size: (root) ${problem}`);
    }
  });

  it("names a missing body, a body that is not JSON, and the body's schema errors", async () => {
    const { h, token } = await withToken({});
    const url = `${SEND}?receive_id_type=chat_id`;
    expect(reason(await h.call("POST", url, { token }))).toBe("a request body is required");
    expect(reason(await h.call("POST", url, { token, raw: { text: "{", contentType: "application/json" } }))).toBe("the body is not valid JSON");
    const schema = await h.call("POST", url, { token, body: { receive_id: "oc_1", msg_type: "text" } });
    expect(schema.body.code).toBe(230001);
    expect(reason(schema)).toBe("body(root) must have required property 'content'");
  });

  it("answers DingTalk's invalid parameters with 40035 on HTTP 200", async () => {
    const h = harness();
    const answer = await h.call("GET", "/gettoken");
    expect(answer.status).toBe(200);
    expect(answer.body.errcode).toBe(40035);
    expect(reason(answer)).toBe("query parameter appkey is required");
    expect(reason(await h.call("GET", "/gettoken?appkey=k"))).toBe("query parameter appsecret is required");
  });
});

describe("the live gateway's 99992402", () => {
  const live = { feishu: { gateway_errors: true } };

  it("names every failing field, parameters then the body, each in the gateway's words", async () => {
    const { h, token } = await withToken(live);
    const answer = await h.call("POST", SEND, { token, body: { uuid: "u".repeat(51), msg_type: "bogus", receive_id: 5 } });
    expect(answer.status).toBe(400);
    const violations = [
      { field: "receive_id_type", description: "receive_id_type is required" },
      { field: "content", description: "content is required" },
      { field: "receive_id", description: "receive_id must be string" },
      { field: "msg_type", description: `msg_type must be one of ${MSG_TYPES}` },
      { field: "uuid", description: "the max len is 50" },
    ];
    expect(answer.body).toEqual({
      code: 99992402,
      msg: "field validation failed",
      error: {
        log_id: answer.headers.get("x-tt-logid"),
        message: "field validation failed",
        field_violations: violations,
        troubleshooter: expect.stringContaining("&code=99992402"),
      },
    });
    expect(reason(answer)).toBe(`the gateway refused: ${violations.map((v) => v.description).join("; ")}`);
  });

  it("says the min and max values and lengths, a required body, and a body of the wrong type", async () => {
    const { h, token } = await withToken(live);
    const fields = async (method: string, path: string, options = {}) => (await h.call(method, path, { token, ...options })).body.error.field_violations;
    expect(await fields("GET", `${READ_USERS}?user_id_type=open_id&page_size=0`)).toEqual([{ field: "page_size", description: "the min value is 1" }]);
    expect(await fields("GET", `${READ_USERS}?user_id_type=open_id&page_size=101`)).toEqual([{ field: "page_size", description: "the max value is 100" }]);
    expect(await fields("GET", `${READ_USERS}?page_size=abc`)).toEqual([
      { field: "user_id_type", description: "user_id_type is required" },
      { field: "page_size", description: "page_size must be integer" },
    ]);
    expect(await fields("POST", `${SEND}?receive_id_type=bogus`, { body: { receive_id: "oc_1", msg_type: "text", content: '{"text":"hi"}' } })).toEqual([
      { field: "receive_id_type", description: `receive_id_type must be one of ${ID_TYPES}` },
    ]);
    expect(await fields("POST", `${SEND}?receive_id_type=chat_id`, { body: { receive_id: "", msg_type: "text", content: "" } })).toEqual([
      { field: "receive_id", description: "the min len is 1" },
      { field: "content", description: "the min len is 1" },
    ]);
    expect(await fields("POST", `${SEND}?receive_id_type=chat_id`)).toEqual([{ field: "body", description: "body is required" }]);
    expect(await fields("POST", `${SEND}?receive_id_type=chat_id`, { body: [] })).toEqual([{ field: "", description: " must be object" }]);
  });

  it("leaves a body that is not JSON, and the fields the endpoint judges, to the endpoint", async () => {
    const { h, token } = await withToken(live);
    const broken = await h.call("POST", `${SEND}?receive_id_type=chat_id`, { token, raw: { text: "{", contentType: "application/json" } });
    expect(broken.body.code).toBe(230001);
    expect(reason(broken)).toBe("the body is not valid JSON");
    // But a gateway-checked parameter still answers first.
    const both = await h.call("POST", SEND, { token, raw: { text: "{", contentType: "application/json" } });
    expect(both.body.code).toBe(99992402);
    expect(both.body.error.field_violations).toEqual([{ field: "receive_id_type", description: "receive_id_type is required" }]);
    // message_id is the endpoint's: 230001 with the pattern, not a field violation.
    const path = await h.call("GET", "/open-apis/im/v1/messages/bad/read_users?user_id_type=open_id", { token });
    expect(path.body.code).toBe(230001);
    expect(reason(path)).toMatch(/^message_id: /);
  });

  it("is the endpoint's check for DingTalk, gateway errors or not", async () => {
    const h = harness(live);
    const answer = await h.call("GET", "/gettoken?appkey=k");
    expect(answer.body.errcode).toBe(40035);
    expect(reason(answer)).toBe("query parameter appsecret is required");
  });
});

describe("the reason", () => {
  it("is cut to 300 characters, the endpoint's and the gateway's", async () => {
    const body = { receive_id: 5, msg_type: 5, content: 5, uuid: 5, root_id: 5, reply_in_thread: 5, card: 5 };
    const documented = await withToken({});
    const business = reason(await documented.h.call("POST", "/open-apis/message/v4/batch_send/", {
      token: documented.token,
      body: { msg_type: 5, content: 5, card: 5, open_ids: 5, user_ids: 5, department_ids: 5, union_ids: 5, root_id: 5 },
    }))!;
    expect(business).toHaveLength(300);
    expect(business.startsWith("body/msg_type must be string; body/msg_type must be equal to one of the allowed values")).toBe(true);
    const live = await withToken({ feishu: { gateway_errors: true } });
    // msg_type 5 fails both its type and its enum: the whole reason is well past 300 characters (325).
    const gateway = reason(await live.h.call("POST", `${SEND}?receive_id_type=bogus`, { token: live.token, body: { ...body, content: undefined, uuid: "u".repeat(60) } }))!;
    expect(gateway).toHaveLength(300);
    expect(gateway.startsWith(`the gateway refused: receive_id_type must be one of ${ID_TYPES}; content is required; receive_id must be string`)).toBe(true);
  });
});
