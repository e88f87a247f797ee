// Feishu tenant tokens on the mock: issue, re-issue, expiry, and every way a call can fail authentication.
import { describe, expect, it } from "vitest";
import { FEISHU_APP, harness, HOUR, MINUTE } from "./helpers/mock-harness.js";

const TOKEN = "/open-apis/auth/v3/tenant_access_token/internal";
const progressOf = (id: string) => `/open-apis/im/v1/batch_messages/${id}/get_progress`;
const UNKNOWN_BATCH = `bm-${"0".repeat(32)}`;

describe("Feishu tenant_access_token", () => {
  it("issues a t- token for 7200 s at the top level, the same one while 30 minutes or more remain", async () => {
    const h = harness();
    const first = await h.call("POST", TOKEN, { body: FEISHU_APP });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ code: 0, msg: "ok", expire: 7200 });
    expect(first.body.tenant_access_token).toMatch(/^t-/);
    expect(first.headers.get("x-tt-logid")).toMatch(/^\d{14}[0-9A-F]{20}$/);

    h.advance(90 * MINUTE); // 30 minutes left: still the same token
    const same = await h.call("POST", TOKEN, { body: FEISHU_APP });
    expect(same.body.tenant_access_token).toBe(first.body.tenant_access_token);
    expect(same.body.expire).toBe(1800);

    h.advance(1000); // under 30 minutes left: a new one, and both work
    const renewed = await h.call("POST", TOKEN, { body: FEISHU_APP });
    expect(renewed.body.tenant_access_token).not.toBe(first.body.tenant_access_token);
    expect(renewed.body.expire).toBe(7200);
    for (const token of [first.body.tenant_access_token, renewed.body.tenant_access_token]) {
      expect((await h.call("GET", progressOf(UNKNOWN_BATCH), { token })).body.code).toBe(230030);
    }

    h.advance(31 * MINUTE); // the first has expired
    expect((await h.call("GET", progressOf(UNKNOWN_BATCH), { token: first.body.tenant_access_token })).body.code).toBe(99991663);
    expect((await h.call("GET", progressOf(UNKNOWN_BATCH), { token: renewed.body.tenant_access_token })).body.code).toBe(230030);
  });

  it.each([
    ["a malformed app_id", { app_id: "not-an-app", app_secret: "x" }, 10003, "invalid param"],
    ["an app_id with something before its cli_", { app_id: `x${FEISHU_APP.app_id}`, app_secret: "x" }, 10003, "invalid param"],
    ["an app_id with a character past its letters and digits", { app_id: `${FEISHU_APP.app_id}-`, app_secret: "x" }, 10003, "invalid param"],
    ["a missing app_secret", { app_id: FEISHU_APP.app_id }, 10003, "invalid param"],
    ["an unknown app", { app_id: "cli_0000000000000000", app_secret: "x" }, 10014, "app id not exists"],
    ["a wrong secret", { app_id: FEISHU_APP.app_id, app_secret: "wrong" }, 10014, "app secret invalid"],
  ])("answers %s with HTTP 200 and code %s", async (_case, body, code, msg) => {
    const answer = await harness().call("POST", TOKEN, { body });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ code, msg });
  });

  it("hands out the renewed token, the one with the most time left, once two are valid", async () => {
    const h = harness();
    const first = await h.feishuToken();
    h.advance(91 * MINUTE);
    const renewed = await h.feishuToken();
    expect(renewed).not.toBe(first);
    h.advance(MINUTE);
    const answer = await h.call("POST", TOKEN, { body: FEISHU_APP });
    expect(answer.body).toMatchObject({ tenant_access_token: renewed, expire: 7200 - 60 });
  });

  it("remembers an app's last 8 expired tokens (refused as expired) and forgets older ones, not other apps'", async () => {
    const h = harness();
    const other = { app_id: "cli_00000000000000d4", app_secret: "other-secret" };
    await h.control("POST", "/apps", { vendor: "feishu", ...other });
    const otherToken = await h.feishuToken(other);
    const tokens: string[] = [];
    for (let i = 0; i < 12; i++) {
      tokens.push(await h.feishuToken());
      h.advance(2 * HOUR + 1);
    }
    await h.feishuToken(); // a 13th: the 12 before it have expired, the 4 oldest are forgotten
    const reason = async (token: string) => (await h.call("GET", progressOf(UNKNOWN_BATCH), { token })).headers.get("x-mock-error-reason");
    for (const [k, token] of tokens.entries()) {
      expect(await reason(token), `token ${k}`).toMatch(k < 4 ? /^no such tenant_access_token/ : /^the token expired at /);
    }
    expect(await reason(otherToken)).toMatch(/^the token expired at /);
  });

  it("answers a wrong secret with 10015 when configured to follow the general code table", async () => {
    const h = harness({ feishu: { wrong_secret_code: 10015 } });
    expect((await h.call("POST", TOKEN, { body: { ...FEISHU_APP, app_secret: "wrong" } })).body.code).toBe(10015);
  });
});

