// Bounded memory: records past every window that reads them are dropped and still answer the window's code; a
// ceiling on stored records answers the vendor's own limit code; sizes are capped where the vendor caps them;
// and no id or token is ever issued twice, reset or not.
import { describe, expect, it } from "vitest";
import { DAY, harness } from "./helpers/mock-harness.js";

const batchBody = { msg_type: "text", content: { text: "x" }, department_ids: ["sales"] };
const taskBody = { agent_id: 1000000001, to_all_user: true, msg: { msgtype: "text", text: { content: "x" } } };

describe("eviction past the windows", () => {
  it("drops batches, messages and tasks past their windows, which then answer the window's code", async () => {
    const h = harness();
    const token = await h.feishuToken();
    const batch = (await h.call("POST", "/open-apis/message/v4/batch_send/", { token, body: batchBody })).body.data.message_id;
    const chat = (await h.directory()).chats[0].chat_id;
    const message = (await h.call("POST", "/open-apis/im/v1/messages?receive_id_type=chat_id", { token, body: { receive_id: chat, msg_type: "text", content: '{"text":"x"}' } })).body.data.message_id;
    const dingtalk = await h.dingtalkToken();
    const task = (await h.call("POST", `/topapi/message/corpconversation/asyncsend_v2?access_token=${dingtalk}`, { body: taskBody })).body.task_id;
    expect((await h.control("GET", "/state")).body).toMatchObject({ batches: { total: 1 }, messages: { total: 1 }, tasks: { total: 1 } });

    h.advance(31 * DAY);
    const fresh = await h.feishuToken();
    // Any request sweeps; the state then holds nothing past its window.
    expect((await h.call("GET", `/open-apis/im/v1/batch_messages/${batch}/get_progress`, { token: fresh })).body.code).toBe(230030);
    expect((await h.control("GET", "/state")).body).toMatchObject({ batches: { total: 0 }, messages: { total: 0 }, tasks: { total: 0 } });
    expect((await h.call("GET", `/open-apis/im/v1/batch_messages/${batch}/read_user`, { token: fresh })).body.code).toBe(230030);
    expect((await h.call("GET", `/open-apis/im/v1/messages/${message}/read_users?user_id_type=open_id`, { token: fresh })).body.code).toBe(230033);
    expect((await h.call("DELETE", `/open-apis/im/v1/messages/${message}`, { token: fresh })).body.code).toBe(230009);
    const dingtalkFresh = await h.dingtalkToken();
    const progress = await h.call("POST", `/topapi/message/corpconversation/getsendprogress?access_token=${dingtalkFresh}`, { body: { agent_id: 1000000001, task_id: task } });
    expect(progress.body.errcode).toBe(40035);
  });

  it("keeps what is still within its window", async () => {
    const h = harness();
    const token = await h.feishuToken();
    const old = (await h.call("POST", "/open-apis/message/v4/batch_send/", { token, body: batchBody })).body.data.message_id;
    h.advance(20 * DAY);
    const fresh = await h.feishuToken();
    const recent = (await h.call("POST", "/open-apis/message/v4/batch_send/", { token: fresh, body: batchBody })).body.data.message_id;
    h.advance(11 * DAY);
    const later = await h.feishuToken();
    expect((await h.call("GET", `/open-apis/im/v1/batch_messages/${recent}/get_progress`, { token: later })).body.code).toBe(0);
    expect((await h.call("GET", `/open-apis/im/v1/batch_messages/${old}/get_progress`, { token: later })).body.code).toBe(230030);
    expect((await h.control("GET", "/state")).body.batches.total).toBe(1);
  });
});

describe("the ceiling on stored records", () => {
  it("answers the vendor's limit codes once storage.max_records is reached", async () => {
    const h = harness({ storage: { max_records: 2 } });
    const token = await h.feishuToken();
    for (let i = 0; i < 2; i++) expect((await h.call("POST", "/open-apis/message/v4/batch_send/", { token, body: batchBody })).body.code).toBe(0);
    const refused = await h.call("POST", "/open-apis/message/v4/batch_send/", { token, body: batchBody });
    expect(refused.body.code).toBe(11247);
    expect(refused.headers.get("x-mock-error-reason")).toMatch(/at most 2 batches/);

    const chat = (await h.directory()).chats[0].chat_id;
    const message = { receive_id: chat, msg_type: "text", content: '{"text":"x"}' };
    for (let i = 0; i < 2; i++) expect((await h.call("POST", "/open-apis/im/v1/messages?receive_id_type=chat_id", { token, body: message })).body.code).toBe(0);
    expect((await h.call("POST", "/open-apis/im/v1/messages?receive_id_type=chat_id", { token, body: message })).body.code).toBe(99991400);

    const dingtalk = await h.dingtalkToken();
    const send = () => h.call("POST", `/topapi/message/corpconversation/asyncsend_v2?access_token=${dingtalk}`, { body: taskBody });
    for (let i = 0; i < 2; i++) expect((await send()).body.errcode).toBe(0);
    expect((await send()).body.errcode).toBe(-1);
    // Room again once the oldest have passed their window.
    h.advance(31 * DAY);
    const fresh = await h.feishuToken();
    expect((await h.call("POST", "/open-apis/message/v4/batch_send/", { token: fresh, body: batchBody })).body.code).toBe(0);
  });
});

describe("per-request caps", () => {
  it("refuses DingTalk userids longer than 64 characters (40035) instead of storing them", async () => {
    const h = harness();
    const dingtalk = await h.dingtalkToken();
    const userids = Array.from({ length: 5000 }, (_, i) => `${"u".repeat(60)}${String(i).padStart(5, "0")}`).join(",");
    const answer = await h.call("POST", `/topapi/message/corpconversation/asyncsend_v2?access_token=${dingtalk}`, { body: { ...taskBody, to_all_user: false, userid_list: userids } });
    expect(answer.body.errcode).toBe(40035);
    expect(answer.headers.get("x-mock-error-reason")).toMatch(/at most 64 characters/);
    expect((await h.control("GET", "/state")).body.tasks.total).toBe(0);
  });
});

describe("ids and tokens are never issued twice", () => {
  it("after reset: new batch ids, message ids, task ids and tokens; the old token stays invalid", async () => {
    const h = harness();
    const token = await h.feishuToken();
    const batch = (await h.call("POST", "/open-apis/message/v4/batch_send/", { token, body: batchBody })).body.data.message_id;
    const dingtalk = await h.dingtalkToken();
    const task = (await h.call("POST", `/topapi/message/corpconversation/asyncsend_v2?access_token=${dingtalk}`, { body: taskBody })).body.task_id;
    await h.control("POST", "/reset");
    expect((await h.call("GET", `/open-apis/im/v1/batch_messages/${batch}/get_progress`, { token })).body.code).toBe(99991663);
    const token2 = await h.feishuToken();
    expect(token2).not.toBe(token);
    const batch2 = (await h.call("POST", "/open-apis/message/v4/batch_send/", { token: token2, body: batchBody })).body.data.message_id;
    expect(batch2).not.toBe(batch);
    expect((await h.call("GET", `/open-apis/im/v1/batch_messages/${batch}/get_progress`, { token: token2 })).body.code).toBe(230030);
    const dingtalk2 = await h.dingtalkToken();
    expect(dingtalk2).not.toBe(dingtalk);
    const task2 = (await h.call("POST", `/topapi/message/corpconversation/asyncsend_v2?access_token=${dingtalk2}`, { body: taskBody })).body.task_id;
    expect(task2).not.toBe(task);
  });
});
