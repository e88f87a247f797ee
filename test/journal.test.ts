// The request journal end to end: what the pipeline records (credentials masked), GET/DELETE /__mock/requests,
// and startMockServer's requests() / waitForRequest() over a real port.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../mock-server/index.js";
import { DINGTALK_APP, FEISHU_APP, harness, START } from "./helpers/mock-harness.js";

describe("the journal in-process", () => {
  it("records each vendor request after render, with credentials masked, and not the control API's", async () => {
    const h = harness();
    const token = await h.feishuToken();
    const sent = await h.call("POST", "/open-apis/message/v4/batch_send/", {
      token,
      body: { msg_type: "text", content: { text: "hi" }, department_ids: ["sales"] },
    });
    await h.call("POST", "/open-apis/message/v4/batch_send/", { token, body: { msg_type: "text", content: { text: "hi" } } });
    const access = await h.dingtalkToken();
    await h.control("GET", "/state");

    const { body } = await h.control("GET", "/requests");
    expect(body.total).toBe(4);
    const [gettoken, refused, batch, feishuToken] = body.requests;
    expect(feishuToken).toMatchObject({
      id: 1,
      at: START,
      method: "POST",
      path: "/open-apis/auth/v3/tenant_access_token/internal",
      operation: "createTenantAccessToken",
      app: FEISHU_APP.app_id,
      status: 200,
      code: 0,
      body: { app_id: FEISHU_APP.app_id, app_secret: "***" },
    });
    expect(Date.parse(feishuToken.wall_at)).not.toBeNaN();
    expect(batch).toMatchObject({ operation: "batchSendMessage", app: FEISHU_APP.app_id, code: 0, body: { department_ids: ["sales"] } });
    expect(batch.headers.authorization).toBe(`Bearer ${token.slice(0, 4)}…`);
    expect(sent.body.data.message_id).toMatch(/^bm-/);
    expect(refused).toMatchObject({ status: 200, code: 10003 });
    expect(refused.reason).toContain("department_ids");
    expect(gettoken).toMatchObject({ operation: "getAccessToken", app: DINGTALK_APP.appkey, query: { appsecret: "***" } });
    const printed = JSON.stringify(body);
    for (const secret of [FEISHU_APP.app_secret, DINGTALK_APP.appsecret, token, access]) expect(printed).not.toContain(secret);
  });

  it("names the app of an authenticated request, and of one a fault answers before authentication", async () => {
    const h = harness();
    const access = await h.dingtalkToken();
    await h.call("POST", `/topapi/message/corpconversation/getsendprogress?access_token=${access}`, { body: { agent_id: DINGTALK_APP.agent_id, task_id: 1 } });
    const token = await h.feishuToken();
    expect((await h.control("POST", "/faults", { operation: "getBatchMessageProgress", error_code: 99991400 })).status).toBe(201);
    const faulted = await h.call("GET", "/open-apis/im/v1/batch_messages/bm-00000000000000000000000000000000/get_progress", { token });
    expect(faulted.body.code).toBe(99991400);
    await h.call("GET", "/open-apis/im/v1/batch_messages/bm-00000000000000000000000000000000/get_progress", { token: "t-not-a-token" });

    const [badToken, progress, , dingtalk] = (await h.control("GET", "/requests")).body.requests;
    expect(dingtalk).toMatchObject({ operation: "getSendProgress", app: DINGTALK_APP.appkey });
    expect(progress).toMatchObject({ operation: "getBatchMessageProgress", app: FEISHU_APP.app_id, code: 99991400 });
    expect(badToken).toMatchObject({ operation: "getBatchMessageProgress", code: 99991663 });
    expect(badToken).not.toHaveProperty("app");
  });

  it("filters by operation, app, status, code and since; DELETE and reset empty it", async () => {
    const h = harness();
    await h.feishuToken();
    await h.call("POST", "/open-apis/auth/v3/tenant_access_token/internal", { body: { app_id: "cli_unknown0000", app_secret: "x" } });
    await h.dingtalkToken();
    const ids = async (query: string) => (await h.control("GET", `/requests?${query}`)).body.requests.map((e: { id: number }) => e.id);
    expect(await ids("operation=createTenantAccessToken")).toEqual([2, 1]);
    expect(await ids(`app=${DINGTALK_APP.appkey}`)).toEqual([3]);
    expect(await ids("code=10014")).toEqual([2]);
    expect(await ids("status=200&operation=getAccessToken")).toEqual([3]);
    expect(await ids("code=0&since=1")).toEqual([3]);
    expect(await ids("limit=1")).toEqual([3]);
    expect((await h.control("GET", "/requests?stauts=200")).status).toBe(400);
    expect((await h.control("DELETE", "/requests")).body).toEqual({ requests: [], total: 0 });
    expect((await h.control("GET", "/requests")).body.total).toBe(0);
    await h.dingtalkToken();
    await h.control("POST", "/reset");
    expect((await h.control("GET", "/requests")).body).toEqual({ requests: [], total: 0 });
  });

  it("keeps as many as the config says, and tells subscribers of each new entry", async () => {
    const h = harness({ journal: { size: 2 } });
    const heard: string[] = [];
    const stop = h.mock.journal.subscribe((e) => heard.push(e.operation ?? e.path));
    for (let i = 0; i < 3; i++) await h.feishuToken();
    await h.call("GET", "/open-apis/contact/v3/users/ou_1");
    stop();
    await h.feishuToken();
    expect(heard).toEqual(["createTenantAccessToken", "createTenantAccessToken", "createTenantAccessToken", "/open-apis/contact/v3/users/ou_1"]);
    expect((await h.control("GET", "/requests")).body.requests.map((e: { id: number }) => e.id)).toEqual([5, 4]);
    expect(() => harness({ journal: { size: -1 } })).toThrow(/journal\/size/);
  });
});

