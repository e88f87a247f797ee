// The control API only its owner can drive: calls a browser could send from another site are refused, curl-like
// calls and same-origin ones are not; every call is checked whole before anything applies; the clock can go back
// only through reset, and never out of range; bodies are bounded in size and depth.
import { describe, expect, it } from "vitest";
import { harness, START } from "./helpers/mock-harness.js";

const evil = { origin: "http://evil.example", "content-type": "text/plain" };

describe("cross-site calls", () => {
  it("refuses a text/plain POST from another origin (what a web page sends without asking) and changes nothing", async () => {
    const h = harness();
    for (const [path, body] of [
      ["/reset", ""],
      ["/clock", '{"set":"2099-01-01T00:00:00Z"}'],
      ["/faults", '{"http_status":503,"count":1000}'],
      ["/apps", '{"vendor":"feishu","app_id":"cli_0000000000000e11","app_secret":"pwned"}'],
    ] as const) {
      const answer = await h.call("POST", `/__mock${path}`, { raw: { text: body, contentType: "text/plain" }, headers: { origin: evil.origin } });
      expect(answer.status, path).toBe(403);
      expect(answer.body.error).toMatch(/another web site \(Origin http:\/\/evil\.example\)/);
    }
    expect((await h.control("GET", "/clock")).body.iso).toBe(START);
    expect((await h.control("GET", "/faults")).body.faults).toEqual([]);
    expect((await h.control("GET", "/apps")).body.feishu).toHaveLength(1);
  });

  it("refuses Sec-Fetch-Site cross-site and same-site (another port of localhost), and Origin null", async () => {
    const h = harness();
    const cases: Record<string, string>[] = [{ "sec-fetch-site": "cross-site" }, { "sec-fetch-site": "same-site" }, { origin: "null" }, { origin: "http://mock.test:8080" }];
    for (const headers of cases) {
      expect((await h.call("GET", "/__mock/state", { headers })).status, JSON.stringify(headers)).toBe(403);
    }
  });

  it("takes curl-like calls (neither header), same-origin calls (the dashboard's) and typed URLs", async () => {
    const h = harness();
    expect((await h.control("POST", "/clock", { advance_ms: 1 })).status).toBe(200);
    const sameOrigin = await h.call("POST", "/__mock/clock", { body: { advance_ms: 1 }, headers: { origin: "http://mock.test", "sec-fetch-site": "same-origin" } });
    expect(sameOrigin.status).toBe(200);
    expect((await h.call("GET", "/__mock/state", { headers: { "sec-fetch-site": "none" } })).status).toBe(200);
  });

  it("compares the control token in constant time, and still refuses a wrong one", async () => {
    const h = harness({ control: { token: "a-long-control-token" } });
    expect((await h.call("GET", "/__mock/state", { headers: { authorization: "Bearer a-long-control-tokeN" } })).status).toBe(401);
    expect((await h.call("GET", "/__mock/state", { headers: { authorization: "Bearer a" } })).status).toBe(401);
    expect((await h.call("GET", "/__mock/state", { headers: { authorization: "Bearer a-long-control-token" } })).status).toBe(200);
  });
});

