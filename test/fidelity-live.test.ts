// `fidelity: live` (the default), point by point, against the documents' reading (`fidelity: documented`) where
// they differ: tokens on the wall clock, the Feishu gateway's 99991672 / 99992402, today's message ids, DingTalk's
// TOP gateway (88-wrapped auth errors, Chinese errmsg, number strings, access_token in a form body), a DingTalk
// recall stopping the send, and message content checked against its msg_type.
import { beforeEach, describe, expect, it } from "vitest";
import { DAY, DINGTALK_APP, FEISHU_APP, HOUR, harness, MINUTE, type Harness } from "./helpers/mock-harness.js";

const SEND = "/open-apis/im/v1/messages";
const progress = (id: string) => `/open-apis/im/v1/batch_messages/${id}/get_progress`;
const readUsers = (id: string, query: string) => `/open-apis/im/v1/messages/${id}/read_users?${query}`;
const UNKNOWN_BM = `bm-${"0".repeat(32)}`;
const NOSCOPE = { app_id: "cli_000000000000n05c", app_secret: "s2" };

/** A harness under a profile, with a wall clock the test moves by hand (nothing sleeps). */
function world(fidelity: "live" | "documented", config: Record<string, any> = {}) {
  const wall = { now: Date.parse("2026-03-02T01:00:00.000Z") };
  const h = harness({ fidelity, ...config }, () => wall.now);
  const chat = async (name: string) => (await h.directory()).chats.find((c: any) => c.name.startsWith(name)).chat_id as string;
  const dt = (op: string, body: unknown, token: string | null) =>
    h.call("POST", `/topapi/message/corpconversation/${op}${token === null ? "" : `?access_token=${token}`}`, { body });
  return { h, wall, chat, dt };
}

describe("tokens live the lifetime the client was told, on the wall clock", () => {
  it("survive any move of the mock's clock, and expire after 7200 s of real time, saying when", async () => {
    const { h, wall } = world("live");
    const token = await h.feishuToken();
    h.advance(31 * DAY);
    expect((await h.call("GET", progress(UNKNOWN_BM), { token })).body.code).toBe(230030);
    // The control API's view agrees: still valid, expiring 7200 s of real time after it was issued.
    const listed = (await h.control("GET", "/state?limit=0")).body.tokens;
    expect(listed.expire_on).toBe("wall");
    expect(listed.feishu.map((t: any) => t.expires_at)).toEqual(["2026-03-02T03:00:00.000Z"]);
    wall.now += 7199_000;
    expect((await h.call("GET", progress(UNKNOWN_BM), { token })).body.code).toBe(230030);
    wall.now += 2_000;
    const expired = await h.call("GET", progress(UNKNOWN_BM), { token });
    expect(expired.body.code).toBe(99991663);
    expect(expired.headers.get("x-mock-error-reason")).toMatch(/^the token expired at 2026-03-02T03:00:00\.000Z \(wall clock; tokens\.expire_on: wall\)$/);
    // The `expire` the client is told counts the same clock.
    expect((await h.call("POST", "/open-apis/auth/v3/tenant_access_token/internal", { body: FEISHU_APP })).body.expire).toBe(7200);
  });

  it("count mock time with tokens.expire_on: mock (the documents' reading)", async () => {
    const { h } = world("documented");
    const token = await h.feishuToken();
    h.advance(2 * HOUR + 1);
    const answer = await h.call("GET", progress(UNKNOWN_BM), { token });
    expect(answer.body.code).toBe(99991663);
    expect(answer.headers.get("x-mock-error-reason")).toMatch(/\(mock clock; tokens\.expire_on: mock\)$/);
  });

  it("end on purpose with POST /__mock/tokens/expire, per app or all, and the refusal says so", async () => {
    const { h, dt } = world("live");
    const feishu = await h.feishuToken();
    const dingtalk = await h.dingtalkToken();
    expect((await h.control("POST", "/tokens/expire", { app: DINGTALK_APP.appkey })).body).toEqual({ expired: { feishu: 0, dingtalk: 1 } });
    expect((await h.call("GET", progress(UNKNOWN_BM), { token: feishu })).body.code).toBe(230030);
    const stale = await dt("getsendprogress", { agent_id: DINGTALK_APP.agent_id, task_id: 1 }, dingtalk);
    expect(stale.body).toMatchObject({ errcode: 88, sub_code: "40014" });
    expect(stale.headers.get("x-mock-error-reason")).toMatch(/expired on purpose/);
    expect((await h.control("POST", "/tokens/expire", {})).body).toEqual({ expired: { feishu: 1, dingtalk: 0 } });
    expect((await h.call("GET", progress(UNKNOWN_BM), { token: feishu })).body.code).toBe(99991663);
    // A fresh token afterwards is a new one, and works.
    const fresh = await h.feishuToken();
    expect(fresh).not.toBe(feishu);
    expect((await h.call("GET", progress(UNKNOWN_BM), { token: fresh })).body.code).toBe(230030);
  });

  it("refuses a bad expire call whole, with a reason", async () => {
    const { h } = world("live");
    for (const body of [{ vendor: "wechat" }, { app: "cli_nobody" }, { app: 7 }, { everything: true }]) {
      const answer = await h.control("POST", "/tokens/expire", body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error).toEqual(expect.any(String));
    }
  });

  it("say why a token is refused: missing, malformed, unknown, the other vendor's, of an app that is gone", async () => {
    const { h, dt } = world("live");
    const dingtalk = await h.dingtalkToken();
    const reason = async (headers: Record<string, string>) =>
      (await h.call("GET", progress(UNKNOWN_BM), { headers })).headers.get("x-mock-error-reason");
    expect(await reason({})).toMatch(/^no Authorization header/);
    expect(await reason({ authorization: "Token abc" })).toMatch(/not of the form Bearer/);
    expect(await reason({ authorization: "Bearer t-nothing" })).toMatch(/no such tenant_access_token/);
    expect(await reason({ authorization: `Bearer ${dingtalk}` })).toBe("this is a DingTalk access_token, not a Feishu tenant_access_token");
    await h.control("POST", "/apps", { vendor: "feishu", ...NOSCOPE });
    const gone = await h.feishuToken(NOSCOPE);
    await h.control("DELETE", `/apps/${NOSCOPE.app_id}`);
    expect(await reason({ authorization: `Bearer ${gone}` })).toBe(`the token was issued to app ${NOSCOPE.app_id}, which this mock no longer has`);
    const feishu = await h.feishuToken();
    const onDingtalk = await dt("getsendprogress", { agent_id: DINGTALK_APP.agent_id, task_id: 1 }, feishu);
    expect(onDingtalk.headers.get("x-mock-error-reason")).toBe("this is a Feishu tenant_access_token, not a DingTalk access_token");
  });
});

