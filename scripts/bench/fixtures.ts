// What the bench's requests need, made through the mock's real API (and the control API for the clock and the
// directory): tokens, a batch, a message in a chat, a DingTalk task, and read_users page paths.
import { ok, type Req } from "./http.js";

export const FEISHU_APP = { app_id: "cli_9f0a1b2c3d4e5f60", app_secret: "mock-feishu-secret" };
export const DINGTALK_APP = { appkey: "dingmockappkey000001", appsecret: "mock-dingtalk-secret", agent_id: 1000000001 };

export async function feishuToken(url: string): Promise<string> {
  const res = await ok(url, { method: "POST", path: "/open-apis/auth/v3/tenant_access_token/internal", body: FEISHU_APP });
  return res.json.tenant_access_token as string;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export const batchSend = (token: string, targets: Record<string, string[]>): Req => ({
  method: "POST",
  path: "/open-apis/message/v4/batch_send/",
  headers: bearer(token),
  body: { msg_type: "text", content: { text: "x" }, ...targets },
});

export async function createBatch(url: string, token: string, targets: Record<string, string[]> = { department_ids: ["sales"] }) {
  return (await ok(url, batchSend(token, targets))).json.data.message_id as string;
}

export const getProgress = (token: string, batchId: string): Req => ({
  path: `/open-apis/im/v1/batch_messages/${batchId}/get_progress`,
  headers: bearer(token),
});

export const readUser = (token: string, batchId: string): Req => ({
  path: `/open-apis/im/v1/batch_messages/${batchId}/read_user`,
  headers: bearer(token),
});

export const readUsers = (token: string, messageId: string, pageSize: number, pageToken?: string): Req => ({
  path: `/open-apis/im/v1/messages/${messageId}/read_users?user_id_type=open_id&page_size=${pageSize}${
    pageToken ? `&page_token=${encodeURIComponent(pageToken)}` : ""
  }`,
  headers: bearer(token),
});

/** The largest chat whose bots include the app (GET /__mock/directory). */
export async function largestBotChat(url: string): Promise<{ chat_id: string; name: string; member_count: number }> {
  const dir = (await ok(url, { path: `/__mock/directory?limit=3&app_id=${FEISHU_APP.app_id}` })).json;
  const chats = (dir.chats as { chat_id: string; name: string; member_count: number; bots: string[] }[])
    .filter((c) => c.bots.includes(FEISHU_APP.app_id))
    .sort((a, b) => b.member_count - a.member_count);
  if (!chats[0]) throw new Error("no chat with the app's bot in the directory");
  return chats[0];
}

/** The user_ids of the directory's first `n` users. */
export async function firstUserIds(url: string, n: number): Promise<string[]> {
  const dir = (await ok(url, { path: `/__mock/directory?limit=${n}&app_id=${FEISHU_APP.app_id}` })).json;
  return (dir.users.items as { user_id: string }[]).map((u) => u.user_id);
}

export async function createChatMessage(url: string, token: string, chatId: string): Promise<string> {
  const res = await ok(url, {
    method: "POST",
    path: "/open-apis/im/v1/messages?receive_id_type=chat_id",
    headers: bearer(token),
    body: { receive_id: chatId, msg_type: "text", content: JSON.stringify({ text: "bench" }) },
  });
  return res.json.data.message_id as string;
}

export async function advanceClock(url: string, ms: number): Promise<void> {
  await ok(url, { method: "POST", path: "/__mock/clock", body: { advance_ms: ms } });
}

/** The message's reader count as the control API shows it. */
export async function readersOf(url: string, messageId: string): Promise<number> {
  const state = (await ok(url, { path: "/__mock/state?limit=10000" })).json;
  const message = (state.messages.items as { message_id: string; readers: number }[]).find((m) => m.message_id === messageId);
  if (!message) throw new Error(`${messageId} not in /__mock/state`);
  return message.readers;
}

export async function dingtalkToken(url: string): Promise<string> {
  const res = await ok(url, { path: `/gettoken?appkey=${DINGTALK_APP.appkey}&appsecret=${DINGTALK_APP.appsecret}` });
  return res.json.access_token as string;
}

export async function createTask(url: string, token: string): Promise<number> {
  const res = await ok(url, {
    method: "POST",
    path: `/topapi/message/corpconversation/asyncsend_v2?access_token=${token}`,
    body: { agent_id: DINGTALK_APP.agent_id, dept_id_list: "100001", msg: { msgtype: "text", text: { content: "bench" } } },
  });
  return res.json.task_id as number;
}

export const getSendProgress = (token: string, taskId: number): Req => ({
  method: "POST",
  path: `/topapi/message/corpconversation/getsendprogress?access_token=${token}`,
  body: { agent_id: DINGTALK_APP.agent_id, task_id: taskId },
});

/**
 * Follows read_users page tokens from the first page to the last (the token is opaque, so a late page can only be
 * reached by walking). Returns the request of the first and of the last page, and how many pages there were.
 */
export async function walkReadUsers(url: string, token: string, messageId: string, pageSize: number) {
  const first = readUsers(token, messageId, pageSize);
  let last = first;
  let pages = 0;
  let items = 0;
  for (let req = first; ; ) {
    const data = (await ok(url, req)).json.data;
    pages += 1;
    items += data.items.length;
    last = req;
    if (!data.has_more) break;
    req = readUsers(token, messageId, pageSize, data.page_token);
  }
  return { first, last, pages, items };
}