describe("the clock through the control API", () => {
  it("applies nothing of a call with one bad field", async () => {
    const h = harness();
    const answer = await h.control("POST", "/clock", { scale: 60, freeze: false, advance_ms: -1 });
    expect(answer.status).toBe(400);
    expect((await h.control("GET", "/clock")).body).toMatchObject({ iso: START, scale: 1, frozen: true });
  });

  it("bounds set and advance to before 2100, so the clock cannot be parked at year 9999", async () => {
    const h = harness();
    for (const bad of [{ set: "9999-12-31T00:00:00Z" }, { set: "2100-01-01T00:00:00Z" }, { advance_ms: 1e15 }, { set: "1999-12-31T23:59:59Z" }, { set: true }]) {
      const answer = await h.control("POST", "/clock", bad);
      expect(answer.status, JSON.stringify(bad)).toBe(400);
    }
    expect((await h.control("GET", "/clock")).body.iso).toBe(START);
  });

  it("goes back through POST /__mock/reset with a clock option (the records are gone with it)", async () => {
    const h = harness();
    await h.control("POST", "/clock", { set: "2099-06-01T00:00:00Z" });
    const token = await h.feishuToken();
    const sent = await h.call("POST", "/open-apis/message/v4/batch_send/", { token, body: { msg_type: "text", content: { text: "x" }, department_ids: ["sales"] } });
    expect(sent.body.code).toBe(0);
    const reset = await h.control("POST", "/reset", { clock: { set: "2026-01-01T00:00:00Z", scale: 2, freeze: false } });
    expect(reset.status).toBe(200);
    expect(reset.body.clock).toMatchObject({ scale: 2, frozen: false });
    expect(reset.body.clock.now).toBeGreaterThanOrEqual(Date.parse("2026-01-01T00:00:00Z"));
    expect(reset.body.clock.now).toBeLessThan(Date.parse("2026-01-02T00:00:00Z"));
    expect((await h.control("GET", "/state")).body.batches.total).toBe(0);
    // A bad clock option resets nothing.
    for (const bad of [{ clock: { set: "9999-01-01T00:00:00Z" } }, { clock: 5 }, { clock: { warp: 1 } }, { everything: true }]) {
      expect((await h.control("POST", "/reset", bad)).status, JSON.stringify(bad)).toBe(400);
    }
    expect((await h.control("GET", "/clock")).body.scale).toBe(2);
  });
});

describe("control calls are validated whole", () => {
  it("PATCH /__mock/apps/:id cannot change the id", async () => {
    const h = harness();
    const answer = await h.control("PATCH", "/apps/cli_9f0a1b2c3d4e5f60", { app_id: "cli_00000000000000aa", bot: false });
    expect(answer.status).toBe(400);
    const apps = (await h.control("GET", "/apps")).body.feishu;
    expect(apps.map((a: { app_id: string; bot: boolean }) => [a.app_id, a.bot])).toEqual([["cli_9f0a1b2c3d4e5f60", true]]);
    expect((await h.control("PATCH", "/apps/dingmockappkey000001", { appkey: "other" })).status).toBe(400);
  });

  it("refuses fault rules with fields of the wrong type or unknown fields, and keeps answering", async () => {
    const h = harness();
    for (const bad of [{ id: { deep: [1] }, http_status: 503 }, { app: 5, http_status: 503 }, { http_status: 503, extra: 1 }, { error_code: 230030.5 }]) {
      expect((await h.control("POST", "/faults", bad)).status, JSON.stringify(bad)).toBe(400);
    }
    expect((await h.control("GET", "/faults")).body).toEqual({ faults: [] });
  });
});

describe("bodies are bounded in size and depth", () => {
  const deep = (n: number) => `${'{"a":'.repeat(n)}1${"}".repeat(n)}`;

  it("answers a body nested 5,000 deep with a refusal, on vendor routes and control routes alike", async () => {
    const h = harness();
    const token = await h.feishuToken();
    const batch = await h.call("POST", "/open-apis/message/v4/batch_send/", { token, raw: { text: deep(5000), contentType: "application/json" } });
    expect(batch.body.code).toBe(10003);
    expect(batch.headers.get("x-mock-error-reason")).toMatch(/nests deeper than 100/);
    const dingtalk = await h.dingtalkToken();
    const send = await h.call("POST", `/topapi/message/corpconversation/asyncsend_v2?access_token=${dingtalk}`, { raw: { text: deep(5000), contentType: "application/json" } });
    expect(send.body.errcode).toBe(40035);
    const fault = await h.call("POST", "/__mock/faults", { raw: { text: `{"http_status":503,"id":${deep(5000)}}`, contentType: "application/json" } });
    expect(fault.status).toBe(400);
    expect(fault.body.error).toMatch(/nests deeper/);
    expect((await h.control("GET", "/faults")).status).toBe(200);
  });

  it("caps control bodies as the vendor routes are capped (413 past 1 MB)", async () => {
    const h = harness();
    const big = JSON.stringify({ vendor: "feishu", app_id: "cli_00000000000000bb", app_secret: "x".repeat(1024 * 1024) });
    const answer = await h.call("POST", "/__mock/apps", { raw: { text: big, contentType: "application/json" } });
    expect(answer.status).toBe(413);
    expect((await h.control("GET", "/apps")).body.feishu).toHaveLength(1);
  });
});