describe("the Feishu gateway answers before the endpoint", () => {
  let w: ReturnType<typeof world>;
  let token: string;
  beforeEach(async () => {
    w = world("live");
    token = await w.h.feishuToken();
  });

  it("a missing scope: HTTP 400 99991672 naming the scopes, with the grant link and error.permission_violations", async () => {
    await w.h.control("POST", "/apps", { vendor: "feishu", ...NOSCOPE, scopes: ["im:message"] });
    const answer = await w.h.call("GET", progress(UNKNOWN_BM), { token: await w.h.feishuToken(NOSCOPE) });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe(99991672);
    expect(answer.body.msg).toBe(
      "Access denied. One of the following scopes is required: [im:message:send_multi_depts, im:message:send_multi_users]." +
        "应用尚未开通所需的应用身份权限：[im:message:send_multi_depts, im:message:send_multi_users]，点击链接申请并开通任一权限即可：" +
        `https://open.feishu.cn/app/${NOSCOPE.app_id}/auth?q=im:message:send_multi_depts,im:message:send_multi_users&op_from=openapi&token_type=tenant`,
    );
    expect(answer.body.error.permission_violations.map((v: any) => [v.type, v.subject])).toEqual([
      ["action_scope_required", "im:message:send_multi_depts"],
      ["action_scope_required", "im:message:send_multi_users"],
    ]);
    expect(answer.body.error.message).toBe(answer.body.msg);
  });

  it("a field scope (user_id_type=user_id without contact:user.employee_id:readonly) too", async () => {
    await w.h.control("POST", "/apps", { vendor: "feishu", ...NOSCOPE, scopes: ["im:message"] });
    const message = await w.h.call("POST", `${SEND}?receive_id_type=chat_id`, {
      token,
      body: { receive_id: await w.chat("Product"), msg_type: "text", content: '{"text":"hi"}' },
    });
    const answer = await w.h.call("GET", readUsers(message.body.data.message_id, "user_id_type=user_id"), { token: await w.h.feishuToken(NOSCOPE) });
    expect(answer.body.code).toBe(99991672);
    expect(answer.body.error.permission_violations.map((v: any) => v.subject)).toEqual(["contact:user.employee_id:readonly"]);
  });

  it("a missing or invalid gateway-checked field: 99992402 naming every field in error.field_violations", async () => {
    const body = { receive_id: await w.chat("Product"), msg_type: "text", content: '{"text":"hi"}', uuid: "u".repeat(51) };
    const answer = await w.h.call("POST", SEND, { token, body });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 99992402, msg: "field validation failed" });
    expect(answer.body.error.field_violations).toEqual([
      { field: "receive_id_type", description: "receive_id_type is required" },
      { field: "uuid", description: "the max len is 50" },
    ]);
    const message = (await w.h.call("POST", `${SEND}?receive_id_type=chat_id`, { token, body: { ...body, uuid: "u" } })).body.data.message_id;
    const pages = [
      ["page_size=101", "page_size", "the max value is 100"],
      ["page_size=0", "page_size", "the min value is 1"],
      ["page_size=abc", "page_size", "page_size must be integer"],
      ["", "user_id_type", "user_id_type is required"],
    ] as const;
    for (const [query, field, description] of pages) {
      const refused = await w.h.call("GET", readUsers(message, query ? `user_id_type=open_id&${query}` : "page_size=5"), { token });
      expect(refused.body.code, query).toBe(99992402);
      expect(refused.body.error.field_violations).toEqual([{ field, description }]);
    }
  });

  it("what only the endpoint can judge stays its own: an unknown message, a foreign page_token (230001)", async () => {
    const unknown = await w.h.call("GET", readUsers(`om_x100b${"0".repeat(27)}`, "user_id_type=open_id"), { token });
    expect(unknown.body.code).toBe(230001);
    expect(unknown.headers.get("x-mock-error-reason")).toBe("no message with this message_id");
  });

  it("documented: the endpoint's 230027 and 230001 for the same requests", async () => {
    const d = world("documented");
    await d.h.control("POST", "/apps", { vendor: "feishu", ...NOSCOPE, scopes: ["im:message"] });
    expect((await d.h.call("GET", progress(UNKNOWN_BM), { token: await d.h.feishuToken(NOSCOPE) })).body.code).toBe(230027);
    const dToken = await d.h.feishuToken();
    const noType = await d.h.call("POST", SEND, { token: dToken, body: { receive_id: await d.chat("Product"), msg_type: "text", content: '{"text":"x"}' } });
    expect(noType.body.code).toBe(230001);
    expect(noType.body.error.field_violations).toBeUndefined();
  });
});

