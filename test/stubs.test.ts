// Stubs for what the mock does not model: config and control API, matching, templating, the same vendor auth as the
// modelled routes, delay, the journal; and the gateway's 404 with the nearest modelled operations for the rest.
import { describe, expect, it } from "vitest";
import { createMockApp, type RequestLogEntry } from "../mock-server/index.js";
import { DINGTALK_APP, harness } from "./helpers/mock-harness.js";

const reply = {
  id: "reply",
  method: "POST",
  path: "/open-apis/im/v1/messages/:message_id/reply",
  response: {
    body: {
      code: 0,
      msg: "success",
      data: { message_id: "om_{{hex:32}}", parent_id: "{{path.message_id}}", msg_type: "{{body.msg_type}}", sender: { id: "{{app}}" }, n: "{{count}}" },
    },
  },
};

describe("stubs", () => {
  it("answer from the config, templated, behind the Feishu tenant token, and are journaled", async () => {
    const h = harness({ stubs: [reply] });
    const path = "/open-apis/im/v1/messages/om_123/reply";
    const body = { msg_type: "text", content: JSON.stringify({ text: "ok" }) };
    const missing = await h.call("POST", path, { body });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ code: 99991661 });
    expect(missing.body.error.log_id).toBe(missing.headers.get("x-tt-logid"));
    expect((await h.call("POST", path, { body, token: "t-nope" })).body.code).toBe(99991663);

    const token = await h.feishuToken();
    const first = await h.call("POST", path, { body, token });
    const second = await h.call("POST", path, { body, token });
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({ parent_id: "om_123", msg_type: "text", sender: { id: "cli_9f0a1b2c3d4e5f60" }, n: 1 });
    expect(first.body.data.message_id).toMatch(/^om_[0-9a-f]{32}$/);
    expect(second.body.data.message_id).not.toBe(first.body.data.message_id);
    expect(second.body.data.n).toBe(2);
    const [entry] = h.mock.journal.list({ operation: "stub:reply" }).requests;
    expect(entry).toMatchObject({ status: 200, code: 0, app: "cli_9f0a1b2c3d4e5f60", body, path });
  });

  it("are added, listed, replaced and removed through /__mock/stubs, and match method, query and body", async () => {
    const h = harness();
    const userGet = {
      id: "user-get",
      method: "GET",
      path: "/topapi/v2/user/get",
      query: { language: "zh_CN" },
      response: { body: { errcode: 0, errmsg: "ok", result: { userid: "{{query.userid}}", name: "Zhang San" }, request_id: "{{request_id}}" } },
    };
    expect((await h.control("POST", "/stubs", userGet)).status).toBe(201);
    expect((await h.control("POST", "/stubs", { path: "/topapi/v2/user/get", method: "POST", body: { userid: "u1" }, response: { body: { errcode: 0, who: "{{body.userid}}" } } })).body.id).toBe("stub-1");
    expect((await h.control("GET", "/stubs")).body.stubs.map((s: { id: string; auth: string }) => [s.id, s.auth])).toEqual([
      ["user-get", "dingtalk"],
      ["stub-1", "dingtalk"],
    ]);
    const access = await h.dingtalkToken();
    expect((await h.call("GET", "/topapi/v2/user/get?userid=u9&language=zh_CN")).body).toMatchObject({ errcode: 41001 });
    const got = await h.call("GET", `/topapi/v2/user/get?access_token=${access}&userid=u9&language=zh_CN`);
    expect(got.body).toMatchObject({ errcode: 0, result: { userid: "u9" } });
    expect(got.body.request_id).toMatch(/^[0-9a-z]{12}$/);
    expect((await h.call("GET", `/topapi/v2/user/get?access_token=${access}&userid=u9&language=en_US`)).status).toBe(404);
    expect((await h.call("POST", `/topapi/v2/user/get?access_token=${access}`, { body: { userid: "u1", extra: 1 } })).body.who).toBe("u1");
    expect((await h.call("POST", `/topapi/v2/user/get?access_token=${access}`, { body: { userid: "u2" } })).status).toBe(404);

    const replaced = await h.control("POST", "/stubs", { ...userGet, query: undefined, response: { status: 503, headers: { "retry-after": "1" }, body: { errcode: -1 } } });
    expect(replaced.status).toBe(200);
    const down = await h.call("GET", `/topapi/v2/user/get?access_token=${access}&userid=u9`);
    expect([down.status, down.headers.get("retry-after"), down.body.errcode]).toEqual([503, "1", -1]);
    expect((await h.control("DELETE", "/stubs/user-get")).body).toEqual({ deleted: "user-get" });
    expect((await h.control("DELETE", "/stubs/user-get")).status).toBe(404);
    expect((await h.call("GET", `/topapi/v2/user/get?access_token=${access}&userid=u9`)).status).toBe(404);
    await h.control("POST", "/reset");
    expect((await h.control("GET", "/stubs")).body.stubs).toEqual([]);
  });

  it("refuse a bad stub clearly, and come after the modelled operations", async () => {
    const h = harness();
    for (const [bad, why] of [
      [{ method: "GET" }, /path/],
      [{ path: "no-slash" }, /path/],
      [{ path: "/x", response: { status: 99 } }, /status/],
      [{ path: "/x", delay_ms: -1 }, /delay_ms/],
      [{ path: "/x", colour: "red" }, /colour/],
      [{ path: "/x", response: { headers: { "x-name": "张三" } } }, /response\.headers cannot be sent/],
    ] as const) {
      const answer = await h.control("POST", "/stubs", bad);
      expect(answer.status, JSON.stringify(bad)).toBe(400);
      expect(answer.body.error).toMatch(why);
    }
    expect(() => createMockApp({ config: { stubs: [{ path: "/x", auth: "both" as "none" }] } })).toThrow(/auth/);
    // A stub on a modelled route never shadows it.
    await h.control("POST", "/stubs", { path: "/gettoken", auth: "none", response: { body: { errcode: 0, access_token: "stubbed" } } });
    expect((await h.call("GET", `/gettoken?appkey=${DINGTALK_APP.appkey}&appsecret=${DINGTALK_APP.appsecret}`)).body.access_token).not.toBe("stubbed");
  });

  it("wait out their delay before answering", async () => {
    const h = harness({ stubs: [{ path: "/slow", auth: "none", delay_ms: 40, response: { body: { ok: true } } }] });
    expect((await h.call("GET", "/slow")).body).toEqual({ ok: true });
    expect(h.mock.journal.list().requests[0]!.ms).toBeGreaterThanOrEqual(39);
  });
});

