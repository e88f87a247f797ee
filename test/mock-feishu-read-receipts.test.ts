// Feishu single messages and read receipts on the mock: send, readers over time, paging, and every refusal.
import { beforeEach, describe, expect, it } from "vitest";
import { hash32 } from "../mock-server/random.js";
import { DAY, FEISHU_APP, harness, MINUTE, START, type Harness } from "./helpers/mock-harness.js";

const SEND = "/open-apis/im/v1/messages";
/** read_users of a message; user_id_type (required, seed 004) is open_id unless the query names one. */
const readUsers = (id: string, query = "") =>
  `/open-apis/im/v1/messages/${id}/read_users?${query.includes("user_id_type=") ? query : `user_id_type=open_id${query ? `&${query}` : ""}`}`;
const OTHER_APP = { app_id: "cli_00000000000000c3", app_secret: "other-secret" };

let h: Harness;
let token: string;
let dir: any;
const chat = (name: string) => dir.chats.find((c: any) => c.name.startsWith(name)).chat_id as string;

async function sendTo(receiveIdType: string, receiveId: string, as = token) {
  return h.call("POST", `${SEND}?receive_id_type=${receiveIdType}`, {
    token: as,
    body: { receive_id: receiveId, msg_type: "text", content: JSON.stringify({ text: "hello" }) },
  });
}

async function messageTo(receiveIdType: string, receiveId: string): Promise<string> {
  const answer = await sendTo(receiveIdType, receiveId);
  expect(answer.body.code, JSON.stringify(answer.body)).toBe(0);
  return answer.body.data.message_id;
}

async function allPages(id: string, query: string) {
  const items: any[] = [];
  let pageToken: string | undefined;
  let pages = 0;
  do {
    const answer = await h.call("GET", readUsers(id, `${query}${pageToken ? `&page_token=${encodeURIComponent(pageToken)}` : ""}`), { token });
    expect(answer.body.code, JSON.stringify(answer.body)).toBe(0);
    items.push(...answer.body.data.items);
    pageToken = answer.body.data.has_more ? answer.body.data.page_token : undefined;
    if (!answer.body.data.has_more) expect(answer.body.data.page_token).toBeUndefined();
    pages += 1;
  } while (pageToken);
  return { items, pages };
}

beforeEach(async () => {
  h = harness();
  token = await h.feishuToken();
  dir = await h.directory();
});