describe("Feishu authentication of the other operations", () => {
  it.each([
    ["no Authorization header", {}, 99991661],
    ["a Basic header", { authorization: "Basic abc" }, 99991661],
    ["Bearer with nothing after it", { authorization: "Bearer " }, 99991661],
    ["Bearer with two words after it", { authorization: "Bearer t-0123456789abcdef extra" }, 99991661],
    ["a Bearer not at the start", { authorization: "xBearer t-0123456789abcdef" }, 99991661],
    ["an unknown token", { authorization: "Bearer t-0123456789abcdef" }, 99991663],
  ])("answers %s with HTTP 400 and %s", async (_case, headers, code) => {
    const answer = await harness().call("GET", progressOf(UNKNOWN_BATCH), { headers });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe(code);
    expect(answer.body.error.log_id).toBe(answer.headers.get("x-tt-logid"));
  });

  it("lets a fault rule name the app: a well-formed live token's calls hit it; another app's, a malformed header's, an expired token's do not", async () => {
    const h = harness();
    const other = { app_id: "cli_00000000000000e5", app_secret: "other-secret" };
    await h.control("POST", "/apps", { vendor: "feishu", ...other });
    const token = await h.feishuToken();
    const otherToken = await h.feishuToken(other);
    expect((await h.control("POST", "/faults", { app: FEISHU_APP.app_id, operation: "getBatchMessageProgress", error_code: 230006, count: 100 })).status).toBe(201);
    const code = async (authorization: string) => (await h.call("GET", progressOf(UNKNOWN_BATCH), { headers: { authorization } })).body.code;
    expect(await code(`Bearer ${token}`)).toBe(230006);
    expect(await code(`Bearer ${otherToken}`)).toBe(230030);
    expect(await code(`Bearer ${token} extra`)).toBe(99991661);
    expect(await code(`xBearer ${token}`)).toBe(99991661);
    h.advance(2 * HOUR + 1);
    expect(await code(`Bearer ${token}`)).toBe(99991663);
  });

  it("refuses a DingTalk access_token (99991663) and an expired tenant token", async () => {
    const h = harness();
    const dingtalk = await h.dingtalkToken();
    expect((await h.call("GET", progressOf(UNKNOWN_BATCH), { token: dingtalk })).body.code).toBe(99991663);
    const token = await h.feishuToken();
    h.advance(2 * HOUR);
    expect((await h.call("GET", progressOf(UNKNOWN_BATCH), { token })).body.code).toBe(99991663);
  });

  it("answers with the live texts when configured to", async () => {
    const h = harness({ error_messages: "live" });
    const answer = await h.call("GET", progressOf(UNKNOWN_BATCH));
    expect(answer.body.msg).toBe("Missing access token for authorization. Please make a request with token attached.");
  });
});
