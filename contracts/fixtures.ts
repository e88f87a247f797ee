// What the suite sends so it has something to check: a batch to the test users, a message in the test chat, a
// DingTalk work notification. Each is made once per run, on first use, and recalled at the end if no contract did.
import type { Target } from "./target.js";
import type { VendorClient } from "./vendor-client.js";

export class Fixtures {
  private batchId?: Promise<string>;
  private messageId?: Promise<string>;
  private taskId?: Promise<number>;
  /** Recalled by a contract already: nothing to clean up. */
  readonly recalled = new Set<string>();

  constructor(
    private readonly target: Target,
    private readonly feishu: VendorClient,
    private readonly dingtalk: VendorClient,
  ) {}

  batch(): Promise<string> {
    this.batchId ??= this.feishu
      .call("batchSendMessage", {
        body: { msg_type: "text", content: { text: "Contract suite test batch; it will be recalled." }, open_ids: this.target.feishu!.openIds },
      })
      .then((answer) => {
        if (answer.body.code !== 0) throw new Error(`batch send refused: ${answer.body.code} ${answer.body.msg}`);
        return answer.body.data.message_id as string;
      });
    return this.batchId;
  }

  message(): Promise<string> {
    this.messageId ??= this.feishu
      .call("createMessage", {
        query: { receive_id_type: "chat_id" },
        body: { receive_id: this.target.feishu!.chatId, msg_type: "text", content: JSON.stringify({ text: "Contract suite test message; it will be recalled." }) },
      })
      .then((answer) => {
        if (answer.body.code !== 0) throw new Error(`message send refused: ${answer.body.code} ${answer.body.msg}`);
        return answer.body.data.message_id as string;
      });
    return this.messageId;
  }

  task(): Promise<number> {
    const creds = this.target.dingtalk!;
    this.taskId ??= this.dingtalk
      .call("asyncSendV2", {
        body: {
          agent_id: creds.agentId,
          userid_list: creds.userIds.join(","),
          msg: { msgtype: "text", text: { content: "Contract suite test notification; it will be recalled." } },
        },
      })
      .then((answer) => {
        if (answer.body.errcode !== 0) throw new Error(`asyncsend_v2 refused: ${answer.body.errcode} ${answer.body.errmsg}`);
        return answer.body.task_id as number;
      });
    return this.taskId;
  }

  /**
   * Recalls whatever was sent and not yet recalled; failures are reported, not thrown. A recall the target answers
   * with a non-zero code (past the recall window, say) was not done: it is reported, and tried again next time.
   */
  async cleanup(): Promise<string[]> {
    const problems: string[] = [];
    const attempt = async (what: string, operationId: string, recall: () => Promise<{ code: unknown; msg: unknown }>) => {
      if (this.recalled.has(what)) return;
      try {
        const { code, msg } = await recall();
        if (code !== 0) throw new Error(`${operationId} refused: ${code} ${msg}`);
        this.recalled.add(what);
      } catch (error) {
        problems.push(`could not recall ${what}: ${String(error)}`);
      }
    };
    const feishuAnswer = ({ body }: { body: any }) => ({ code: body.code, msg: body.msg });
    if (this.batchId) {
      const id = await this.batchId.catch(() => undefined);
      if (id) await attempt(id, "deleteBatchMessage", () => this.feishu.call("deleteBatchMessage", { path: { batch_message_id: id } }).then(feishuAnswer));
    }
    if (this.messageId) {
      const id = await this.messageId.catch(() => undefined);
      if (id) await attempt(id, "deleteMessage", () => this.feishu.call("deleteMessage", { path: { message_id: id } }).then(feishuAnswer));
    }
    if (this.taskId) {
      const id = await this.taskId.catch(() => undefined);
      if (id !== undefined) {
        await attempt(String(id), "recallWorkNotification", () =>
          this.dingtalk
            .call("recallWorkNotification", { body: { agent_id: this.target.dingtalk!.agentId, msg_task_id: id } })
            .then(({ body }) => ({ code: body.errcode, msg: body.errmsg })),
        );
      }
    }
    return problems;
  }
}