describe("message send", () => {
  it("sends to a chat the bot is in, and to users by each id type, as om_ messages", async () => {
    const user = dir.users.items[0];
    const answers = [
      await sendTo("chat_id", chat("Product")),
      await sendTo("open_id", user.open_id),
      await sendTo("union_id", user.union_id),
      await sendTo("user_id", user.user_id),
      await sendTo("email", user.email),
    ];
    for (const answer of answers) {
      expect(answer.body.code).toBe(0);
      expect(answer.body.data.message_id).toMatch(/^om_[0-9a-f]{32}$/);
      expect(answer.body.data.sender).toMatchObject({ id_type: "app_id", sender_type: "app" });
    }
    // The same user by four id types lands in one p2p chat.
    expect(new Set(answers.slice(1).map((a) => a.body.data.chat_id)).size).toBe(1);
  });

  it.each([
    ["a chat the bot is not in", "chat_id", () => chat("Sales"), 230002],
    ["a user outside the app's availability", "user_id", () => dir.users.items.find((u: any) => u.department_ids.includes("contractors")).user_id, 230013],
    ["an id that names no one", "open_id", () => `ou_${"1".repeat(32)}`, 230034],
  ])("refuses %s (%s)", async (_case, type, id, code) => {
    const answer = await sendTo(type, id());
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe(code);
  });

  it("answers with the message as the vendor does: msg success, not deleted or updated, its chat, content and times", async () => {
    const answer = await sendTo("chat_id", chat("Product"));
    expect(answer.body).toMatchObject({
      code: 0,
      msg: "success",
      data: {
        msg_type: "text",
        create_time: String(Date.parse(START)),
        update_time: String(Date.parse(START)),
        deleted: false,
        updated: false,
        chat_id: chat("Product"),
        sender: { id: FEISHU_APP.app_id, id_type: "app_id", sender_type: "app" },
        body: { content: JSON.stringify({ text: "hello" }) },
      },
    });
  });

  it("says why content is refused: not an object, or not the msg_type's shape (230001)", async () => {
    const send = (content: string, msgType = "text") =>
      h.call("POST", `${SEND}?receive_id_type=chat_id`, { token, body: { receive_id: chat("Product"), msg_type: msgType, content } });
    for (const content of ["not json", "[1,2]", "null", "5", '"text"']) {
      const answer = await send(content);
      expect(answer.body.code, content).toBe(230001);
      expect(answer.headers.get("x-mock-error-reason"), content).toBe("content must be a JSON object serialised to a string");
    }
    const wrongShape = await send('{"image_key":"img_1"}');
    expect(wrongShape.body.code).toBe(230001);
    expect(wrongShape.headers.get("x-mock-error-reason")).toMatch(/^content of a text message: \S/);
    // Every problem is named, one after another; a reason too long for a header is cut at 300 characters.
    const post = (title: unknown) => send(JSON.stringify({ zh_cn: { title, content: "not a list" } }), "post");
    const two = (await post(5)).headers.get("x-mock-error-reason")!;
    expect(two.split("; ").length, two).toBeGreaterThanOrEqual(2);
    const many = await send(JSON.stringify(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`lang_${i}`, { content: 1 }]))), "post");
    expect(many.body.code).toBe(230001);
    expect(many.headers.get("x-mock-error-reason")).toHaveLength(300);
    const tooBig = await send(JSON.stringify({ text: "x".repeat(150 * 1024) }));
    expect(tooBig.body.code).toBe(230025);
    expect(tooBig.headers.get("x-mock-error-reason")).toBe("the text content is over 153600 bytes");
  });

  it("refuses a chat_id that names no chat (230034)", async () => {
    const answer = await sendTo("chat_id", `oc_${"0".repeat(32)}`);
    expect(answer.body.code).toBe(230034);
  });

  it("refuses content that is not a JSON string of an object (230001), and a missing receive_id_type", async () => {
    const bad = await h.call("POST", `${SEND}?receive_id_type=chat_id`, {
      token,
      body: { receive_id: chat("Product"), msg_type: "text", content: "not json" },
    });
    expect(bad.body.code).toBe(230001);
    const noType = await h.call("POST", SEND, { token, body: { receive_id: chat("Product"), msg_type: "text", content: "{}" } });
    expect(noType.body.code).toBe(230001);
  });
});

describe("message send", () => {
  it("announces each message it sends (kind and id) to the state's change listeners, which feed /__mock/events", async () => {
    const changes: unknown[] = [];
    const stop = h.mock.state.onRecordChange((change) => changes.push(change));
    const id = await messageTo("chat_id", chat("Product"));
    stop();
    expect(changes).toEqual([{ kind: "message", id }]);
  });
});

describe("message recall", () => {
  it("recalls the app's own message within 24 hours, once; others' are 230026, older ones 230009", async () => {
    const id = await messageTo("chat_id", chat("Product"));
    const recall = (as = token) => h.call("DELETE", `${SEND}/${id}`, { token: as });
    await h.control("POST", "/apps", { vendor: "feishu", ...OTHER_APP });
    expect((await recall(await h.feishuToken(OTHER_APP))).body.code).toBe(230026);
    expect((await recall()).body).toEqual({ code: 0, msg: "success", data: {} });
    const recalledAt = (await h.control("GET", `/messages/${id}`)).body.deleted_at;
    expect(recalledAt).toBe(new Date(h.mock.clock.now()).toISOString());
    h.advance(MINUTE);
    expect((await recall()).body.code).toBe(0);
    // The second recall changes nothing: the message was recalled when it first was.
    expect((await h.control("GET", `/messages/${id}`)).body.deleted_at).toBe(recalledAt);
    expect((await h.call("GET", readUsers(id), { token })).body.code).toBe(230110);

    const old = await messageTo("chat_id", chat("Product"));
    const last = await messageTo("chat_id", chat("Product"));
    h.advance(DAY);
    token = await h.feishuToken();
    expect((await h.call("DELETE", `${SEND}/${last}`, { token })).body.code).toBe(0); // 24 hours to the millisecond
    h.advance(1);
    expect((await h.call("DELETE", `${SEND}/${old}`, { token })).body.code).toBe(230009);
    // Recalled in time, it stays recalled: recalling it again later changes nothing.
    expect((await h.call("DELETE", `${SEND}/${last}`, { token })).body.code).toBe(0);
  });
});

