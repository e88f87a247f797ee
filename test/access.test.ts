// Every authenticated operation refuses a missing, malformed, expired or other-vendor credential with the vendor's
// code; and the request log never holds a secret or a whole token.
import { describe, expect, it } from "vitest";
import { createMockApp, type RequestLogEntry } from "../mock-server/index.js";
import { allOperations } from "../spec/index.js";
import { DINGTALK_APP, FEISHU_APP, harness, HOUR } from "./helpers/mock-harness.js";

const authenticated = allOperations().filter((op) => op.authenticated);
const pathOf = (path: string) => path.replace(/\{[^}]+\}/g, (m) => (m.includes("batch") ? `bm-${"0".repeat(32)}` : `om_${"0".repeat(32)}`));

describe.each(authenticated.map((op) => [op.operationId, op] as const))("%s", (_id, op) => {
  it("refuses missing, malformed, expired and other-vendor credentials", async () => {
    const h = harness();
    const feishu = await h.feishuToken();
    const dingtalk = await h.dingtalkToken();
    h.advance(2 * HOUR + 1); // both expire
    const freshFeishu = await h.feishuToken();
    const freshDingtalk = await h.dingtalkToken();
    const send = (credential: { header?: string; query?: string }) =>
      h.call(op.method.toUpperCase(), `${pathOf(op.path)}${op.path.includes("?") ? "&" : "?"}${credential.query === undefined ? "" : `access_token=${encodeURIComponent(credential.query)}`}`, {
        headers: credential.header === undefined ? {} : { authorization: credential.header },
        ...(op.method !== "get" && { body: {} }),
      });
    const cases: [string, { header?: string; query?: string }, number][] =
      op.vendor === "feishu"
        ? [
            ["missing", {}, 99991661],
            ["malformed", { header: `Token ${freshFeishu}` }, 99991661],
            ["expired", { header: `Bearer ${feishu}` }, 99991663],
            ["DingTalk's", { header: `Bearer ${freshDingtalk}` }, 99991663],
          ]
        : [
            ["missing", {}, 41001],
            ["malformed", { query: "not a token" }, 40014],
            ["expired", { query: dingtalk }, 40014],
            ["Feishu's", { query: freshFeishu }, 40014],
          ];
    for (const [name, credential, code] of cases) {
      const answer = await send(credential);
      expect(answer.body.code ?? answer.body.errcode, `${name} credential`).toBe(code);
      expect(answer.status).toBe(op.vendor === "feishu" ? 400 : 200);
    }
  });
});

describe("the request log", () => {
  it("never holds a secret or a whole token", async () => {
    const log: RequestLogEntry[] = [];
    const mock = createMockApp({ config: { time: { frozen: true } }, log: (e) => log.push(e) });
    const request = (path: string, init?: RequestInit) => mock.fetch(`http://mock.test${path}`, init);
    const token = ((await (await request("/open-apis/auth/v3/tenant_access_token/internal", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(FEISHU_APP),
    })).json()) as { tenant_access_token: string }).tenant_access_token;
    const access = ((await (await request(`/gettoken?appkey=${DINGTALK_APP.appkey}&app%73ecret=${DINGTALK_APP.appsecret}`)).json()) as { access_token: string }).access_token;
    await request("/gettoken?appkey=x&appsecret=abc"); // a short secret is not shown in part either
    await request(`/topapi/message/corpconversation/getsendprogress?access_token=${access}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ agent_id: 1, task_id: 1 }),
    });
    await request(`/open-apis/im/v1/batch_messages/bm-${"0".repeat(32)}/get_progress`, { headers: { authorization: `Bearer ${token}` } });
    const printed = JSON.stringify(log);
    expect(access).toMatch(/^[0-9a-f]{32}$/); // the encoded key was understood: the token was issued
    expect(log).toHaveLength(5);
    for (const secret of [FEISHU_APP.app_secret, DINGTALK_APP.appsecret, token, access, "abc"]) expect(printed).not.toContain(secret);
    expect(log[1]!.path).toMatch(/appsecret=\*\*\*$/);
    expect(log[2]!.path).toBe("/gettoken?appkey=x&appsecret=***");
    expect(log[3]!.path).toContain(`access_token=${access.slice(0, 4)}…`);
  });
});
