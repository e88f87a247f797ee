// The official Feishu Node SDK (@larksuiteoapi/node-sdk, unmodified) drives the mock on a real port: it fetches its
// own tenant token, sends a batch, follows its progress and read counts, recalls it, sends a message to a group
// chat and pages its read receipts, and meets a vendor error as it would the live service. Mock time moves only
// through the control API; nothing sleeps.
import * as lark from "@larksuiteoapi/node-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../mock-server/index.js";
import { controlOverHttp } from "./helpers/control-over-http.js";

const APP_ID = "cli_9f0a1b2c3d4e5f60";
const APP_SECRET = "mock-feishu-secret";
const START = "2026-03-02T01:00:00.000Z";

let server: MockServer;

const { control, advance, mockNow } = controlOverHttp(() => server.url);

/**
 * A token cache of our own, so no token leaks in or out through the SDK's module-level cache. The SDK hands it
 * an expiry on the wall clock; it is kept relative to mock time, so moving the mock's clock expires it as the
 * mock expires the token. It also records what the SDK stored, to show the token came from this mock.
 */
class MockTimeCache implements lark.Cache {
  readonly values = new Map<string, { value: unknown; expiresAt: number | undefined }>();
  readonly stored: { key: string; value: unknown }[] = [];
  constructor(private readonly now: () => number) {}
  private keyOf(key: string | Symbol, namespace?: string) {
    return `${namespace ?? ""}/${key.toString()}`;
  }
  async set(key: string | Symbol, value: unknown, expire?: number, options?: { namespace?: string }) {
    const k = this.keyOf(key, options?.namespace);
    this.values.set(k, { value, expiresAt: expire === undefined ? undefined : this.now() + (expire - Date.now()) });
    this.stored.push({ key: k, value });
    return true;
  }
  async get(key: string | Symbol, options?: { namespace?: string }) {
    const entry = this.values.get(this.keyOf(key, options?.namespace));
    if (!entry || (entry.expiresAt !== undefined && entry.expiresAt <= this.now())) return undefined;
    return entry.value;
  }
}

/** Collects what the SDK logs instead of printing it. */
const sdkLog: { level: string; msg: unknown[] }[] = [];
const quietLogger: lark.Logger = {
  error: (...msg) => void sdkLog.push({ level: "error", msg }),
  warn: (...msg) => void sdkLog.push({ level: "warn", msg }),
  info: (...msg) => void sdkLog.push({ level: "info", msg }),
  debug: (...msg) => void sdkLog.push({ level: "debug", msg }),
  trace: (...msg) => void sdkLog.push({ level: "trace", msg }),
};

let cache: MockTimeCache;
let client: lark.Client;

beforeAll(async () => {
  server = await startMockServer({ port: 0, config: { validate_responses: true, time: { frozen: true, start: START } } });
  cache = new MockTimeCache(() => server.clock.now());
  client = new lark.Client({
    appId: APP_ID,
    appSecret: APP_SECRET,
    domain: server.feishuUrl,
    cache,
    // LoggerLevel.fatal is 0, which the SDK treats as "unset" (info): error is the quietest level it honours.
    loggerLevel: lark.LoggerLevel.error,
    logger: quietLogger,
  });
});

afterAll(async () => {
  await server?.close();
});

interface Progress {
  valid: number;
  success: number;
  read: number;
  recall: boolean;
  recallCount: number;
}

async function progressOf(batchId: string): Promise<Progress> {
  const answer = await client.im.batchMessage.getProgress({ path: { batch_message_id: batchId } });
  expect(answer.code).toBe(0);
  const send = answer.data?.batch_message_send_progress;
  const recall = answer.data?.batch_message_recall_progress;
  for (const value of [send?.valid_user_ids_count, send?.success_user_ids_count, send?.read_user_ids_count, recall?.recall_count]) {
    expect(Number.isInteger(value)).toBe(true);
  }
  expect(typeof recall?.recall).toBe("boolean");
  return {
    valid: send!.valid_user_ids_count!,
    success: send!.success_user_ids_count!,
    read: send!.read_user_ids_count!,
    recall: recall!.recall!,
    recallCount: recall!.recall_count!,
  };
}

