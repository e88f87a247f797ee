// Contracts only a mock with a movable clock can check: the moment before a batch job is scheduled, and the
// query windows (7 days, 30 days, 24 hours). They move time far ahead, so they run last.
import assert from "node:assert/strict";
const DAY = 86_400_000;
export const mockTimeContracts = [
    {
        id: "mock.feishu.not-yet-scheduled",
        endpoint: "feishu get_progress",
        title: "valid_user_ids_count is 0 until the batch job is scheduled",
        needs: ["feishu", "control", "clock"],
        run: async ({ feishu, target }) => {
            // Frozen for the moment of sending, then as it was before.
            const { frozen } = (await target.control("GET", "/clock"));
            await target.control("POST", "/clock", { freeze: true });
            try {
                const sent = await feishu.call("batchSendMessage", {
                    body: { msg_type: "text", content: { text: "scheduling" }, open_ids: target.feishu.openIds },
                });
                const id = sent.body.data.message_id;
                const at = await feishu.call("getBatchMessageProgress", { path: { batch_message_id: id } });
                assert.equal(at.body.data.batch_message_send_progress.valid_user_ids_count, 0);
                await target.clock.sleep(60_000);
                const later = await feishu.call("getBatchMessageProgress", { path: { batch_message_id: id } });
                assert.ok(later.body.data.batch_message_send_progress.valid_user_ids_count > 0, "still not scheduled a minute later");
                await feishu.call("deleteBatchMessage", { path: { batch_message_id: id } });
            }
            finally {
                await target.control("POST", "/clock", { freeze: frozen });
            }
        },
    },
    {
        id: "mock.feishu.windows",
        endpoint: "feishu read_users",
        title: "read receipts end after 7 days (230033); batches after 30 days (230030)",
        needs: ["feishu", "clock"],
        run: async ({ feishu, target }) => {
            const message = await feishu.call("createMessage", {
                query: { receive_id_type: "chat_id" },
                body: { receive_id: target.feishu.chatId, msg_type: "text", content: JSON.stringify({ text: "window" }) },
            });
            const batch = await feishu.call("batchSendMessage", {
                body: { msg_type: "text", content: { text: "window" }, open_ids: target.feishu.openIds },
            });
            await target.clock.sleep(7 * DAY + 1000);
            const receipts = await feishu.call("listMessageReadUsers", { path: { message_id: message.body.data.message_id }, query: { user_id_type: "open_id" } });
            assert.equal(receipts.body.code, 230033);
            await target.clock.sleep(23 * DAY);
            const id = batch.body.data.message_id;
            for (const operationId of ["getBatchMessageProgress", "getBatchMessageReadUser", "deleteBatchMessage"]) {
                const answer = await feishu.call(operationId, { path: { batch_message_id: id } });
                assert.equal(answer.body.code, 230030, `${operationId} of a 30-day-old batch`);
            }
        },
    },
    {
        id: "mock.dingtalk.window",
        endpoint: "dingtalk getsendprogress",
        title: "a task older than 24 hours answers 40035",
        needs: ["dingtalk", "clock"],
        run: async ({ dingtalk, target }) => {
            const creds = target.dingtalk;
            const sent = await dingtalk.call("asyncSendV2", {
                body: { agent_id: creds.agentId, userid_list: creds.userIds.join(","), msg: { msgtype: "text", text: { content: "window" } } },
            });
            await target.clock.sleep(DAY + 1000);
            const answer = await dingtalk.call("getSendProgress", { body: { agent_id: creds.agentId, task_id: sent.body.task_id } });
            assert.equal(answer.body.errcode, 40035);
        },
    },
];
//# sourceMappingURL=mock-time.js.map