describe("the journal of a server on a port", () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ port: 0, config: { time: { start: START, frozen: true } } });
  });
  afterAll(() => server.close());

  it("waitForRequest resolves on the next match, without polling", async () => {
    const waiting = server.waitForRequest({ operation: "getAccessToken" });
    const since = server.mock.journal.lastEntryId;
    await fetch(`${server.url}/gettoken?appkey=${DINGTALK_APP.appkey}&appsecret=${DINGTALK_APP.appsecret}`);
    const entry = await waiting;
    expect(entry).toMatchObject({ operation: "getAccessToken", app: DINGTALK_APP.appkey, code: 0, id: since + 1 });
    expect(server.requests({ operation: "getAccessToken" })[0]).toEqual(entry);
    // Taken before acting, `since` also finds an answer that came before the wait began.
    expect(await server.waitForRequest({ operation: "getAccessToken", since })).toEqual(entry);
    await expect(server.waitForRequest({ operation: "recallWorkNotification" }, { timeoutMs: 5 })).rejects.toThrow(/no request matching/);
  });
});

describe("MockServer.reset()", () => {
  it("forgets what was sent, tokens, faults, the journal and run-time stubs, as POST /__mock/reset does", async () => {
    const server = await startMockServer({ port: 0, control: false, config: { stubs: [{ id: "kept", path: "/kept", auth: "none" }] } });
    try {
      const token = await fetch(`${server.url}/gettoken?appkey=${DINGTALK_APP.appkey}&appsecret=${DINGTALK_APP.appsecret}`);
      expect(((await token.json()) as { errcode: number }).errcode).toBe(0);
      server.mock.faults.add({ operation: "getAccessToken", http_status: 503 });
      server.mock.stubs.add({ id: "added", path: "/added", auth: "none" });
      expect(server.mock.state.dingtalkTokens.size).toBe(1);
      const before = server.clock.now();
      server.reset();
      expect(server.mock.state.dingtalkTokens.size).toBe(0);
      expect(server.mock.faults.list()).toEqual([]);
      expect(server.requests()).toEqual([]);
      expect(server.mock.stubs.list().map((s) => s.id)).toEqual(["kept"]);
      expect(server.clock.now()).toBeGreaterThanOrEqual(before);
      expect((await fetch(`${server.url}/gettoken?appkey=${DINGTALK_APP.appkey}&appsecret=${DINGTALK_APP.appsecret}`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
