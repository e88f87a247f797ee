// Feishu batch messages on the mock: batch send, progress over time, read counts, recall, windows, isolation.
import { beforeEach, describe, expect, it } from "vitest";
import { DAY, FEISHU_APP, harness, HOUR, type Harness } from "./helpers/mock-harness.js";

const SEND = "/open-apis/message/v4/batch_send/";
const progressOf = (id: string) => `/open-apis/im/v1/batch_messages/${id}/get_progress`;
const readUserOf = (id: string) => `/open-apis/im/v1/batch_messages/${id}/read_user`;
const batchOf = (id: string) => `/open-apis/im/v1/batch_messages/${id}`;
const OTHER_APP = { app_id: "cli_00000000000000b2", app_secret: "other-secret" };

let h: Harness;
let token: string;
let dir: any;

async function send(body: Record<string, unknown>, as = token) {
  return h.call("POST", SEND, { token: as, body: { msg_type: "text", content: { text: "hello" }, ...body } });
}

async function sendOk(body: Record<string, unknown>, as = token): Promise<string> {
  const answer = await send(body, as);
  expect(answer.body.code, JSON.stringify(answer.body)).toBe(0);
  return answer.body.data.message_id;
}

const progress = async (id: string, as = token) => (await h.call("GET", progressOf(id), { token: as })).body;

beforeEach(async () => {
  h = harness();
  token = await h.feishuToken();
  dir = await h.directory();
});

