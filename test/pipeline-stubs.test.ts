// The stub route family beyond test/stubs.test.ts: the bodies a stub sees (a form as an object, other text as
// text, none), DingTalk's auth refusal in its own envelope, the answer's status, headers and vendor code, and the
// placeholders the route fills in (now, the caller's app, log and request ids).
import { describe, expect, it } from "vitest";
import { DINGTALK_APP, harness, START } from "./helpers/mock-harness.js";

describe("a stub's view of the request", () => {
  it("reads a form body as an object, other text as text, and no body as none", async () => {
    const h = harness({
      stubs: [
        { id: "form", method: "POST", path: "/form", auth: "none", body: { userid: "u1" }, response: { body: { who: "{{body.userid}}", n: "{{count}}" } } },
        { id: "echo", method: "POST", path: "/echo", auth: "none", response: { body: { got: "{{body}}" } } },
      ],
    });
    const form = await h.call("POST", "/form", { raw: { text: "userid=u1&x=2", contentType: "application/x-www-form-urlencoded; charset=utf-8" } });
    expect(form.body).toEqual({ who: "u1", n: 1 });
    expect(h.mock.journal.list({ operation: "stub:form" }).requests[0]!.body).toEqual({ userid: "u1", x: "2" });
    // The same fields as text are not a form: the stub's body condition does not match.
    expect((await h.call("POST", "/form", { raw: { text: "userid=u1", contentType: "text/plain" } })).status).toBe(404);
    const text = await h.call("POST", "/echo", { raw: { text: "plain words", contentType: "text/plain" } });
    expect(text.body).toEqual({ got: "plain words" });
    expect(h.mock.journal.list({ operation: "stub:echo" }).requests[0]!.body).toBe("plain words");
    const none = await h.call("POST", "/echo");
    expect(none.status).toBe(200);
    expect(h.mock.journal.list({ operation: "stub:echo" }).requests[0]).not.toHaveProperty("body");
  });
});

describe("a stub behind DingTalk's token", () => {
  it("refuses a missing or unknown token in DingTalk's envelope, with no X-Tt-Logid", async () => {
    const h = harness({ stubs: [{ id: "user", path: "/topapi/v2/user/get", auth: "dingtalk", response: { body: { errcode: 0, app: "{{app}}" } } }] });
    for (const query of ["", "?access_token=0123456789abcdef0123456789abcdef"]) {
      const answer = await h.call("GET", `/topapi/v2/user/get${query}`);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ errcode: query ? 40014 : 41001, errmsg: expect.any(String), request_id: expect.stringMatching(/^[0-9a-z]{12}$/) });
      expect(answer.headers.get("x-tt-logid")).toBeNull();
    }
    expect(h.mock.journal.list({ operation: "stub:user" }).requests.map((e) => [e.code, e.app])).toEqual([
      [40014, undefined],
      [41001, undefined],
    ]);
    const token = await h.dingtalkToken();
    const answer = await h.call("GET", `/topapi/v2/user/get?access_token=${token}`);
    expect(answer.body).toEqual({ errcode: 0, app: DINGTALK_APP.appkey });
    expect(h.mock.journal.list({ operation: "stub:user" }).requests[0]).toMatchObject({ code: 0, app: DINGTALK_APP.appkey });
  });
});

describe("a stub's answer", () => {
  it("is HTTP 200 with no extra headers unless the stub says otherwise; its code or errcode is journaled when a number", async () => {
    const h = harness({
      stubs: [
        { id: "plain", path: "/plain", auth: "none", response: { body: { code: 7 } } },
        { id: "ding", path: "/ding", auth: "none", response: { body: { errcode: 40035 } } },
        { id: "text-code", path: "/text-code", auth: "none", response: { body: { code: "0" } } },
        { id: "bare", path: "/bare", auth: "none" },
      ],
    });
    const plain = await h.call("GET", "/plain");
    expect(plain.status).toBe(200);
    expect(plain.headers.get("x-tt-logid")).toBeNull();
    expect(plain.headers.get("content-type")).toMatch(/^application\/json/);
    await h.call("GET", "/ding");
    await h.call("GET", "/text-code");
    const bare = await h.call("GET", "/bare");
    expect(bare.body).toEqual({});
    expect(h.mock.journal.list().requests.map((e) => [e.operation, e.code])).toEqual([
      ["stub:bare", undefined],
      ["stub:text-code", undefined],
      ["stub:ding", 40035],
      ["stub:plain", 7],
    ]);
  });

  it("fills in the mock time, the caller's app only when authenticated, and fresh log and request ids", async () => {
    const h = harness({
      stubs: [
        { id: "open", path: "/open", auth: "none", response: { body: { now: "{{now}}", at: "{{now_iso}}", app: "{{app}}", log: "{{log_id}}", req: "{{request_id}}" } } },
      ],
    });
    h.advance(2500);
    const first = (await h.call("GET", "/open")).body;
    expect(first.now).toBe(Date.parse(START) + 2500);
    expect(first.at).toBe("2026-03-02T01:00:02.500Z");
    expect(first.app).toBe("{{app}}"); // no app to fill in: left as written
    expect(first.log).toMatch(/^\d{14}[0-9A-F]{20}$/);
    expect(first.req).toMatch(/^[0-9a-z]{12}$/);
    const second = (await h.call("GET", "/open")).body;
    expect(second.log).not.toBe(first.log);
    expect(second.req).not.toBe(first.req);
  });
});