describe("what nothing answers", () => {
  it("keeps the gateway's 404 body, names the nearest modelled operations and logs 'not modelled'", async () => {
    const log: RequestLogEntry[] = [];
    const mock = createMockApp({ log: (e) => log.push(e) });
    const missing = await mock.fetch("http://mock.test/open-apis/im/v1/batch_message/bm-1/get_progress");
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe("404 page not found");
    const reason = missing.headers.get("x-mock-error-reason")!;
    expect(reason).toMatch(/^not modelled: no operation or stub answers GET \/open-apis\/im\/v1\/batch_message\/bm-1\/get_progress; nearest modelled: /);
    expect(reason.split("nearest modelled: ")[1]!.split(", ")[0]).toBe("GET /open-apis/im/v1/batch_messages/{batch_message_id}/get_progress (getBatchMessageProgress)");
    const wrongMethod = await mock.fetch("http://mock.test/open-apis/message/v4/batch_send/");
    expect(wrongMethod.headers.get("x-mock-error-reason")).toContain("this path is modelled for POST /open-apis/message/v4/batch_send/ (batchSendMessage)");
    for (const path of ["/%E8%B7%AF%E5%BE%84", "/a%0d%0ab", "/open-apis/x%00"]) {
      const odd = await mock.fetch(`http://mock.test${path}`);
      expect([odd.status, await odd.text()]).toEqual([404, "404 page not found"]);
      expect(odd.headers.get("x-mock-error-reason")).toContain(`answers GET ${path};`);
    }
    expect(mock.selfCheckFailures).toEqual([]);
    expect(log.map((e) => e.notModelled)).toEqual([true, true, true, true, true]);
    const journaled = mock.journal.list({ operation: "not_modelled" }).requests.find((e) => e.path === "/open-apis/message/v4/batch_send/");
    expect(journaled!.reason).toBe(wrongMethod.headers.get("x-mock-error-reason"));
  });

  it("GET /__mock lists the control API", async () => {
    const h = harness();
    const { body } = await h.control("GET", "");
    const names = body.routes.map((r: { method: string; path: string }) => `${r.method} ${r.path}`);
    for (const route of ["POST /__mock/reset", "GET /__mock/requests", "DELETE /__mock/requests", "GET /__mock/stubs", "POST /__mock/stubs", "DELETE /__mock/stubs/:id", "POST /__mock/clock"]) {
      expect(names).toContain(route);
    }
    expect(body.routes.find((r: { path: string }) => r.path === "/__mock/requests").about).toContain("journal");
  });
});
