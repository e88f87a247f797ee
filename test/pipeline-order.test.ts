// The order of the pipeline's checks, where two could answer: the endpoint's bot check, its scope check and its
// parameter check (documented reading), or the open-apis gateway's scopes and parameters before the endpoint's bot
// check (live); which operations check the bot and the scopes at all; and what an unauthenticated call leaves.
import { describe, expect, it } from "vitest";
import { harness, type Harness } from "./helpers/mock-harness.js";

const BATCH = `/open-apis/im/v1/batch_messages/bm-${"0".repeat(32)}`;
const READ_USERS = `/open-apis/im/v1/messages/om_${"0".repeat(32)}/read_users`;
const ALL = ["im:message", "im:message:send_as_bot", "im:message:send_multi_users", "im:message:send_multi_depts", "im:message:readonly"];

async function appToken(h: Harness, app_id: string, options: { bot?: boolean; scopes?: string[] }): Promise<string> {
  const made = await h.control("POST", "/apps", { vendor: "feishu", app_id, app_secret: "s", ...options });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return h.feishuToken({ app_id, app_secret: "s" });
}

const code = async (h: Harness, method: string, path: string, token: string) => (await h.call(method, path, { token })).body.code as number;

describe("which operations check the bot and the scopes", () => {
  it("the bot: where the operation requires one and documents 230006", async () => {
    const h = harness();
    const token = await appToken(h, "cli_00000000000000b0", { bot: false, scopes: ALL });
    expect(await code(h, "GET", `${BATCH}/get_progress`, token)).toBe(230006);
    expect(await code(h, "DELETE", BATCH, token)).toBe(230006);
    // read_user needs no bot.
    expect(await code(h, "GET", `${BATCH}/read_user`, token)).toBe(230030);
  });

  it("the scopes: any one of the operation's is enough", async () => {
    const h = harness();
    const none = await appToken(h, "cli_00000000000000c0", { scopes: ["im:message"] });
    expect(await code(h, "GET", `${BATCH}/get_progress`, none)).toBe(230027);
    expect(await code(h, "GET", `${BATCH}/read_user`, none)).toBe(230027);
    const one = await appToken(h, "cli_00000000000000c1", { scopes: ["im:message:send_multi_depts"] });
    expect(await code(h, "GET", `${BATCH}/get_progress`, one)).toBe(230030);
    const other = await appToken(h, "cli_00000000000000c2", { scopes: ["im:message:send_multi_users"] });
    expect(await code(h, "GET", `${BATCH}/read_user`, other)).toBe(230030);
  });
});

describe("the order of the checks", () => {
  it("documented: the bot, then the scopes, then the parameters", async () => {
    const h = harness();
    const neither = await appToken(h, "cli_00000000000000d0", { bot: false, scopes: ["im:message:readonly"] });
    expect(await code(h, "GET", `${BATCH}/get_progress`, neither)).toBe(230006);
    const noScope = await appToken(h, "cli_00000000000000d1", { scopes: ["im:message:readonly"] });
    expect(await code(h, "GET", "/open-apis/im/v1/batch_messages/not-an-id/get_progress", noScope)).toBe(230027);
    const noBot = await appToken(h, "cli_00000000000000d2", { bot: false, scopes: ALL });
    expect(await code(h, "GET", "/open-apis/im/v1/batch_messages/not-an-id/get_progress", noBot)).toBe(230006);
  });

  it("live: the gateway's scopes and parameters, then the endpoint's bot check", async () => {
    const h = harness({ feishu: { gateway_errors: true } });
    const neither = await appToken(h, "cli_00000000000000e0", { bot: false, scopes: ["im:message:readonly"] });
    expect(await code(h, "GET", `${BATCH}/get_progress`, neither)).toBe(99991672);
    const noScope = await appToken(h, "cli_00000000000000e1", { scopes: ["im:message:send_as_bot"] });
    // listMessageReadUsers needs im:message, im:message:readonly or im:message:basic: the scopes before its parameters.
    expect(await code(h, "GET", READ_USERS, noScope)).toBe(99991672);
    const noBot = await appToken(h, "cli_00000000000000e2", { bot: false, scopes: ALL });
    expect(await code(h, "GET", READ_USERS, noBot)).toBe(99992402);
    expect(await code(h, "GET", `${READ_USERS}?user_id_type=open_id`, noBot)).toBe(230006);
  });
});

describe("an unauthenticated call", () => {
  it("journals the app it named, even when refused", async () => {
    const h = harness();
    await h.call("POST", "/open-apis/auth/v3/tenant_access_token/internal", { body: { app_id: "cli_00000000000000f0", app_secret: "x" } });
    await h.call("GET", "/gettoken?appkey=dingnobody&appsecret=x");
    await h.call("POST", "/open-apis/auth/v3/tenant_access_token/internal", { body: {} });
    expect(h.mock.journal.list().requests.map((e) => [e.operation, e.app, e.code])).toEqual([
      ["createTenantAccessToken", undefined, 10003],
      ["getAccessToken", "dingnobody", 40096],
      ["createTenantAccessToken", "cli_00000000000000f0", 10014],
    ]);
  });

  it("counts as a change worth saving (it may have issued a token); a refused authenticated one does not", async () => {
    const h = harness();
    const before = h.mock.state.revision;
    await h.feishuToken();
    expect(h.mock.state.changedSince(before)).toBe(true);
    const after = h.mock.state.revision;
    await h.call("GET", `${BATCH}/get_progress`, { token: "t-nothing" });
    expect(h.mock.state.changedSince(after)).toBe(false);
  });
});
