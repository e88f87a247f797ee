// The control API over what was sent (what the dashboard reads): batches, messages and tasks newest first and
// paged, their detail and read receipts, and the actions that go through the vendor routes (recall, test batch).
import { beforeEach, describe, expect, it } from "vitest";
import { allOperations } from "../spec/index.js";
import { DINGTALK_APP, harness, HOUR, MINUTE, type Harness } from "./helpers/mock-harness.js";

let h: Harness;
let token: string;
beforeEach(async () => {
  h = harness();
  token = await h.feishuToken();
});

const sendBatch = async (body: Record<string, unknown> = { department_ids: ["sales"] }) => {
  const answer = await h.call("POST", "/open-apis/message/v4/batch_send/", { token, body: { msg_type: "text", content: { text: "hi" }, ...body } });
  expect(answer.body.code).toBe(0);
  return answer.body.data.message_id as string;
};

describe("GET /__mock/batches", () => {
  it("pages newest first, with the vendor's counts, a status and a percentage", async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await sendBatch());
    const first = (await h.control("GET", "/batches?limit=2")).body;
    expect(first.total).toBe(5);
    expect(first.items.map((b: any) => b.batch_message_id)).toEqual([ids[4], ids[3]]);
    const last = (await h.control("GET", "/batches?offset=4&limit=2")).body;
    expect(last.items.map((b: any) => b.batch_message_id)).toEqual([ids[0]]);
    expect(last.items[0]).toMatchObject({ status: "queued", percent: 0, valid_user_ids_count: 0, recall: false });
  });

  it("moves queued → sending → reading → done, and recalling → recalled after a recall", async () => {
    h = harness({ simulation: { delivery_per_second: 4, schedule_delay_ms: [1000, 1000] } });
    token = await h.feishuToken();
    const id = await sendBatch();
    const view = async () => (await h.control("GET", `/batches/${id}`)).body;
    expect((await view()).status).toBe("queued");
    h.advance(3000); // 2 s of delivery at 4/s of 18 deliverable
    expect(await view()).toMatchObject({ status: "sending", percent: 44 });
    h.advance(MINUTE);
    expect((await view()).status).toBe("reading");
    h.advance(HOUR);
    const done = await view();
    expect(done).toMatchObject({ status: "done", percent: 100 });
    expect(Date.parse(done.settles_at)).toBeLessThanOrEqual(h.mock.clock.now());
    expect((await h.call("DELETE", `/open-apis/im/v1/batch_messages/${id}`, { token })).body.code).toBe(0);
    expect((await view()).status).toBe("recalling");
    h.advance(MINUTE);
    expect(await view()).toMatchObject({ status: "recalled", recall: true, recall_count: done.success_user_ids_count });
  });

  it("shows what was sent and to whom, as given", async () => {
    const userIds = Array.from({ length: 120 }, (_, i) => `u${i}`);
    const id = await sendBatch({ content: { text: "x".repeat(1000) }, department_ids: ["sales", "product"], user_ids: userIds });
    const detail = (await h.control("GET", `/batches/${id}`)).body;
    expect(detail.sent).toEqual({ msg_type: "text", content: { text: "x".repeat(1000) }, recipients: { department_ids: ["sales", "product"], user_ids: userIds } });
    expect(detail.recipients).toEqual({ valid: 40, deliverable: 36, not_deliverable: 4 });
    expect((await h.control("GET", "/batches/bm-nope")).status).toBe(404);
  });
});

describe("messages and their read receipts", () => {
  it("pages read receipts exactly as read_users does, same page tokens", async () => {
    const dir = await h.directory();
    const chat = dir.chats.find((c: any) => c.name === "Product team");
    const sent = await h.call("POST", "/open-apis/im/v1/messages?receive_id_type=chat_id", {
      token,
      body: { receive_id: chat.chat_id, msg_type: "text", content: JSON.stringify({ text: "hello" }) },
    });
    const id = sent.body.data.message_id as string;
    h.advance(HOUR);
    expect((await h.control("GET", "/messages")).body.items[0]).toMatchObject({ message_id: id, status: "done", percent: 100 });
    expect((await h.control("GET", `/messages/${id}`)).body).toMatchObject({ content: JSON.stringify({ text: "hello" }), chat_name: "Product team" });
    let vendorToken: string | undefined;
    let controlToken: string | undefined;
    let pages = 0;
    do {
      const q = `page_size=7${vendorToken ? `&page_token=${vendorToken}` : ""}`;
      const vendor = (await h.call("GET", `/open-apis/im/v1/messages/${id}/read_users?user_id_type=open_id&${q}`, { token })).body.data;
      const control = (await h.control("GET", `/messages/${id}/read_users?${q.replace(vendorToken ?? "-", controlToken ?? "-")}`)).body;
      expect(control.items.map(({ name, ...item }: any) => item)).toEqual(vendor.items);
      expect(control.items.every((item: any) => typeof item.name === "string" && item.name !== "")).toBe(true);
      expect(control.has_more).toBe(vendor.has_more);
      expect(control.page_token).toBe(vendor.page_token);
      vendorToken = vendor.page_token;
      controlToken = control.page_token;
      pages += 1;
    } while (vendorToken);
    expect(pages).toBeGreaterThan(1);
    expect((await h.control("GET", `/messages/${id}/read_users?page_token=bogus`)).status).toBe(400);
  });
});