describe("batch send", () => {
  it("returns a bm- id and lists the ids that name no one, and counts each user once", async () => {
    const product = dir.users.items.filter((u: any) => u.department_ids.includes("product"));
    const answer = await send({
      department_ids: ["product", "no-such-department"],
      open_ids: [product[0].open_id, "ou_0000"],
      user_ids: [product[1].user_id, "ffffffff"],
      union_ids: [product[2].union_id],
    });
    expect(answer.status).toBe(200);
    expect(answer.body.code).toBe(0);
    expect(answer.body.data.message_id).toMatch(/^bm-[0-9a-f]{32}$/);
    expect(answer.body.data).toMatchObject({
      invalid_department_ids: ["no-such-department"],
      invalid_open_ids: ["ou_0000"],
      invalid_user_ids: ["ffffffff"],
      invalid_union_ids: [],
    });
    h.advance(60_000);
    const p = await progress(answer.body.data.message_id);
    const productSize = dir.departments.find((d: any) => d.department_id === "product").member_count;
    expect(p.data.batch_message_send_progress.valid_user_ids_count).toBe(productSize);
  });

  it("keeps the batch's msg_type (as /__mock/state lists it) and announces the batch to the change listeners", async () => {
    const changes: unknown[] = [];
    const stop = h.mock.state.onRecordChange((change) => changes.push(change));
    const id = await sendOk({ department_ids: ["sales"] });
    stop();
    expect(changes).toEqual([{ kind: "batch", id }]);
    const image = await sendOk({ department_ids: ["sales"], msg_type: "image", content: { image_key: "img_v2_1" } });
    const listed = (await h.control("GET", "/state")).body.batches.items;
    expect(listed.map((b: any) => [b.batch_message_id, b.msg_type]).sort()).toEqual([[id, "text"], [image, "image"]].sort());
  });

  it("accepts departments by open_department_id and includes sub-departments", async () => {
    const product = dir.departments.find((d: any) => d.department_id === "product");
    const id = await sendOk({ department_ids: [product.open_department_id] });
    h.advance(60_000);
    expect((await progress(id)).data.batch_message_send_progress.valid_user_ids_count).toBe(product.member_count);
  });

  it.each([
    ["no recipients", {}],
    ["the root department 0", { department_ids: ["0"] }],
    ["201 open_ids", { open_ids: Array.from({ length: 201 }, (_, i) => `ou_${i}`) }],
    ["an interactive message without a card", { msg_type: "interactive", open_ids: ["ou_x"] }],
    ["a text message without content", { content: undefined, open_ids: ["ou_x"] }],
    ["an unknown msg_type", { msg_type: "video", open_ids: ["ou_x"] }],
    ["a text over 150 KB", { content: { text: "x".repeat(151 * 1024) }, open_ids: ["ou_x"] }],
  ])("refuses %s with 10003 (HTTP 200)", async (_case, body) => {
    const answer = await send(body);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ code: 10003, msg: "Invalid parameter." });
    expect(answer.headers.get("x-mock-error-reason")).toBeTruthy();
  });

  it("says why in x-mock-error-reason, quoting the rule a request broke", async () => {
    const answer = await send({});
    expect(answer.headers.get("x-mock-error-reason")).toContain("At least one of `department_ids`, `open_ids`, `user_ids`, `union_ids`");
  });

  it("answers the batch send errors with HTTP 400 when configured to", async () => {
    h = harness({ feishu: { http_status_overrides: { "10003": 400 } } });
    token = await h.feishuToken();
    const answer = await send({});
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe(10003);
  });

  it.each([
    ["no bot", { bot: false }, { open_ids: ["ou_x"] }, 11205],
    ["no im:message write scope", { scopes: ["im:message:send_multi_users"] }, { open_ids: ["ou_x"] }, 11223],
    ["no send_multi_users scope", { scopes: ["im:message", "im:message:send_multi_depts"] }, { open_ids: ["ou_x"] }, 11203],
    ["no send_multi_depts scope", { scopes: ["im:message", "im:message:send_multi_users"] }, { department_ids: ["sales"] }, 11204],
  ])("refuses an app with %s (%s)", async (_case, app, body, code) => {
    await h.control("POST", "/apps", { vendor: "feishu", ...OTHER_APP, ...app });
    const other = await h.feishuToken(OTHER_APP);
    expect((await send(body, other)).body.code).toBe(code);
  });

  it("stops an app at its daily limit (11247) and lets it send again the next day", async () => {
    h = harness({ feishu: { daily_batch_limit: 30 } });
    token = await h.feishuToken();
    await sendOk({ department_ids: ["product"] }); // 20
    expect((await send({ department_ids: ["sales"] })).body.code).toBe(11247); // 40 > 30
    h.advance(DAY);
    token = await h.feishuToken();
    await sendOk({ department_ids: ["sales"] });
  });

  it.each([
    ["departments only, with the departments scope alone", ["im:message", "im:message:send_multi_depts"], { department_ids: ["sales"], open_ids: [] }],
    ["users only, with the users scope alone", ["im:message", "im:message:send_multi_users"], { open_ids: ["ou_x"], department_ids: [] }],
  ])("sends to %s: each recipient kind needs only its own scope", async (_case, scopes, body) => {
    await h.control("POST", "/apps", { vendor: "feishu", ...OTHER_APP, scopes });
    expect((await send(body, await h.feishuToken(OTHER_APP))).body.code).toBe(0);
  });

  it("resolves each id kind on its own: union_ids alone, departments alone, and lists nothing invalid for a kind not sent", async () => {
    const sales = dir.users.items.find((u: any) => u.department_ids.includes("sales"));
    const byUnion = await send({ union_ids: [sales.union_id, "on_nobody"] });
    expect(byUnion.body.data).toEqual({
      message_id: byUnion.body.data.message_id,
      invalid_department_ids: [],
      invalid_open_ids: [],
      invalid_user_ids: [],
      invalid_union_ids: ["on_nobody"],
    });
    const byDepartment = await send({ department_ids: ["sales"] });
    expect(byDepartment.body.data).toMatchObject({ invalid_department_ids: [], invalid_open_ids: [], invalid_user_ids: [], invalid_union_ids: [] });
    h.advance(60_000);
    expect((await progress(byUnion.body.data.message_id)).data.batch_message_send_progress.valid_user_ids_count).toBe(1);
  });

  it("answers the envelopes the vendor sends: batch send and read_user msg ok, get_progress msg success", async () => {
    const answer = await send({ department_ids: ["sales"] });
    expect(answer.body).toMatchObject({ code: 0, msg: "ok" });
    const id = answer.body.data.message_id;
    expect(await progress(id)).toMatchObject({ code: 0, msg: "success" });
    expect((await h.call("GET", readUserOf(id), { token })).body).toMatchObject({ code: 0, msg: "ok", data: { read_user: { read_count: "0", total_count: "0" } } });
    const tooBig = await send({ msg_type: "interactive", card: { elements: [{ tag: "div", text: { tag: "plain_text", content: "x".repeat(31 * 1024) } }] }, department_ids: ["sales"] });
    expect(tooBig.body.code).toBe(10003);
    expect(tooBig.headers.get("x-mock-error-reason")).toBe("the interactive content is over 30720 bytes");
  });

  it("lets an app send exactly its daily limit, and not one recipient more", async () => {
    h = harness({ feishu: { daily_batch_limit: 40 } });
    token = await h.feishuToken();
    await sendOk({ department_ids: ["product"] }); // 20
    await sendOk({ department_ids: ["sales"] }); // 40 = 40
    const one = dir.users.items.find((u: any) => u.department_ids.includes("sales"));
    expect((await send({ user_ids: [one.user_id] })).body.code).toBe(11247);
  });
});

