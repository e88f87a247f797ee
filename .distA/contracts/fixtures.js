export class Fixtures {
    target;
    feishu;
    dingtalk;
    batchId;
    messageId;
    taskId;
    /** Recalled by a contract already: nothing to clean up. */
    recalled = new Set();
    constructor(target, feishu, dingtalk) {
        this.target = target;
        this.feishu = feishu;
        this.dingtalk = dingtalk;
    }
    batch() {
        this.batchId ??= this.feishu
            .call("batchSendMessage", {
            body: { msg_type: "text", content: { text: "Contract suite test batch; it will be recalled." }, open_ids: this.target.feishu.openIds },
        })
            .then((answer) => {
            if (answer.body.code !== 0)
                throw new Error(`batch send refused: ${answer.body.code} ${answer.body.msg}`);
            return answer.body.data.message_id;
        });
        return this.batchId;
    }
    message() {
        this.messageId ??= this.feishu
            .call("createMessage", {
            query: { receive_id_type: "chat_id" },
            body: { receive_id: this.target.feishu.chatId, msg_type: "text", content: JSON.stringify({ text: "Contract suite test message; it will be recalled." }) },
        })
            .then((answer) => {
            if (answer.body.code !== 0)
                throw new Error(`message send refused: ${answer.body.code} ${answer.body.msg}`);
            return answer.body.data.message_id;
        });
        return this.messageId;
    }
    task() {
        const creds = this.target.dingtalk;
        this.taskId ??= this.dingtalk
            .call("asyncSendV2", {
            body: {
                agent_id: creds.agentId,
                userid_list: creds.userIds.join(","),
                msg: { msgtype: "text", text: { content: "Contract suite test notification; it will be recalled." } },
            },
        })
            .then((answer) => {
            if (answer.body.errcode !== 0)
                throw new Error(`asyncsend_v2 refused: ${answer.body.errcode} ${answer.body.errmsg}`);
            return answer.body.task_id;
        });
        return this.taskId;
    }
    /** Recalls whatever was sent and not yet recalled; failures are reported, not thrown. */
    async cleanup() {
        const problems = [];
        const attempt = async (what, recall) => {
            if (this.recalled.has(what))
                return;
            try {
                await recall();
                this.recalled.add(what);
            }
            catch (error) {
                problems.push(`could not recall ${what}: ${String(error)}`);
            }
        };
        if (this.batchId) {
            const id = await this.batchId.catch(() => undefined);
            if (id)
                await attempt(id, () => this.feishu.call("deleteBatchMessage", { path: { batch_message_id: id } }));
        }
        if (this.messageId) {
            const id = await this.messageId.catch(() => undefined);
            if (id)
                await attempt(id, () => this.feishu.call("deleteMessage", { path: { message_id: id } }));
        }
        if (this.taskId) {
            const id = await this.taskId.catch(() => undefined);
            if (id !== undefined) {
                await attempt(String(id), () => this.dingtalk.call("recallWorkNotification", { body: { agent_id: this.target.dingtalk.agentId, msg_task_id: id } }));
            }
        }
        return problems;
    }
}
//# sourceMappingURL=fixtures.js.map