describe("message ids and content", () => {
  it("issues om_x100b + 27 hex (live) or om_ + 32 hex (documented); pages read receipts of both", async () => {
    for (const [fidelity, pattern] of [["live", /^om_x100b[0-9a-f]{27}$/], ["documented", /^om_[0-9a-f]{32}$/]] as const) {
      const { h, chat } = world(fidelity);
      const token = await h.feishuToken();
      const sent = await h.call("POST", `${SEND}?receive_id_type=chat_id`, { token, body: { receive_id: await chat("Engineering"), msg_type: "text", content: '{"text":"x"}' } });
      const id = sent.body.data.message_id as string;
      expect(id).toMatch(pattern);
      h.advance(10 * MINUTE);
      const first = await h.call("GET", readUsers(id, "user_id_type=open_id&page_size=3"), { token });
      expect(first.body.data.has_more).toBe(true);
      const second = await h.call("GET", readUsers(id, `user_id_type=open_id&page_size=3&page_token=${first.body.data.page_token}`), { token });
      expect(second.body.code).toBe(0);
      expect(second.body.data.items[0].user_id).not.toBe(first.body.data.items[0].user_id);
    }
  });

  it("lets a fault rule name a message id of today's form", async () => {
    const { h, chat } = world("live");
    const token = await h.feishuToken();
    const id = (await h.call("POST", `${SEND}?receive_id_type=chat_id`, { token, body: { receive_id: await chat("Product"), msg_type: "text", content: '{"text":"x"}' } })).body.data.message_id;
    expect(id).toMatch(/^om_x100b/);
    expect((await h.control("POST", "/faults", { id, error_code: 230110, count: 1 })).status).toBe(201);
    expect((await h.call("GET", readUsers(id, "user_id_type=open_id"), { token })).body.code).toBe(230110);
    expect((await h.call("GET", readUsers(id, "user_id_type=open_id"), { token })).body.code).toBe(0);
  });

  it("checks a message's content against its msg_type's contentSchema (230001), as the endpoint parses it", async () => {
    const { h, chat } = world("live");
    const token = await h.feishuToken();
    const send = async (msg_type: string, content: string) =>
      (await h.call("POST", `${SEND}?receive_id_type=chat_id`, { token, body: { receive_id: await chat("Product"), msg_type, content } }));
    for (const [type, content] of [["text", "[1,2]"], ["text", "{}"], ["text", '{"image_key":"img_1"}'], ["image", '{"text":"x"}'], ["post", "{}"]]) {
      const answer = await send(type!, content!);
      expect(answer.body.code, `${type} ${content}`).toBe(230001);
      expect(answer.headers.get("x-mock-error-reason"), `${type} ${content}`).toMatch(/content/);
    }
    for (const [type, content] of [["text", '{"text":"hi"}'], ["image", '{"image_key":"img_v2_1"}'], ["post", '{"zh_cn":{"title":"t","content":[[{"tag":"text","text":"x"}]]}}'], ["interactive", '{"elements":[]}']]) {
      expect((await send(type!, content!)).body.code, `${type} ${content}`).toBe(0);
    }
  });

  it("batch send pairs msg_type with its content: image with a text content is 10003", async () => {
    const { h } = world("live");
    const token = await h.feishuToken();
    const send = (body: Record<string, unknown>) => h.call("POST", "/open-apis/message/v4/batch_send/", { token, body: { department_ids: ["sales"], ...body } });
    expect((await send({ msg_type: "image", content: { text: "x" } })).body.code).toBe(10003);
    expect((await send({ msg_type: "share_chat", content: { text: "x" } })).body.code).toBe(10003);
    expect((await send({ msg_type: "image", content: { image_key: "img_v2_1" } })).body.code).toBe(0);
  });
});

