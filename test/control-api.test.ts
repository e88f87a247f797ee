// The /__mock control API: clock, reset, state, directory, faults and apps, and its own refusals.
import { describe, expect, it } from "vitest";
import { createMockApp } from "../mock-server/index.js";
import { harness, START } from "./helpers/mock-harness.js";

describe("clock", () => {
  it("advances, sets, freezes and scales mock time, never backwards", async () => {
    const h = harness();
    expect((await h.control("GET", "/clock")).body).toMatchObject({ iso: START, frozen: true, scale: 1 });
    expect((await h.control("POST", "/clock", { advance_ms: 1500 })).body.iso).toBe("2026-03-02T01:00:01.500Z");
    expect((await h.control("POST", "/clock", { set: "2026-03-03T00:00:00Z" })).body.iso).toBe("2026-03-03T00:00:00.000Z");
    expect((await h.control("POST", "/clock", { scale: 60, freeze: false })).body).toMatchObject({ scale: 60, frozen: false });
    const back = await h.control("POST", "/clock", { set: START });
    expect(back.status).toBe(400);
    expect(back.body.error).toMatch(/backwards/);
    for (const bad of [{}, { advance_ms: -5 }, { scale: 0 }, { freeze: "yes" }, { warp: 1 }]) {
      expect((await h.control("POST", "/clock", bad)).status, JSON.stringify(bad)).toBe(400);
    }
  });
});

describe("reset, state and directory", () => {
  it("shows every batch, message and task with its progress; reset forgets them and the tokens", async () => {
    const h = harness();
    const token = await h.feishuToken();
    await h.call("POST", "/open-apis/message/v4/batch_send/", { token, body: { msg_type: "text", content: { text: "x" }, department_ids: ["sales"] } });
    const dingtalk = await h.dingtalkToken();
    await h.call("POST", `/topapi/message/corpconversation/asyncsend_v2?access_token=${dingtalk}`, {
      body: { agent_id: 1000000001, to_all_user: true, msg: { msgtype: "text", text: { content: "x" } } },
    });
    h.advance(60_000);
    const state = (await h.control("GET", "/state")).body;
    expect(state.batches.total).toBe(1);
    expect(state.batches.items[0]).toMatchObject({ valid_user_ids_count: 20, success_user_ids_count: 18, recall: false });
    expect(state.tasks.items[0]).toMatchObject({ agent_id: 1000000001, recalled: false });
    expect(state.tokens.feishu).toHaveLength(1);
    expect(JSON.stringify(state)).not.toContain(token);
    expect(JSON.stringify(state)).not.toContain("mock-feishu-secret");

    expect((await h.control("POST", "/reset")).status).toBe(200);
    const after = (await h.control("GET", "/state")).body;
    expect(after.batches.total).toBe(0);
    expect(after.tasks.total).toBe(0);
    const refused = await h.call("GET", "/open-apis/im/v1/batch_messages/bm-00000000000000000000000000000000/get_progress", { token });
    expect(refused.body.code).toBe(99991663);
  });

  it("pages the directory and gives open_ids of the app asked for", async () => {
    const h = harness({ directory: { large_department_size: 1000 } });
    const page = await h.directory(undefined, 5, 10);
    expect(page.users.total).toBe(1060);
    expect(page.users.items.map((u: any) => u.index)).toEqual([10, 11, 12, 13, 14]);
    expect(page.departments.map((d: any) => d.department_id)).toEqual(["product", "sales", "support", "contractors", "design", "engineering"]);
    expect(page.chats.find((c: any) => c.name.startsWith("Sales")).bots).toEqual([]);
    await h.control("POST", "/apps", { vendor: "feishu", app_id: "cli_0000000000000e05", app_secret: "s" });
    const other = await h.directory("cli_0000000000000e05", 5, 10);
    expect(other.users.items[0].open_id).not.toBe(page.users.items[0].open_id);
    expect(other.users.items[0].user_id).toBe(page.users.items[0].user_id);
    expect((await h.call("GET", "/__mock/directory?limit=5000")).status).toBe(400);
  });
});

