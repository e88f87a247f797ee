// The state keeps what was sent, as it was sent: a test can assert "my app sent this card to these departments".
import { describe, expect, it } from "vitest";
import { DINGTALK_APP, harness } from "./helpers/mock-harness.js";

const card = { config: { wide_screen_mode: true }, elements: [{ tag: "div", text: { tag: "plain_text", content: "Deploy done" } }] };

describe("what was sent", () => {
  it("is kept on batches, messages and tasks, in the state view and in the JS API", async () => {
    const h = harness();
    const token = await h.feishuToken();
    const batch = await h.call("POST", "/open-apis/message/v4/batch_send/", {
      token,
      body: { msg_type: "interactive", card, department_ids: ["sales", "od-unknown"], open_ids: [], user_ids: ["nobody"], union_ids: ["on_nobody"] },
    });
    expect(batch.body.code).toBe(0);
    const chat = (await h.directory()).chats[0].chat_id as string;
    const content = JSON.stringify({ text: "hello" });
    const message = await h.call("POST", "/open-apis/im/v1/messages?receive_id_type=chat_id", {
      token,
      body: { receive_id: chat, msg_type: "text", content },
    });
    expect(message.body.code).toBe(0);
    const access = await h.dingtalkToken();
    const msg = { msgtype: "markdown", markdown: { title: "Report", text: "# due" } };
    const task = await h.call("POST", `/topapi/message/corpconversation/asyncsend_v2?access_token=${access}`, {
      body: { agent_id: DINGTALK_APP.agent_id, dept_id_list: "100001,999", userid_list: "u1", to_all_user: false, msg },
    });
    expect(task.body.errcode).toBe(0);

    const state = (await h.control("GET", "/state")).body;
    expect(state.batches.items[0].sent).toEqual({
      msg_type: "interactive",
      content: card,
      recipients: { department_ids: ["sales", "od-unknown"], open_ids: [], user_ids: ["nobody"], union_ids: ["on_nobody"] },
    });
    expect(state.messages.items[0].sent).toEqual({ msg_type: "text", content, recipients: { receive_id_type: "chat_id", receive_id: chat } });
    expect(state.tasks.items[0].sent).toEqual({ msg_type: "markdown", content: msg, recipients: { dept_id_list: "100001,999", userid_list: "u1", to_all_user: false } });
    expect(h.mock.state.batches.get(batch.body.data.message_id)?.sent?.content).toEqual(card);
  });

  it("is kept for the latest storage.sent_payloads sends only, so a million stored sends hold no million payloads", async () => {
    const h = harness({ storage: { sent_payloads: 2 } });
    const token = await h.feishuToken();
    const ids: string[] = [];
    for (const text of ["one", "two", "three"]) {
      const answer = await h.call("POST", "/open-apis/message/v4/batch_send/", { token, body: { msg_type: "text", content: { text }, department_ids: ["sales"] } });
      ids.push(answer.body.data.message_id);
    }
    const sent = ids.map((id) => (h.mock.state.batches.get(id)?.sent?.content as { text?: string } | undefined)?.text);
    expect(sent).toEqual([undefined, "two", "three"]);
    // The counts of a send whose payload went are untouched.
    h.advance(60_000);
    expect((await h.call("GET", `/open-apis/im/v1/batch_messages/${ids[0]}/get_progress`, { token })).body.data.batch_message_send_progress.valid_user_ids_count).toBeGreaterThan(0);
  });
});