describe("DingTalk as the TOP gateway answers", () => {
  const A = DINGTALK_APP.agent_id;
  const text = { msgtype: "text", text: { content: "x" } };

  it("wraps auth errors as 88 with sub_code / sub_msg, errmsg folding both in; plain 41001 / 40014 when documented", async () => {
    const { h, dt } = world("live");
    await h.dingtalkToken();
    expect((await dt("getsendprogress", { agent_id: A, task_id: 1 }, null)).body).toMatchObject({
      errcode: 88,
      sub_code: "40000",
      sub_msg: "access_token is blank",
      errmsg: "ding talk error[subcode=40000,submsg=access_token is blank]",
    });
    expect((await dt("getsendprogress", { agent_id: A, task_id: 1 }, "bad")).body).toMatchObject({
      errcode: 88,
      sub_code: "40014",
      errmsg: "ding talk error[subcode=40014,submsg=不合法的access_token]",
    });
    const d = world("documented");
    expect((await d.dt("getsendprogress", { agent_id: A, task_id: 1 }, null)).body).toMatchObject({ errcode: 41001, errmsg: "Missing access_token parameter" });
    expect((await d.dt("getsendprogress", { agent_id: A, task_id: 1 }, "bad")).body).toMatchObject({ errcode: 40014 });
  });

  it("answers the live Chinese errmsg", async () => {
    const { h, dt } = world("live");
    const answer = await dt("getsendprogress", { agent_id: A, task_id: 1 }, await h.dingtalkToken());
    expect(answer.body).toMatchObject({ errcode: 40035, errmsg: "不合法的参数" });
  });

  it("takes numbers sent as strings, and access_token in a form body (live); refuses the strings when documented", async () => {
    const { h, dt } = world("live");
    const token = await h.dingtalkToken();
    const sent = await dt("asyncsend_v2", { agent_id: String(A), dept_id_list: "100001", to_all_user: "false", msg: text }, token);
    expect(sent.body.errcode).toBe(0);
    const taskId = sent.body.task_id as number;
    expect((await dt("getsendprogress", { agent_id: String(A), task_id: String(taskId) }, token)).body.errcode).toBe(0);
    const form = await h.call("POST", "/topapi/message/corpconversation/getsendprogress", {
      raw: { text: `access_token=${token}&agent_id=${A}&task_id=${taskId}`, contentType: "application/x-www-form-urlencoded" },
    });
    expect(form.body.errcode).toBe(0);

    const d = world("documented");
    const dToken = await d.h.dingtalkToken();
    const refused = await d.dt("asyncsend_v2", { agent_id: String(A), dept_id_list: "100001", msg: text }, dToken);
    expect(refused.body.errcode).toBe(40035);
    const noQueryToken = await d.h.call("POST", "/topapi/message/corpconversation/getsendprogress", {
      raw: { text: `access_token=${dToken}&agent_id=${A}&task_id=1`, contentType: "application/x-www-form-urlencoded" },
    });
    expect(noQueryToken.body.errcode).toBe(41001);
  });

  it("a recall stops what was still being sent: nobody more is reached, and the task is done", async () => {
    const { h, dt } = world("live");
    const token = await h.dingtalkToken();
    // Recall mid-send: step the clock until some, not all, of the department (20 users) has been reached.
    const taskId = (await dt("asyncsend_v2", { agent_id: A, dept_id_list: "100001", msg: text }, token)).body.task_id;
    let before = { status: 0, progress_in_percent: 0 };
    for (let steps = 0; steps < 40 && !(before.status === 1 && before.progress_in_percent >= 20); steps++) {
      h.advance(100);
      before = (await dt("getsendprogress", { agent_id: A, task_id: taskId }, token)).body.progress;
    }
    expect(before.status).toBe(1);
    expect(before.progress_in_percent).toBeLessThan(100);
    const reached = async () => {
      const r = (await dt("getsendresult", { agent_id: A, task_id: taskId }, token)).body.send_result;
      return r.read_user_id_list.length + r.unread_user_id_list.length;
    };
    expect((await dt("recall", { agent_id: A, msg_task_id: taskId }, token)).body.errcode).toBe(0);
    const atRecall = await reached();
    expect(atRecall).toBeGreaterThan(0);
    expect(atRecall).toBeLessThan(20);
    h.advance(HOUR);
    expect(await reached()).toBe(atRecall);
    expect((await dt("getsendprogress", { agent_id: A, task_id: taskId }, token)).body.progress).toEqual({ progress_in_percent: 100, status: 2 });
  });
});