describe("faults", () => {
  it("makes the next N matching requests answer a documented code, then stops", async () => {
    const h = harness();
    const token = await h.feishuToken();
    const rule = await h.control("POST", "/faults", { operation: "getBatchMessageReadUser", error_code: 230027, count: 2 });
    expect(rule.status).toBe(201);
    expect((await h.control("GET", "/faults")).body.faults).toHaveLength(1);
    const path = "/open-apis/im/v1/batch_messages/bm-00000000000000000000000000000000/read_user";
    expect((await h.call("GET", path, { token })).body.code).toBe(230027);
    expect((await h.call("GET", path.replace("read_user", "get_progress"), { token })).body.code).toBe(230030);
    expect((await h.call("GET", path, { token })).body.code).toBe(230027);
    expect((await h.call("GET", path, { token })).body.code).toBe(230030);
    expect((await h.control("GET", "/faults")).body.faults).toEqual([]);
  });

  it("matches by app and by id", async () => {
    const h = harness();
    const token = await h.feishuToken();
    await h.control("POST", "/faults", { app: "cli_someone_else", error_code: 230006 });
    await h.control("POST", "/faults", { id: "bm-11111111111111111111111111111111", error_code: 230012 });
    const path = (id: string) => `/open-apis/im/v1/batch_messages/${id}/get_progress`;
    expect((await h.call("GET", path("bm-00000000000000000000000000000000"), { token })).body.code).toBe(230030);
    expect((await h.call("GET", path("bm-11111111111111111111111111111111"), { token })).body.code).toBe(230012);
  });

  it.each([
    [{ error_code: 12345 }, /not documented/],
    [{ operation: "getBatchMessageProgress", error_code: 230009 }, /not documented/],
    [{ operation: "nope", drop: true }, /unknown operation/],
    [{ http_status: 404 }, /5xx/],
    [{ error_code: 230001, drop: true }, /one of/],
    [{}, /give/],
    [{ delay_ms: 999_999 }, /delay_ms/],
  ])("refuses %j", async (rule, message) => {
    const answer = await harness().control("POST", "/faults", rule);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(message);
  });
});

describe("apps", () => {
  it("adds, changes and removes apps at run time, checking what it is given", async () => {
    const h = harness();
    const added = await h.control("POST", "/apps", { vendor: "feishu", app_id: "cli_0000000000000a99", app_secret: "s" });
    expect(added.body).toMatchObject({ bot: true, unavailable: [] });
    expect((await h.control("PATCH", "/apps/cli_0000000000000a99", { scopes: "all" })).status).toBe(400);
    expect((await h.control("PATCH", "/apps/cli_0000000000000a99", { bot: false })).body.bot).toBe(false);
    expect((await h.control("POST", "/apps", { vendor: "dingtalk", appkey: "k", appsecret: "s", agent_id: 5 })).status).toBe(201);
    expect((await h.control("POST", "/apps", { vendor: "wechat" })).status).toBe(400);
    expect((await h.control("POST", "/apps", { vendor: "feishu", app_id: "bad id", app_secret: "s" })).status).toBe(400);
    expect((await h.control("DELETE", "/apps/cli_0000000000000a99")).status).toBe(200);
    expect((await h.control("DELETE", "/apps/cli_0000000000000a99")).status).toBe(404);
    expect((await h.call("POST", "/__mock/apps", { raw: { text: "{", contentType: "application/json" } })).status).toBe(400);
  });
});

describe("access", () => {
  it("is refused when disabled, and needs the token when one is set", async () => {
    const off = createMockApp({ control: false });
    const refused = await off.fetch("http://mock/__mock/state");
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toMatch(/disabled/);

    const locked = createMockApp({ config: { control: { token: "s3cret" } } });
    expect((await locked.fetch("http://mock/__mock/state")).status).toBe(401);
    expect((await locked.fetch("http://mock/__mock/state", { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
    expect((await locked.fetch("http://mock/__mock/state", { headers: { authorization: "Bearer s3cret" } })).status).toBe(200);
  });
});
