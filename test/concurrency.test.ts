// 1,000 concurrent mixed requests over a real port — new sends, progress polls, recalls racing them, read
// receipts, DingTalk tasks — and then: every answer held the invariants, and the final state is exactly the sum
// of the operations the mock acknowledged (nothing lost, nothing extra).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../mock-server/index.js";
import { FEISHU_APP, START } from "./helpers/mock-harness.js";

let server: MockServer;
let token: string;
let dingtalk: string;
let dir: any;

async function call(method: string, path: string, body?: unknown, auth?: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { "content-type": "application/json", ...(auth && { authorization: `Bearer ${auth}` }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  server = await startMockServer({
    port: 0,
    config: { validate_responses: true, time: { start: START, scale: 50 }, feishu: { rate_limit: { enabled: false } } },
  });
  token = (await call("POST", "/open-apis/auth/v3/tenant_access_token/internal", FEISHU_APP)).body.tenant_access_token;
  dingtalk = (await call("GET", "/gettoken?appkey=dingmockappkey000001&appsecret=mock-dingtalk-secret")).body.access_token;
  dir = (await call("GET", "/__mock/directory?limit=60")).body;
});

afterAll(async () => {
  await server.close();
});

describe("1,000 concurrent mixed requests", () => {
  it("answer consistently and leave exactly the state they acknowledged", async () => {
    const seedBatches = await Promise.all(
      Array.from({ length: 20 }, () => call("POST", "/open-apis/message/v4/batch_send/", { msg_type: "text", content: { text: "s" }, department_ids: ["sales"] }, token)),
    );
    const batches = seedBatches.map((a) => a.body.data.message_id as string);
    const chat = dir.chats[0].chat_id;

    const kinds = ["send", "progress", "recall", "readUser", "message", "task"] as const;
    const plan = Array.from({ length: 1000 }, (_, i) => ({ kind: kinds[i % kinds.length]!, batch: batches[i % batches.length]! }));
    const answers = await Promise.all(
      plan.map(async ({ kind, batch }) => {
        switch (kind) {
          case "send":
            return { kind, ...(await call("POST", "/open-apis/message/v4/batch_send/", { msg_type: "text", content: { text: "c" }, open_ids: dir.users.items.slice(0, 3).map((u: any) => u.open_id) }, token)) };
          case "progress":
            return { kind, batch, ...(await call("GET", `/open-apis/im/v1/batch_messages/${batch}/get_progress`, undefined, token)) };
          case "recall":
            return { kind, batch, ...(await call("DELETE", `/open-apis/im/v1/batch_messages/${batch}`, undefined, token)) };
          case "readUser":
            return { kind, batch, ...(await call("GET", `/open-apis/im/v1/batch_messages/${batch}/read_user`, undefined, token)) };
          case "message":
            return { kind, ...(await call("POST", "/open-apis/im/v1/messages?receive_id_type=chat_id", { receive_id: chat, msg_type: "text", content: '{"text":"c"}' }, token)) };
          case "task":
            return { kind, ...(await call("POST", `/topapi/message/corpconversation/asyncsend_v2?access_token=${dingtalk}`, { agent_id: 1000000001, to_all_user: true, msg: { msgtype: "text", text: { content: "c" } } })) };
        }
      }),
    );

    expect(answers.every((a) => a.status < 500)).toBe(true);
    expect(answers.every((a) => (a.body.code ?? a.body.errcode) === 0)).toBe(true);
    for (const a of answers.filter((x) => x.kind === "progress")) {
      const p = a.body.data.batch_message_send_progress;
      expect(p.success_user_ids_count).toBeLessThanOrEqual(p.valid_user_ids_count);
      expect(p.read_user_ids_count).toBeLessThanOrEqual(p.success_user_ids_count);
      expect(a.body.data.batch_message_recall_progress.recall_count).toBeLessThanOrEqual(p.success_user_ids_count);
    }

    // The final state is the sum of what was acknowledged.
    const sent = new Set([...batches, ...answers.filter((a) => a.kind === "send").map((a) => a.body.data.message_id)]);
    const messages = new Set(answers.filter((a) => a.kind === "message").map((a) => a.body.data.message_id));
    const tasks = new Set(answers.filter((a) => a.kind === "task").map((a) => a.body.task_id));
    const recalled = new Set(answers.filter((a) => a.kind === "recall").map((a) => a.batch));
    const state = server.mock.state;
    expect(new Set(state.batches.keys())).toEqual(sent);
    expect(new Set(state.messages.keys())).toEqual(messages);
    expect(new Set(state.tasks.keys())).toEqual(tasks);
    expect(new Set([...state.batches.values()].filter((b) => b.recall).map((b) => b.id))).toEqual(recalled);
    expect(sent.size).toBe(20 + answers.filter((a) => a.kind === "send").length);
    expect(server.mock.selfCheckFailures).toEqual([]);
  });
});
