// The first thing a new user does with the mock's clock: jump it. The official Feishu SDK, unmodified and with its
// default (wall-clock, module-level) token cache, caches its token; the mock's clock then moves 31 days in one step,
// and the whole flow still runs on that cached token — token lifetimes count the wall clock by default
// (`tokens.expire_on: wall`), as the client was told. `POST /__mock/tokens/expire` then ends it on purpose.
import * as lark from "@larksuiteoapi/node-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../mock-server/index.js";
import { controlOverHttp } from "./helpers/control-over-http.js";

const APP_ID = "cli_9f0a1b2c3d4e5f60";
const DAY = 86_400_000;

let server: MockServer;
const { control, advance } = controlOverHttp(() => server.url);
const tokenRequests: string[] = [];

const quiet: lark.Logger = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {}, trace: () => {} };
let client: lark.Client;

beforeAll(async () => {
  server = await startMockServer({
    port: 0,
    config: { validate_responses: true, time: { frozen: true, start: "2026-03-02T01:00:00.000Z" } },
    log: (entry) => {
      if (entry.operationId === "createTenantAccessToken") tokenRequests.push(entry.path);
    },
  });
  // No `cache` option: the SDK's own default cache, keyed by appId, by the wall clock.
  client = new lark.Client({ appId: APP_ID, appSecret: "mock-feishu-secret", domain: server.feishuUrl, loggerLevel: lark.LoggerLevel.error, logger: quiet });
});

afterAll(async () => {
  await server?.close();
});

const batchSend = (data: Record<string, unknown>) =>
  client.request<{ code: number; msg: string; data: { message_id: string } }>({ method: "POST", url: "/open-apis/message/v4/batch_send/", data });

describe("the official SDK with its default token cache, across a 31-day clock jump", () => {
  it("runs the whole flow on the token it cached before the jump", async () => {
    const before = await batchSend({ msg_type: "text", content: { text: "before the jump" }, department_ids: ["support"] });
    expect(before.code).toBe(0);
    expect(tokenRequests).toHaveLength(1);

    await advance(31 * DAY); // one step

    // The batch from before the jump is past the 30-day window: the vendor's answer, not a token error.
    const old = await client.im.batchMessage.getProgress({ path: { batch_message_id: before.data.message_id } }).catch((e) => e.response.data);
    expect(old.code).toBe(230030);

    const sent = await batchSend({ msg_type: "text", content: { text: "after the jump" }, department_ids: ["product"] });
    expect(sent.code).toBe(0);
    const id = sent.data.message_id;
    await advance(60_000);
    const progress = await client.im.batchMessage.getProgress({ path: { batch_message_id: id } });
    expect(progress.code).toBe(0);
    expect(progress.data!.batch_message_send_progress!.success_user_ids_count).toBeGreaterThan(0);
    const readUser = await client.im.batchMessage.readUser({ path: { batch_message_id: id } });
    expect(readUser.code).toBe(0);
    expect(Number(readUser.data!.read_user!.total_count)).toBeGreaterThan(0);
    expect((await client.im.batchMessage.delete({ path: { batch_message_id: id } })).code).toBe(0);

    const chat = (await control("GET", "/directory?limit=1")).chats.find((c: { bots: unknown[] }) => c.bots.length > 0).chat_id;
    const message = await client.im.message.create({
      params: { receive_id_type: "chat_id" },
      data: { receive_id: chat, msg_type: "text", content: JSON.stringify({ text: "after the jump" }) },
    });
    expect(message.code).toBe(0);
    expect(message.data!.message_id).toMatch(/^om_x100b[0-9a-f]{27}$/);
    await advance(10 * 60_000);
    const receipts = await client.im.message.readUsers({
      path: { message_id: message.data!.message_id! },
      params: { user_id_type: "open_id", page_size: 20 },
    });
    expect(receipts.code).toBe(0);
    expect(receipts.data!.items!.length).toBeGreaterThan(0);
    expect((await client.im.message.delete({ path: { message_id: message.data!.message_id! } })).code).toBe(0);

    // All of it on the one token fetched before the jump.
    expect(tokenRequests).toHaveLength(1);
  });

  it("meets 99991663, with the reason, once the token is expired on purpose", async () => {
    const expired = await control("POST", "/tokens/expire", { vendor: "feishu", app: APP_ID });
    expect(expired.expired.feishu).toBe(1);
    const error = await client.im.batchMessage.getProgress({ path: { batch_message_id: `bm-${"0".repeat(32)}` } }).catch((e) => e);
    expect(error.response.status).toBe(400);
    expect(error.response.data.code).toBe(99991663);
    expect(error.response.headers["x-mock-error-reason"]).toMatch(/expired on purpose by POST \/__mock\/tokens\/expire/);
  });
});