describe("get_progress and read_user over time", () => {
  it("shows 0 valid until scheduled, then delivery to the reachable users, then reads; read_user agrees", async () => {
    // Product: 20 members, 2 of them outside the bot's contact scope. Contractors: outside the app's availability.
    const id = await sendOk({ department_ids: ["product", "contractors"] });
    const first = await progress(id);
    expect(first.data.batch_message_send_progress).toEqual({ valid_user_ids_count: 0, success_user_ids_count: 0, read_user_ids_count: 0 });
    expect(first.data.batch_message_recall_progress).toEqual({ recall: false, recall_count: 0 });

    let previous = first.data.batch_message_send_progress;
    for (let t = 0; t < 15 * 60; t += 5) {
      h.advance(5000);
      const p = (await progress(id)).data.batch_message_send_progress;
      expect(p.success_user_ids_count).toBeLessThanOrEqual(p.valid_user_ids_count);
      expect(p.read_user_ids_count).toBeLessThanOrEqual(p.success_user_ids_count);
      for (const key of Object.keys(p)) expect(p[key]).toBeGreaterThanOrEqual(previous[key]);
      const counts = (await h.call("GET", readUserOf(id), { token })).body.data.read_user;
      expect(counts).toEqual({ read_count: String(p.read_user_ids_count), total_count: String(p.success_user_ids_count) });
      previous = p;
    }
    expect(previous.valid_user_ids_count).toBe(28);
    expect(previous.success_user_ids_count).toBe(18);
    expect(previous.read_user_ids_count).toBeGreaterThan(0);
  });

  it("accepts the {} body the official SDK sends on DELETE (GET bodies: test/mock-over-http.test.ts)", async () => {
    const id = await sendOk({ department_ids: ["sales"] });
    const del = await h.call("DELETE", batchOf(id), { token, body: {} });
    expect(del.body.code).toBe(0);
  });

  it.each([
    ["a malformed id", "not-a-batch", 230001],
    ["an unknown id", `bm-${"a".repeat(32)}`, 230030],
  ])("answers %s with %s", async (_case, id, code) => {
    for (const path of [progressOf(id), readUserOf(id)]) {
      const answer = await h.call("GET", path, { token });
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe(code);
    }
  });

  it("covers batches of the last 30 days only, up to their last millisecond (230030 after)", async () => {
    const id = await sendOk({ department_ids: ["sales"] });
    h.advance(30 * DAY);
    token = await h.feishuToken();
    expect((await progress(id)).code).toBe(0);
    // A millisecond later: still stored (the retention sweep runs once per mock second), refused by the window.
    h.advance(1);
    expect((await progress(id)).code).toBe(230030);
    expect((await h.call("GET", readUserOf(id), { token })).body.code).toBe(230030);
    expect((await h.call("DELETE", batchOf(id), { token })).body.code).toBe(230030);
  });

  it("keeps apps apart: another app's batch is 230012; bot and scopes are checked (230006, 230027)", async () => {
    const id = await sendOk({ department_ids: ["sales"] });
    await h.control("POST", "/apps", { vendor: "feishu", ...OTHER_APP });
    const other = await h.feishuToken(OTHER_APP);
    expect((await progress(id, other)).code).toBe(230012);
    expect((await h.call("GET", readUserOf(id), { token: other })).body.code).toBe(230012);

    await h.control("PATCH", `/apps/${OTHER_APP.app_id}`, { bot: false });
    expect((await progress(id, other)).code).toBe(230006);
    await h.control("PATCH", `/apps/${OTHER_APP.app_id}`, { bot: true, scopes: ["im:message"] });
    expect((await progress(id, other)).code).toBe(230027);
    expect((await h.call("GET", readUserOf(id), { token: other })).body.code).toBe(230027);
  });
});

