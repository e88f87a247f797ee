// The envelope every error is answered in, exactly: Feishu's im/v1 `{code,msg,error:{log_id,troubleshooter}}` with
// the X-Tt-Logid header, the legacy `{code,msg,data:{}}` of the token and batch-send endpoints (the spec's schema
// accepts both, so only these tests tell them apart), DingTalk's `{errcode,errmsg,request_id}` on HTTP 200; the
// catalog's documented or live message; the HTTP status overrides; and the gateway's 404 for what is not modelled.
import { describe, expect, it } from "vitest";
import { getOperation } from "../spec/index.js";
import { DINGTALK_APP, FEISHU_APP, harness } from "./helpers/mock-harness.js";

const UNKNOWN = `/open-apis/im/v1/batch_messages/bm-${"0".repeat(32)}/get_progress`;
const TOKEN_PATH = "/open-apis/auth/v3/tenant_access_token/internal";
const BATCH_SEND = "/open-apis/message/v4/batch_send/";
const catalog = (operationId: string, code: number) => getOperation(operationId).errorCodes.find((e) => e.code === code)!;

describe("Feishu's im/v1 error envelope", () => {
  it("is code, msg and error {log_id, troubleshooter}, the log id also in X-Tt-Logid, a new one per request", async () => {
    const h = harness();
    const token = await h.feishuToken();
    const first = await h.call("GET", UNKNOWN, { token });
    const logId = first.headers.get("x-tt-logid")!;
    expect(logId).toMatch(/^\d{14}[0-9A-F]{20}$/);
    expect(first.status).toBe(400);
    expect(first.body).toEqual({
      code: 230030,
      msg: catalog("getBatchMessageProgress", 230030).msg,
      error: {
        log_id: logId,
        troubleshooter: `排查建议查看(Troubleshooting suggestions): https://open.feishu.cn/search?from=openapi&log_id=${logId}&code=230030`,
      },
    });
    const second = await h.call("GET", UNKNOWN, { token });
    expect(second.headers.get("x-tt-logid")).not.toBe(logId);
    expect(second.body.error.log_id).toBe(second.headers.get("x-tt-logid"));
  });

  it("carries the X-Tt-Logid on a success too", async () => {
    const h = harness();
    const answer = await h.call("POST", TOKEN_PATH, { body: FEISHU_APP });
    expect(answer.body.code).toBe(0);
    expect(answer.headers.get("x-tt-logid")).toMatch(/^\d{14}[0-9A-F]{20}$/);
  });

  it("says the documented message, or the live one where the catalog has it and the config asks", async () => {
    const path = "/open-apis/im/v1/messages?receive_id_type=chat_id";
    const raw = { text: "not json", contentType: "application/json" };
    const entry = catalog("createMessage", 230001);
    expect(entry.live_msg).toBeDefined();
    expect(entry.live_msg).not.toBe(entry.msg);

    const documented = harness();
    const answer = await documented.call("POST", path, { token: await documented.feishuToken(), raw });
    expect(answer.body.msg).toBe(entry.msg);
    const live = harness({ error_messages: "live" });
    expect((await live.call("POST", path, { token: await live.feishuToken(), raw })).body.msg).toBe(entry.live_msg);
    // A code without a live message says its documented one either way.
    const unknown = catalog("getBatchMessageProgress", 230030);
    expect(unknown.live_msg).toBeUndefined();
    expect((await live.call("GET", UNKNOWN, { token: await live.feishuToken() })).body.msg).toBe(unknown.msg);
  });
});

describe("the legacy envelope (token, batch send)", () => {
  it("answers a token error as {code, msg, data: {}} on HTTP 200, with no error object", async () => {
    const h = harness();
    const answer = await h.call("POST", TOKEN_PATH, { body: { app_id: FEISHU_APP.app_id, app_secret: "wrong" } });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ code: 10014, msg: "app secret invalid", data: {} });
    expect(answer.headers.get("x-tt-logid")).toMatch(/^\d{14}[0-9A-F]{20}$/);
    const unknownApp = await h.call("POST", TOKEN_PATH, { body: { app_id: "cli_00000000000000ff", app_secret: "x" } });
    expect(unknownApp.body).toEqual({ code: 10014, msg: catalog("createTenantAccessToken", 10014).msg_unknown_app, data: {} });
    const invalid = await h.call("POST", TOKEN_PATH, { body: { app_id: FEISHU_APP.app_id } });
    expect(invalid.body).toEqual({ code: 10003, msg: catalog("createTenantAccessToken", 10003).msg, data: {} });
  });

  it("answers a batch-send error as {code, msg, data: {}}, on HTTP 200 unless configured to answer 400", async () => {
    const h = harness();
    const body = { msg_type: "text" };
    const answer = await h.call("POST", BATCH_SEND, { token: await h.feishuToken(), body });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ code: 10003, msg: catalog("batchSendMessage", 10003).msg, data: {} });

    const overridden = harness({ feishu: { http_status_overrides: { "10003": 400 } } });
    const refused = await overridden.call("POST", BATCH_SEND, { token: await overridden.feishuToken(), body });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe(10003);
    // The override is the code's documented alternative for batch send only: the token endpoint, which
    // documents 10003 on HTTP 200 alone, keeps its 200.
    const token = await overridden.call("POST", TOKEN_PATH, { body: { app_id: FEISHU_APP.app_id } });
    expect(token.status).toBe(200);
    expect(token.body.code).toBe(10003);
  });
});