describe("DingTalk tasks", () => {
  it("lists reached users readers first, consistent with getsendresult", async () => {
    const access = await h.dingtalkToken();
    const sent = await h.call("POST", `/topapi/message/corpconversation/asyncsend_v2?access_token=${access}`, {
      body: { agent_id: DINGTALK_APP.agent_id, dept_id_list: "100001", msg: { msgtype: "text", text: { content: "report" } } },
    });
    const taskId = sent.body.task_id as number;
    const getSendProgress = async () =>
      (await h.call("POST", `/topapi/message/corpconversation/getsendprogress?access_token=${access}`, { body: { agent_id: DINGTALK_APP.agent_id, task_id: taskId } })).body.progress;
    for (const step of [0, 2500, 500]) {
      h.advance(step);
      expect((await h.control("GET", `/tasks/${taskId}`)).body.progress).toEqual(await getSendProgress());
    }
    h.advance(2 * MINUTE);
    const result = (await h.call("POST", `/topapi/message/corpconversation/getsendresult?access_token=${access}`, { body: { agent_id: DINGTALK_APP.agent_id, task_id: taskId } })).body.send_result;
    const view = (await h.control("GET", `/tasks/${taskId}`)).body;
    expect(view).toMatchObject({ task_id: taskId, progress: { status: 2, progress_in_percent: 100 }, read_count: result.read_user_id_list.length });
    expect(view.sent.recipients).toEqual({ dept_id_list: "100001" });
    const recipients = (await h.control("GET", `/tasks/${taskId}/recipients?limit=100`)).body;
    expect(recipients.items.filter((r: any) => r.read).map((r: any) => r.userid)).toEqual(result.read_user_id_list);
    expect(recipients.items.filter((r: any) => !r.read).map((r: any) => r.userid)).toEqual(result.unread_user_id_list);
  });
});

describe("actions through the vendor routes", () => {
  it("recalls a batch with a real DELETE: a fault rule on the operation answers instead", async () => {
    const id = await sendBatch();
    h.advance(MINUTE);
    await h.control("POST", "/faults", { operation: "deleteBatchMessage", error_code: 230027 });
    const refused = (await h.control("POST", `/batches/${id}/recall`)).body;
    expect(refused.ok).toBe(false);
    expect(refused.calls.map((c: any) => `${c.method} ${c.path}`)).toEqual(["POST /open-apis/auth/v3/tenant_access_token/internal", `DELETE /open-apis/im/v1/batch_messages/${id}`]);
    expect(refused.calls[1].body.code).toBe(230027);
    expect(refused.calls[0].body.tenant_access_token).toMatch(/^t-..…$/); // shown, not the credential itself
    const done = (await h.control("POST", `/batches/${id}/recall`)).body;
    expect(done.ok).toBe(true);
    h.advance(MINUTE);
    expect((await h.control("GET", `/batches/${id}`)).body).toMatchObject({ recall: true, status: "recalled" });
  });

  it("sends a test batch through batch_send, which validates it like any client's", async () => {
    const sent = (await h.control("POST", "/test-batch", { text: "from a script", department_ids: ["support"] })).body;
    expect(sent.ok).toBe(true);
    const id = sent.calls[1].body.data.message_id;
    expect((await h.control("GET", `/batches/${id}`)).body.sent).toEqual({ msg_type: "text", content: { text: "from a script" }, recipients: { department_ids: ["support"] } });
    const none = (await h.control("POST", "/test-batch", { text: "to nobody" })).body;
    expect(none.ok).toBe(false);
    expect(none.calls[1].body.code).toBe(10003); // the spec's rule: at least one recipient list
    expect((await h.control("POST", "/test-batch", { text: "" })).status).toBe(400);
    expect((await h.control("POST", "/test-batch", { text: "x", app_id: "cli_unknown" })).status).toBe(404);
  });
});

describe("fault rules and the catalog", () => {
  it("removes one rule by id, and says when there is none", async () => {
    const a = (await h.control("POST", "/faults", { operation: "getBatchMessageProgress", http_status: 503 })).body;
    const b = (await h.control("POST", "/faults", { delay_ms: 10 })).body;
    expect((await h.control("DELETE", `/faults/${a.rule_id}`)).body.faults.map((f: any) => f.rule_id)).toEqual([b.rule_id]);
    expect((await h.control("DELETE", `/faults/${a.rule_id}`)).status).toBe(404);
  });

  it("lists every operation with the codes its spec documents", async () => {
    const catalog = (await h.control("GET", "/operations")).body;
    expect(catalog.operations.map((o: any) => o.operation).sort()).toEqual(allOperations().map((o) => o.operationId).sort());
    for (const op of allOperations()) {
      const listed = catalog.operations.find((o: any) => o.operation === op.operationId);
      expect(listed.error_codes.map((e: any) => e.code)).toEqual(op.errorCodes.map((e) => e.code));
    }
  });
});