describe("batch recall", () => {
  it("starts at once and recalls what was delivered; a second recall changes nothing", async () => {
    const id = await sendOk({ department_ids: ["sales"] });
    h.advance(60_000);
    const delivered = (await progress(id)).data.batch_message_send_progress.success_user_ids_count;
    expect(delivered).toBe(18);
    const answer = await h.call("DELETE", batchOf(id), { token });
    expect(answer.body).toEqual({ code: 0, data: {}, msg: "ok" });
    let recall = (await progress(id)).data.batch_message_recall_progress;
    expect(recall.recall).toBe(true);
    let previous = recall.recall_count;
    for (let i = 0; i < 10; i++) {
      h.advance(1000);
      recall = (await progress(id)).data.batch_message_recall_progress;
      expect(recall.recall_count).toBeGreaterThanOrEqual(previous);
      expect(recall.recall_count).toBeLessThanOrEqual(delivered);
      previous = recall.recall_count;
    }
    expect(recall.recall_count).toBe(delivered);
    expect((await h.call("DELETE", batchOf(id), { token })).body.code).toBe(0);
    expect((await progress(id)).data.batch_message_recall_progress).toEqual({ recall: true, recall_count: delivered });
  });

  it("refuses another app's batch (230026), after the recall window (230009), after 30 days (230030)", async () => {
    const id = await sendOk({ department_ids: ["sales"] });
    await h.control("POST", "/apps", { vendor: "feishu", ...OTHER_APP });
    expect((await h.call("DELETE", batchOf(id), { token: await h.feishuToken(OTHER_APP) })).body.code).toBe(230026);
    h.advance(DAY + 1000);
    token = await h.feishuToken();
    expect((await h.call("DELETE", batchOf(id), { token })).body.code).toBe(230009);
    h.advance(30 * DAY);
    token = await h.feishuToken();
    expect((await h.call("DELETE", batchOf(id), { token })).body.code).toBe(230030);
  });

  it("follows the tenant's recall window, up to its last millisecond", async () => {
    h = harness({ feishu: { recall_window_seconds: 3600 } });
    token = await h.feishuToken();
    const id = await sendOk({ department_ids: ["sales"] });
    const late = await sendOk({ department_ids: ["sales"] });
    h.advance(HOUR);
    expect((await h.call("DELETE", batchOf(id), { token })).body.code).toBe(0);
    h.advance(1);
    expect((await h.call("DELETE", batchOf(late), { token })).body.code).toBe(230009);
  });

  it("freezes delivery when recalled before it finished", async () => {
    const id = await sendOk({ department_ids: ["engineering"] });
    h.advance(10_000);
    await h.call("DELETE", batchOf(id), { token });
    const atRecall = (await progress(id)).data.batch_message_send_progress.success_user_ids_count;
    expect(atRecall).toBeGreaterThan(0);
    h.advance(HOUR);
    const later = (await progress(id)).data;
    expect(later.batch_message_send_progress.success_user_ids_count).toBe(atRecall);
    expect(later.batch_message_recall_progress.recall_count).toBe(atRecall);
  });
});

describe("app ids", () => {
  it("uses per-app open_ids: another app's open_id for the same user is invalid", async () => {
    await h.control("POST", "/apps", { vendor: "feishu", ...OTHER_APP });
    const otherDir = await h.directory(OTHER_APP.app_id);
    const answer = await send({ open_ids: [otherDir.users.items[0].open_id] });
    expect(answer.body.data.invalid_open_ids).toEqual([otherDir.users.items[0].open_id]);
    expect(otherDir.users.items[0].open_id).not.toBe(dir.users.items[0].open_id);
  });
});

describe("cost in the number of recipients", () => {
  it("stores the same few numbers for a batch to 100,000 users as for one to 3", async () => {
    const three = dir.users.items.slice(20, 23).map((u: any) => u.open_id);
    const small = await sendOk({ open_ids: three });
    const large = await sendOk({ department_ids: ["engineering"] });
    const record = (id: string) => h.mock.state.batches.get(id)!;
    expect(Object.keys(record(large)).sort()).toEqual(Object.keys(record(small)).sort());
    // `sent` holds the recipient fields as given (bounded by the request's own limits), not the people they reach.
    const size = (id: string) => JSON.stringify({ ...record(id), timing: undefined, sent: undefined }).length;
    expect(Math.abs(size(large) - size(small))).toBeLessThanOrEqual(12); // the extra digits of two counts
    expect(record(large).sent?.recipients).toEqual({ department_ids: ["engineering"] });
    h.advance(HOUR);
    token = await h.feishuToken();
    expect((await progress(large)).data.batch_message_send_progress.valid_user_ids_count).toBe(100_000);
    expect((await progress(small)).data.batch_message_send_progress.valid_user_ids_count).toBe(3);
  });
});
