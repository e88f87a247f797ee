// The mock the fuzzer hits (in-process, answers checked against the spec by the mock itself too), with a token
// per vendor and a batch, a message and a task that exist, so generated requests can reach every check.
import { createMockApp, type MockApp } from "../../mock-server/index.js";
import type { FuzzWorld } from "./request-arbitrary.js";

async function call(mock: MockApp, method: string, url: string, body?: unknown, token?: string): Promise<any> {
  const response = await mock.fetch(`http://fuzz.test${url}`, {
    method,
    headers: { "content-type": "application/json", ...(token && { authorization: `Bearer ${token}` }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return response.json();
}

export async function fuzzWorld(): Promise<{ mock: MockApp; world: FuzzWorld }> {
  // Frequency limits would answer most requests with 99991400; they have their own tests.
  const mock = createMockApp({
    config: { validate_responses: true, time: { frozen: true, start: "2026-03-02T01:00:00.000Z" }, feishu: { rate_limit: { enabled: false } } },
  });
  const feishuToken = (await call(mock, "POST", "/open-apis/auth/v3/tenant_access_token/internal", { app_id: "cli_9f0a1b2c3d4e5f60", app_secret: "mock-feishu-secret" })).tenant_access_token;
  const dingtalkToken = (await call(mock, "GET", "/gettoken?appkey=dingmockappkey000001&appsecret=mock-dingtalk-secret")).access_token;
  const directory = await call(mock, "GET", "/__mock/directory?limit=25");
  const batch = (await call(mock, "POST", "/open-apis/message/v4/batch_send/", { msg_type: "text", content: { text: "x" }, department_ids: ["sales"] }, feishuToken)).data.message_id;
  const message = (await call(mock, "POST", "/open-apis/im/v1/messages?receive_id_type=chat_id", { receive_id: directory.chats[0].chat_id, msg_type: "text", content: '{"text":"x"}' }, feishuToken)).data.message_id;
  const agent = 1000000001;
  const task = (await call(mock, "POST", `/topapi/message/corpconversation/asyncsend_v2?access_token=${dingtalkToken}`, { agent_id: agent, dept_id_list: "100011", msg: { msgtype: "text", text: { content: "x" } } })).task_id;
  mock.clock.advance(60_000);
  const users = directory.users.items.slice(20, 23);
  return {
    mock,
    world: {
      feishuToken,
      dingtalkToken,
      ids: { batch_message_id: batch, message_id: message },
      queries: {
        getAccessToken: { appkey: "dingmockappkey000001", appsecret: "mock-dingtalk-secret" },
        createMessage: { receive_id_type: "chat_id" },
      },
      bodies: {
        createTenantAccessToken: { app_id: "cli_9f0a1b2c3d4e5f60", app_secret: "mock-feishu-secret" },
        batchSendMessage: { msg_type: "text", content: { text: "fuzz" }, open_ids: users.map((u: any) => u.open_id) },
        createMessage: { receive_id: directory.chats[0].chat_id, msg_type: "text", content: '{"text":"fuzz"}' },
        asyncSendV2: { agent_id: agent, userid_list: users.map((u: any) => u.dingtalk_userid).join(","), msg: { msgtype: "text", text: { content: "fuzz" } } },
        getSendProgress: { agent_id: agent, task_id: task },
        getSendResult: { agent_id: agent, task_id: task },
        recallWorkNotification: { agent_id: agent, msg_task_id: task },
      },
    },
  };
}