describe("the spec describes the vendor, the mock the full answer", () => {
  it("accepts page_token \"\" on a last page (some Feishu list APIs send it), never with has_more, and the mock omits it", async () => {
    const { SpecValidator, getOperation } = await import("../spec/index.js");
    const validator = new SpecValidator();
    const op = getOperation("listMessageReadUsers");
    const page = (data: Record<string, unknown>) => ({ code: 0, msg: "success", data: { items: [], ...data } });
    expect(validator.validateResponse(op, 200, page({ has_more: false, page_token: "" })).valid).toBe(true);
    expect(validator.validateResponse(op, 200, page({ has_more: false })).valid).toBe(true);
    expect(validator.validateResponse(op, 200, page({ has_more: true, page_token: "" })).valid).toBe(false);
    expect(validator.validateResponse(op, 200, page({ has_more: false, page_token: "abc" })).valid).toBe(false);
    const { h, chat } = world("live");
    const token = await h.feishuToken();
    const id = (await h.call("POST", `${SEND}?receive_id_type=chat_id`, { token, body: { receive_id: await chat("Product"), msg_type: "text", content: '{"text":"x"}' } })).body.data.message_id;
    h.advance(HOUR);
    const last = await h.call("GET", readUsers(id, "user_id_type=open_id&page_size=100"), { token });
    expect(last.body.data.has_more).toBe(false);
    expect("page_token" in last.body.data).toBe(false);
  });
});

describe("the request log", () => {
  it("carries the refusal's reason", async () => {
    const entries: { reason?: string; code?: number }[] = [];
    const { createMockApp } = await import("../mock-server/index.js");
    const mock = createMockApp({ config: { time: { frozen: true } }, log: (e) => entries.push(e) });
    await mock.fetch(`http://mock${progress(UNKNOWN_BM)}`, { headers: { authorization: "Bearer t-nothing" } });
    expect(entries.at(-1)).toMatchObject({ code: 99991663, reason: expect.stringMatching(/no such tenant_access_token/) });
  });
});