describe("read_users", () => {
  it("pages every reader exactly once, in the asked id type, with the default page size of 20", async () => {
    const id = await messageTo("chat_id", chat("Engineering"));
    h.advance(5000); // a few hundred of the 100,000 members have read it
    const first = await h.call("GET", readUsers(id), { token });
    expect(first.body.data.items).toHaveLength(20);
    expect(first.body.data.items[0]).toMatchObject({ user_id_type: "open_id", tenant_key: dir.tenant_key });
    expect(first.body.data.items[0].user_id).toMatch(/^ou_[0-9a-f]{32}$/);
    expect(first.body.data.items[0].timestamp).toMatch(/^\d{13}$/);

    const state = (await h.control("GET", "/state")).body;
    const readers = state.messages.items.find((m: any) => m.message_id === id).readers;
    expect(readers).toBeGreaterThan(100);
    const { items, pages } = await allPages(id, "user_id_type=union_id&page_size=100");
    expect(items).toHaveLength(readers);
    expect(pages).toBe(Math.ceil(readers / 100));
    expect(new Set(items.map((i) => i.user_id)).size).toBe(readers);
    for (const item of items) expect(item.user_id).toMatch(/^on_[0-9a-f]{32}$/);
  });

  it("lets new readers append while paging: no duplicate and no gap", async () => {
    const id = await messageTo("chat_id", chat("Product"));
    h.advance(2 * MINUTE);
    const seen: string[] = [];
    let pageToken: string | undefined;
    for (;;) {
      const answer = await h.call("GET", readUsers(id, `user_id_type=user_id&page_size=2${pageToken ? `&page_token=${pageToken}` : ""}`), { token });
      seen.push(...answer.body.data.items.map((i: any) => i.user_id));
      h.advance(30_000); // more readers arrive between pages
      if (!answer.body.data.has_more) break;
      pageToken = answer.body.data.page_token;
    }
    expect(new Set(seen).size).toBe(seen.length);
    const { items } = await allPages(id, "user_id_type=user_id&page_size=100");
    expect(items.map((i) => i.user_id).slice(0, seen.length)).toEqual(seen);
  });

  it.each([["page_size=0"], ["page_size=101"], ["page_size=abc"], ["user_id_type=email"], ["page_token=bm90LWEtdG9rZW4"]])(
    "refuses %s with 230001",
    async (query) => {
      const id = await messageTo("chat_id", chat("Product"));
      const answer = await h.call("GET", readUsers(id, query), { token });
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe(230001);
    },
  );

  it("refuses another message's page_token and an unknown message (230001)", async () => {
    const a = await messageTo("chat_id", chat("Engineering"));
    const b = await messageTo("chat_id", chat("Engineering"));
    h.advance(MINUTE);
    const pageToken = (await h.call("GET", readUsers(a, "page_size=1"), { token })).body.data.page_token;
    expect((await h.call("GET", readUsers(b, `page_token=${pageToken}`), { token })).body.code).toBe(230001);
    expect((await h.call("GET", readUsers(`om_${"9".repeat(32)}`), { token })).body.code).toBe(230001);
  });

  it("answers a page_token sent again with the same page, and still refuses it for another message once it was used", async () => {
    const a = await messageTo("chat_id", chat("Engineering"));
    const b = await messageTo("chat_id", chat("Engineering"));
    h.advance(10 * MINUTE);
    const pageToken = (await h.call("GET", readUsers(a, "page_size=1"), { token })).body.data.page_token as string;
    const second = await h.call("GET", readUsers(a, `page_size=1&page_token=${pageToken}`), { token });
    expect(second.body.code).toBe(0);
    const again = await h.call("GET", readUsers(a, `page_size=1&page_token=${pageToken}`), { token });
    expect(again.body).toEqual(second.body);
    expect((await h.call("GET", readUsers(b, `page_size=1&page_token=${pageToken}`), { token })).body.code).toBe(230001);
    // A different page size from the same reader: the token names a reader, not a page.
    const wider = await h.call("GET", readUsers(a, `page_size=2&page_token=${pageToken}`), { token });
    expect(wider.body.data.items[0]).toEqual(second.body.data.items[0]);
  });

  it("refuses a page_token that is not base64, or is forged (number changed, negative, not a number) (230001)", async () => {
    const id = await messageTo("chat_id", chat("Engineering"));
    h.advance(10 * MINUTE);
    const real = (await h.call("GET", readUsers(id, "page_size=1"), { token })).body.data.page_token as string;
    const [next, check, prefix] = atob(real.replaceAll("-", "+").replaceAll("_", "/")).split(".");
    expect(next).toBe("1");
    const forged = (text: string) => btoa(text).replaceAll("+", "-").replaceAll("/", "_");
    for (const pageToken of ["%%%", "a", forged(`2.${check}.${prefix}`), forged(`-1.${check}.${prefix}`), forged(`x.${check}.${prefix}`), forged(`1.${check}`)]) {
      const answer = await h.call("GET", readUsers(id, `page_size=1&page_token=${encodeURIComponent(pageToken)}`), { token });
      expect(answer.status, pageToken).toBe(400);
      expect(answer.body.code, pageToken).toBe(230001);
      expect(answer.headers.get("x-mock-error-reason"), pageToken).toBe("invalid page_token");
    }
    // The genuine token, re-encoded the same way, still pages on.
    const page = await h.call("GET", readUsers(id, `page_size=1&page_token=${forged(`${next}.${check}.${prefix}`)}`), { token });
    expect(page.body.code).toBe(0);
    expect(page.body.data.items).toHaveLength(1);
  });

  it("refuses page_tokens signed for a reader number that is negative or not whole, or naming another message", async () => {
    // The check value is keyed by the seed, which is configuration, not a secret: the decoder must not rely on it alone.
    const seed = h.mock.state.config.seed;
    const id = await messageTo("chat_id", chat("Engineering"));
    const other = await messageTo("chat_id", chat("Engineering"));
    h.advance(10 * MINUTE);
    const signed = (next: number, prefix = id.slice(-8)) => btoa(`${next}.${hash32(seed, "page", id, next).toString(36)}.${prefix}`);
    expect((await h.call("GET", readUsers(id, `page_size=1&page_token=${signed(1)}`), { token })).body.code).toBe(0);
    // Reader 0 is a reader number like any other: such a token pages from the start.
    const fromStart = await h.call("GET", readUsers(id, `page_size=1&page_token=${signed(0)}`), { token });
    const first = await h.call("GET", readUsers(id, "page_size=1"), { token });
    expect(fromStart.body.data.items).toEqual(first.body.data.items);
    for (const pageToken of [signed(-1), signed(1.5), signed(1, other.slice(-8))]) {
      const answer = await h.call("GET", readUsers(id, `page_size=1&page_token=${encodeURIComponent(pageToken)}`), { token });
      expect(answer.body.code, pageToken).toBe(230001);
    }
  });

  it("says an unknown message is unknown, on read_users and on recall (230001)", async () => {
    for (const [method, path] of [["GET", readUsers(`om_${"9".repeat(32)}`)], ["DELETE", `${SEND}/om_${"9".repeat(32)}`]] as const) {
      const answer = await h.call(method, path, { token });
      expect(answer.body.code).toBe(230001);
      expect(answer.headers.get("x-mock-error-reason")).toBe("no message with this message_id");
    }
  });

  it("of a one-to-one message: nobody at first, then the one recipient, once", async () => {
    const user = dir.users.items.find((u: any) => u.department_ids.includes("product"));
    const id = await messageTo("user_id", user.user_id);
    const read = async () => (await h.call("GET", readUsers(id, "user_id_type=user_id&page_size=100"), { token })).body.data;
    expect(await read()).toEqual({ items: [], has_more: false });
    // The default read ratio (0.5–0.9) rounds one recipient up to one reader, by the end of the 10-minute spread.
    h.advance(10 * MINUTE);
    const { items, has_more } = await read();
    expect(has_more).toBe(false);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ user_id_type: "user_id", user_id: user.user_id });
    const state = (await h.control("GET", "/state")).body;
    expect(state.messages.items.find((m: any) => m.message_id === id)).toMatchObject({ chat_type: "p2p", recipients: 1, readers: 1 });
  });

  it("needs the user_id field scope for user_id (230027)", async () => {
    const id = await messageTo("chat_id", chat("Product"));
    await h.control("PATCH", "/apps/cli_9f0a1b2c3d4e5f60", { scopes: ["im:message"] });
    const refused = await h.call("GET", readUsers(id, "user_id_type=user_id"), { token });
    expect(refused.body.code).toBe(230027);
    expect(refused.headers.get("x-mock-error-reason")).toMatch(/^app cli_9f0a1b2c3d4e5f60 holds none of the scopes \S+$/);
    expect((await h.call("GET", readUsers(id, "user_id_type=open_id"), { token })).body.code).toBe(0);
  });

  it("names the missing scopes: 230027 with a reason, or the gateway's 99991672 where the spec says the gateway checks", async () => {
    h = harness({ feishu: { gateway_errors: true } });
    token = await h.feishuToken();
    const id = await messageTo("chat_id", chat("Product"));
    await h.control("PATCH", `/apps/${FEISHU_APP.app_id}`, { scopes: ["im:message"] });
    // read_users' field scope: checked by the gateway (x-gateway-scopes).
    const gateway = await h.call("GET", readUsers(id, "user_id_type=user_id"), { token });
    expect(gateway.body.code).toBe(99991672);
    const [scope] = gateway.body.error.permission_violations.map((v: any) => v.subject);
    expect(gateway.body.error.permission_violations).toEqual([{ type: "action_scope_required", subject: scope, description: "the app needs one of these scopes" }]);
    expect(gateway.headers.get("x-mock-error-reason")).toBe(`app ${FEISHU_APP.app_id} holds none of the scopes ${scope}`);
    // Sending without any of its three scopes: all three named.
    await h.control("PATCH", `/apps/${FEISHU_APP.app_id}`, { scopes: ["contact:user.base:readonly"] });
    const send = await sendTo("chat_id", chat("Product"));
    expect(send.body.code).toBe(99991672);
    expect(send.headers.get("x-mock-error-reason")).toBe(`app ${FEISHU_APP.app_id} holds none of the scopes im:message, im:message:send_as_bot, im:message:send`);
  });

  it("refuses another app's message (230012), a deleted one (230110), one older than 7 days (230033)", async () => {
    const id = await messageTo("chat_id", chat("Product"));
    await h.control("POST", "/apps", { vendor: "feishu", ...OTHER_APP });
    expect((await h.call("GET", readUsers(id), { token: await h.feishuToken(OTHER_APP) })).body.code).toBe(230012);

    const old = await messageTo("chat_id", chat("Product"));
    expect((await h.call("DELETE", `/open-apis/im/v1/messages/${id}`, { token })).body).toEqual({ code: 0, msg: "success", data: {} });
    expect((await h.call("GET", readUsers(id), { token })).body.code).toBe(230110);
    h.advance(7 * DAY);
    token = await h.feishuToken();
    expect((await h.call("GET", readUsers(old), { token })).body.code).toBe(0);
    h.advance(1);
    expect((await h.call("GET", readUsers(old), { token })).body.code).toBe(230033);
  });

  it("refuses when the bot has left the chat (230002) or the p2p user left the app's availability (230013)", async () => {
    const group = await messageTo("chat_id", chat("Product"));
    const user = dir.users.items[1];
    const p2p = await messageTo("user_id", user.user_id);
    await h.control("POST", `/chats/${chat("Product")}/bots`, { app_id: "cli_9f0a1b2c3d4e5f60", in_chat: false });
    expect((await h.call("GET", readUsers(group), { token })).body.code).toBe(230002);
    await h.control("PATCH", "/apps/cli_9f0a1b2c3d4e5f60", { unavailable: [user.user_id] });
    expect((await h.call("GET", readUsers(p2p), { token })).body.code).toBe(230013);
  });

  it("refuses an app without bot ability (230006)", async () => {
    const id = await messageTo("chat_id", chat("Product"));
    await h.control("PATCH", "/apps/cli_9f0a1b2c3d4e5f60", { bot: false });
    expect((await h.call("GET", readUsers(id), { token })).body.code).toBe(230006);
  });
});
