// Type-level proof that the vendor documents' example bodies fit the generated types users import.
// This file is checked by `npm run typecheck` (part of `npm test`): a wrong type in the spec, or a generated
// type that drifts, fails the build. typed-examples.test.ts checks these literals are the documents' own.
import type { paths as DingTalkPaths } from "feishu-dingtalk-mock/dingtalk";
import type { paths as FeishuPaths } from "feishu-dingtalk-mock/feishu";

type Json<R> = R extends { content: { "application/json": infer B } } ? B : never;
type FeishuOk<P extends keyof FeishuPaths, M extends "get" | "post" | "delete"> = Json<
  NonNullable<FeishuPaths[P][M]> extends { responses: { 200: infer R } } ? R : never
>;
type DingTalkOk<P extends keyof DingTalkPaths, M extends "get" | "post"> = Json<
  NonNullable<DingTalkPaths[P][M]> extends { responses: { 200: infer R } } ? R : never
>;

export type GetProgressBody = FeishuOk<"/open-apis/im/v1/batch_messages/{batch_message_id}/get_progress", "get">;
export type ReadUserBody = FeishuOk<"/open-apis/im/v1/batch_messages/{batch_message_id}/read_user", "get">;
export type RecallBody = FeishuOk<"/open-apis/im/v1/batch_messages/{batch_message_id}", "delete">;
export type ReadUsersBody = FeishuOk<"/open-apis/im/v1/messages/{message_id}/read_users", "get">;
export type GetSendProgressBody = DingTalkOk<"/topapi/message/corpconversation/getsendprogress", "post">;
export type GetSendProgressRequest = NonNullable<
  DingTalkPaths["/topapi/message/corpconversation/getsendprogress"]["post"]["requestBody"]
>["content"]["application/json"];

/** spec/sources/000: get_progress. */
export const getProgressExample = {
  code: 0,
  msg: "success",
  data: {
    batch_message_send_progress: { valid_user_ids_count: 204, success_user_ids_count: 200, read_user_ids_count: 150 },
    batch_message_recall_progress: { recall: true, recall_count: 100 },
  },
} satisfies GetProgressBody;

/** spec/sources/001: read_user (counts are strings). */
export const readUserExample = {
  code: 0,
  data: { read_user: { read_count: "10", total_count: "100" } },
  msg: "ok",
} satisfies ReadUserBody;

/** spec/sources/003: batch recall. */
export const recallExample = { code: 0, data: {}, msg: "ok" } satisfies RecallBody;

/** spec/sources/004: read_users. */
export const readUsersExample = {
  code: 0,
  msg: "success",
  data: {
    items: [
      {
        user_id_type: "open_id",
        user_id: "ou_9b851f7b51a9d58d109982337c46f3de",
        timestamp: "1609484183000",
        tenant_key: "736588c9260f175e",
      },
    ],
    has_more: true,
    page_token: "GxmvlNRvP0NdQZpa7yIqf_Lv_QuBwTQ8tXkX7w-irAghVD_TvuYd1aoJ1LQph86O-XImC4X9j9FhUPhXQDvtrQ==",
  },
} satisfies ReadUsersBody;

/** spec/sources/002: getsendprogress, from the tables' Example column. */
export const getSendProgressRequestExample = { agent_id: 836390886, task_id: 256271667526 } satisfies GetSendProgressRequest;
export const getSendProgressExample = {
  request_id: "5y2znla8tw3d",
  errcode: 0,
  errmsg: "ok",
  progress: { progress_in_percent: 100, status: 2 },
} satisfies GetSendProgressBody;

// The types must also refuse what the vendors never send: each line below is a type error on purpose.
export const refused = [
  // @ts-expect-error read_user counts are strings, not numbers
  { code: 0, msg: "ok", data: { read_user: { read_count: 10, total_count: "100" } } } satisfies ReadUserBody,
  // @ts-expect-error get_progress counts are integers, not strings
  { ...getProgressExample, data: { ...getProgressExample.data, batch_message_send_progress: { valid_user_ids_count: "204", success_user_ids_count: 200, read_user_ids_count: 150 } } } satisfies GetProgressBody,
  // @ts-expect-error user_id_type is one of open_id, union_id, user_id
  { ...readUsersExample, data: { ...readUsersExample.data, items: [{ ...readUsersExample.data.items[0]!, user_id_type: "email" }] } } satisfies ReadUsersBody,
  // @ts-expect-error DingTalk task_id is a number
  { agent_id: 836390886, task_id: "256271667526" } satisfies GetSendProgressRequest,
  // @ts-expect-error DingTalk status is 0, 1 or 2
  { ...getSendProgressExample, progress: { progress_in_percent: 100, status: 3 } } satisfies GetSendProgressBody,
];

/** A DingTalk answer tells success from failure by `errcode`: after `errcode === 0` the success fields type-check. */
export function progressOf(answer: GetSendProgressBody): { percent: number; status: 0 | 1 | 2 } | { failed: number } {
  if (answer.errcode === 0) return { percent: answer.progress.progress_in_percent, status: answer.progress.status };
  // @ts-expect-error a failure has no progress
  void answer.progress;
  return { failed: answer.errcode };
}