describe("DingTalk's error envelope", () => {
  it("is errcode, errmsg and request_id on HTTP 200, a new request id per request, no X-Tt-Logid", async () => {
    const h = harness();
    const first = await h.call("GET", `/gettoken?appkey=${DINGTALK_APP.appkey}&appsecret=wrong`);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ errcode: 40096, errmsg: catalog("getAccessToken", 40096).msg, request_id: expect.stringMatching(/^[0-9a-z]{12,}$/) });
    expect(first.headers.get("x-tt-logid")).toBeNull();
    const second = await h.call("GET", `/gettoken?appkey=${DINGTALK_APP.appkey}&appsecret=wrong`);
    expect(second.body.request_id).not.toBe(first.body.request_id);
  });

  it("folds an errcode 88's sub_code and sub_msg into errmsg", async () => {
    const h = harness({ dingtalk: { auth_errors: "wrapped" } });
    const answer = await h.call("POST", "/topapi/message/corpconversation/getsendprogress?access_token=0123456789abcdef0123456789abcdef", {
      body: { agent_id: DINGTALK_APP.agent_id, task_id: 1 },
    });
    expect(answer.body).toEqual({
      errcode: 88,
      errmsg: "ding talk error[subcode=40014,submsg=不合法的access_token]",
      sub_code: "40014",
      sub_msg: "不合法的access_token",
      request_id: expect.any(String),
    });
    // And the key order of the live answer: errcode, errmsg, sub_code, sub_msg, request_id.
    expect(Object.keys(answer.body)).toEqual(["errcode", "errmsg", "sub_code", "sub_msg", "request_id"]);
  });
});

describe("a path nothing answers", () => {
  it("gets the gateway's 404 page not found, the reason naming the nearest modelled operations", async () => {
    const h = harness();
    const answer = await h.call("GET", "/open-apis/nothing/here");
    expect(answer.status).toBe(404);
    expect(answer.body).toBe("404 page not found");
    expect(answer.headers.get("x-mock-error-reason")).toBe(
      "not modelled: no operation or stub answers GET /open-apis/nothing/here; nearest modelled: " +
        "POST /open-apis/im/v1/messages (createMessage), POST /open-apis/message/v4/batch_send/ (batchSendMessage), GET /gettoken (getAccessToken)",
    );
  });

  it("names the methods a modelled path does answer, with or without a trailing slash", async () => {
    const h = harness();
    const reason = "this path is modelled for GET /open-apis/im/v1/batch_messages/{batch_message_id}/get_progress (getBatchMessageProgress)";
    for (const path of ["/open-apis/im/v1/batch_messages/bm-1/get_progress", "/open-apis/im/v1/batch_messages/bm-1/get_progress/"]) {
      const answer = await h.call("POST", path);
      expect(answer.status).toBe(404);
      expect(answer.headers.get("x-mock-error-reason")).toBe(`not modelled: POST ${path}; ${reason}`);
    }
    // Another method of a path with a parameter.
    const message = await h.call("PUT", "/open-apis/im/v1/messages/om_1");
    expect(message.headers.get("x-mock-error-reason")).toBe(
      "not modelled: PUT /open-apis/im/v1/messages/om_1; this path is modelled for DELETE /open-apis/im/v1/messages/{message_id} (deleteMessage)",
    );
    // A path parameter matches one segment only, and the pattern is anchored.
    const deeper = await h.call("DELETE", "/open-apis/im/v1/messages/om_1/extra");
    expect(deeper.headers.get("x-mock-error-reason")).toMatch(/^not modelled: no operation or stub answers DELETE \/open-apis\/im\/v1\/messages\/om_1\/extra; nearest modelled: /);
    const prefixed = await h.call("GET", "/x/gettoken");
    expect(prefixed.headers.get("x-mock-error-reason")).toMatch(/^not modelled: no operation or stub answers GET \/x\/gettoken; nearest modelled: GET \/gettoken \(getAccessToken\)/);
  });

  it("shows the path percent-encoded and cuts the reason at 500 characters", async () => {
    const h = harness();
    const answer = await h.call("GET", "/open-apis/%E9%A3%9E%E4%B9%A6");
    expect(answer.headers.get("x-mock-error-reason")).toMatch(/^not modelled: no operation or stub answers GET \/open-apis\/%E9%A3%9E%E4%B9%A6; /);
    const long = await h.call("GET", `/${"a".repeat(600)}`);
    const reason = long.headers.get("x-mock-error-reason")!;
    expect(reason).toHaveLength(500);
    expect(reason.startsWith(`not modelled: no operation or stub answers GET /${"a".repeat(100)}`)).toBe(true);
  });
});