function expectInvariants(p: Progress, previous: Progress | undefined) {
  expect(p.success).toBeLessThanOrEqual(p.valid);
  expect(p.read).toBeLessThanOrEqual(p.success);
  expect(p.recallCount).toBeLessThanOrEqual(p.success);
  if (previous) {
    expect(p.valid).toBeGreaterThanOrEqual(previous.valid);
    expect(p.success).toBeGreaterThanOrEqual(previous.success);
    expect(p.read).toBeGreaterThanOrEqual(previous.read);
    expect(p.recallCount).toBeGreaterThanOrEqual(previous.recallCount);
    if (previous.recall) expect(p.recall).toBe(true);
  }
}

/** read_user at the current mock instant, checked to be the get_progress counts as strings. */
async function expectReadUserMatches(batchId: string, p: Progress) {
  const answer = await client.im.batchMessage.readUser({ path: { batch_message_id: batchId } });
  expect(answer.code).toBe(0);
  const readUser = answer.data?.read_user;
  expect(typeof readUser?.read_count).toBe("string");
  expect(typeof readUser?.total_count).toBe("string");
  expect(readUser).toEqual({ read_count: String(p.read), total_count: String(p.success) });
}

describe("the official Feishu Node SDK against the mock", () => {
  // Shared across the sequential steps below.
  let directory: any;
  let expectedValid: number;
  let unreachable: number;
  let batchId: string;
  let finalSuccess: number;

  it("sends a batch with a token it fetched itself", async () => {
    const before = await control("GET", "/state");
    expect(before.tokens.feishu).toEqual([]);
    expect(cache.stored).toEqual([]);

    directory = await control("GET", `/directory?app_id=${APP_ID}&limit=1000`);
    const users: any[] = directory.users.items;
    const product = directory.departments.find((d: any) => d.department_id === "product");
    expect(product).toBeDefined();
    const productMembers = users.filter((u) => u.department_ids.includes("product"));
    expect(productMembers).toHaveLength(product.member_count); // the listing covers the whole department
    const sales = users.filter((u) => u.department_ids.includes("sales")).slice(0, 2);
    expect(sales).toHaveLength(2);
    // One user twice (by department and by open_id): counted once.
    const openIds = [...sales.map((u) => u.open_id), productMembers[0].open_id];
    // The app's own availability (from the control API) excludes some users from delivery.
    const app = (await control("GET", "/apps")).feishu.find((a: any) => a.app_id === APP_ID);
    const unavailableUser = users.find((u) => u.department_ids.some((d: string) => app.unavailable.includes(d)));
    expect(unavailableUser).toBeDefined();
    openIds.push(unavailableUser.open_id);
    const recipients = new Set([...productMembers.map((u) => u.open_id), ...openIds]);
    expectedValid = recipients.size;
    unreachable = users.filter((u) => recipients.has(u.open_id) && u.department_ids.some((d: string) => app.unavailable.includes(d))).length;
    expect(unreachable).toBeGreaterThan(0);

    const sent: any = await client.request({
      method: "POST",
      url: "/open-apis/message/v4/batch_send/",
      data: { msg_type: "text", content: { text: "Quarterly review at 3pm" }, open_ids: openIds, department_ids: ["product"] },
    });
    expect(sent.code).toBe(0);
    expect(sent.data.message_id).toMatch(/^bm-[0-9a-f]{32}$/);
    expect(sent.data.invalid_open_ids).toEqual([]);
    expect(sent.data.invalid_department_ids).toEqual([]);
    batchId = sent.data.message_id;

    // The SDK asked the mock for a token, cached it (in our cache) and sent it: the mock now lists it.
    const tokens = cache.stored.filter((s) => s.key.startsWith(`${APP_ID}/`));
    expect(tokens).toHaveLength(1);
    const token = tokens[0]!.value as string;
    expect(token).toMatch(/^t-/);
    const after = await control("GET", "/state");
    expect(after.tokens.feishu).toHaveLength(1);
    expect(after.tokens.feishu[0].app_id).toBe(APP_ID);
    expect(after.tokens.feishu[0].token).toBe(`${token.slice(0, 4)}…`);
    expect(after.batches.items.map((b: any) => b.batch_message_id)).toContain(batchId);
  });

  it("reports progress that is scheduled, delivered and read, never decreasing, with read_user agreeing", async () => {
    const history: Progress[] = [];
    let stableFor = 0;
    for (let poll = 0; poll < 120 && stableFor < 5; poll++) {
      const p = await progressOf(batchId);
      expectInvariants(p, history.at(-1));
      expect([0, expectedValid]).toContain(p.valid);
      expect(p.recall).toBe(false);
      await expectReadUserMatches(batchId, p);
      const last = history.at(-1);
      stableFor = last && p.valid > 0 && p.success > 0 && p.success === last.success ? stableFor + 1 : 0;
      history.push(p);
      await advance(1000);
    }
    expect(stableFor).toBe(5);
    // Right after sending, the job is not yet scheduled.
    expect(history[0]).toMatchObject({ valid: 0, success: 0, read: 0 });
    expect(history.at(-1)!.valid).toBe(expectedValid);
    // Delivery took more than one poll to finish: there was a partial state in between.
    expect(history.some((p) => p.valid === expectedValid && p.success < history.at(-1)!.success)).toBe(true);
    finalSuccess = history.at(-1)!.success;
    expect(finalSuccess).toBeGreaterThan(0);
    expect(finalSuccess).toBeLessThanOrEqual(expectedValid - unreachable);

    // Long after, delivery has not moved: that was the final value. Reads have caught up meanwhile.
    await advance(5 * 60_000);
    const later = await progressOf(batchId);
    expectInvariants(later, history.at(-1));
    expect(later.success).toBe(finalSuccess);
    expect(later.valid).toBe(expectedValid);
    expect(later.read).toBeGreaterThan(0);
    await expectReadUserMatches(batchId, later);
    // The control API sees the same numbers at the same instant.
    const view = (await control("GET", "/state")).batches.items.find((b: any) => b.batch_message_id === batchId);
    expect(view).toMatchObject({
      valid_user_ids_count: later.valid,
      success_user_ids_count: later.success,
      read_user_ids_count: later.read,
      recall: false,
    });
  });

  it("recalls the batch: recall is true at once and recall_count rises to the delivered count", async () => {
    const before = await progressOf(batchId);
    const deleted = await client.im.batchMessage.delete({ path: { batch_message_id: batchId } });
    expect(deleted.code).toBe(0);

    const history: Progress[] = [];
    for (let poll = 0; poll < 60; poll++) {
      const p = await progressOf(batchId);
      expectInvariants(p, history.at(-1) ?? before);
      expect(p.recall).toBe(true);
      expect(p.success).toBe(finalSuccess);
      await expectReadUserMatches(batchId, p);
      history.push(p);
      if (p.recallCount === p.success) break;
      await advance(1000);
    }
    expect(history[0]!.recall).toBe(true);
    expect(history.at(-1)!.recallCount).toBe(finalSuccess);
    expect(history[0]!.recallCount).toBeLessThan(finalSuccess); // it rose, rather than being done at once
    const view = (await control("GET", "/state")).batches.items.find((b: any) => b.batch_message_id === batchId);
    expect(view).toMatchObject({ recall: true, recall_count: finalSuccess });
  });

  it("sends a message to a group chat with the bot and pages every reader exactly once", async () => {
    const chats = (directory.chats as any[]).filter((c) => c.bots.includes(APP_ID));
    expect(chats.length).toBeGreaterThan(0);
    const chat = chats.reduce((a, b) => (b.member_count < a.member_count ? b : a));
    const sentAt = await mockNow();
    const created = await client.im.message.create({
      params: { receive_id_type: "chat_id" },
      data: { receive_id: chat.chat_id, msg_type: "text", content: JSON.stringify({ text: "hi" }) },
    });
    expect(created.code).toBe(0);
    const messageId = created.data?.message_id;
    expect(messageId).toMatch(/^om_x100b[0-9a-f]{27}$/); // as the live service issues them now
    expect(created.data?.chat_id).toBe(chat.chat_id);
    expect(created.data?.create_time).toBe(String(sentAt));
    expect(JSON.parse(created.data!.body!.content)).toEqual({ text: "hi" });

    const knownOpenIds = new Set((directory.users.items as any[]).map((u) => u.open_id));
    const readersNow = async () => {
      const ids: string[] = [];
      const pageSizes: number[] = [];
      let pageToken: string | undefined;
      for (let page = 0; page < 1000; page++) {
        const answer = await client.im.message.readUsers({
          path: { message_id: messageId! },
          params: { user_id_type: "open_id", page_size: 7, ...(pageToken !== undefined && { page_token: pageToken }) },
        });
        expect(answer.code).toBe(0);
        const items = answer.data?.items ?? [];
        pageSizes.push(items.length);
        for (const item of items) {
          expect(item.user_id_type).toBe("open_id");
          expect(item.user_id).toMatch(/^ou_[0-9a-f]{32}$/);
          expect(Number(item.timestamp)).toBeGreaterThanOrEqual(sentAt);
          ids.push(item.user_id);
        }
        if (!answer.data?.has_more) {
          expect(answer.data?.page_token).toBeUndefined();
          return { ids, pageSizes };
        }
        expect(items).toHaveLength(7); // a page that is not the last is full
        expect(typeof answer.data.page_token).toBe("string");
        pageToken = answer.data.page_token;
      }
      throw new Error("read_users never said has_more: false");
    };
    const stateReaders = async () => {
      const view = (await control("GET", "/state")).messages.items.find((m: any) => m.message_id === messageId);
      expect(view).toMatchObject({ chat_id: chat.chat_id, recipients: chat.member_count, deleted: false });
      return view.readers as number;
    };

    // Halfway through the read window: some readers.
    await advance(5 * 60_000);
    const partial = await readersNow();
    expect(partial.ids.length).toBe(await stateReaders());

    // After the window (readers arrive over about ten minutes): everyone who will read has read.
    const readAt = await advance(6 * 60_000);
    const all = await readersNow();
    const total = await stateReaders();
    expect(all.ids.length).toBe(total);
    expect(total).toBeGreaterThan(partial.ids.length);
    expect(total).toBeLessThanOrEqual(chat.member_count);
    expect(total).toBeGreaterThan(7); // more than one page, so paging was exercised
    expect(new Set(all.ids).size).toBe(all.ids.length);
    for (const size of all.pageSizes) expect(size).toBeLessThanOrEqual(7);
    expect(all.pageSizes.length).toBe(Math.ceil(total / 7));
    for (const id of all.ids) expect(knownOpenIds.has(id)).toBe(true);
    for (const id of partial.ids) expect(all.ids).toContain(id); // a reader stays a reader
    const last = await client.im.message.readUsers({ path: { message_id: messageId! }, params: { user_id_type: "open_id", page_size: 100 } });
    for (const item of last.data?.items ?? []) expect(Number(item.timestamp)).toBeLessThanOrEqual(readAt);
  });

  it("rejects get_progress of an unknown batch with HTTP 400 and code 230030", async () => {
    const errorsBefore = sdkLog.filter((l) => l.level === "error").length;
    const unknown = `bm-${"0123456789abcdef".repeat(2)}`;
    const failure = await client.im.batchMessage.getProgress({ path: { batch_message_id: unknown } }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeDefined();
    const response = (failure as { response?: { status: number; data: any; headers: Record<string, string> } }).response;
    expect(response?.status).toBe(400);
    expect(response?.data.code).toBe(230030);
    expect(typeof response?.data.msg).toBe("string");
    expect(response?.data.error?.log_id).toBe(response?.headers["x-tt-logid"]);
    // The SDK logged the failure (to our quiet logger), and nothing else went wrong before it.
    expect(sdkLog.filter((l) => l.level === "error")).toHaveLength(errorsBefore + 1);
    expect(errorsBefore).toBe(0);
  });

  it("leaves the mock with no self-check failures", async () => {
    expect((await control("GET", "/self-check")).failures).toEqual([]);
    expect(server.mock.selfCheckFailures).toEqual([]);
  });
});
