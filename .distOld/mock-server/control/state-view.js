// What the control API shows of the state: apps, and every batch, message and task with its current progress.
import { size } from "../intervals.js";
import { batchProgress } from "../simulation/batch-progress.js";
import { readerCount } from "../simulation/readers.js";
import { taskProgress } from "../simulation/task-progress.js";
import { batchTiming } from "../simulation/timing.js";
import { expiryOf, isLive } from "../state/token-lifetime.js";
/** "abcd…" — enough to recognise a long secret or token, never the whole of it (nothing of a short one). */
export const mask = (secret) => (secret.length < 12 ? "…" : `${secret.slice(0, 4)}…`);
const iso = (ms) => new Date(ms).toISOString();
/** One page of a map's values, shown by `view`; only the page is computed. */
function page(records, offset, limit, view) {
    const items = [];
    let i = 0;
    for (const record of records.values()) {
        if (i >= offset + limit)
            break;
        if (i++ >= offset)
            items.push(view(record));
    }
    return { total: records.size, offset, items };
}
export function stateView(state, offset = 0, limit = 100) {
    const now = state.now();
    return {
        clock: state.clock.state(),
        // The state file's last save and last error (null without --state-file), and what is kept how long.
        persistence: state.persistenceStatus?.() ?? null,
        storage: { max_records: state.config.storage.max_records, kept_ms: state.retention.windows },
        apps: {
            feishu: [...state.feishuApps.values()].map((a) => ({ ...a, app_secret: mask(a.app_secret) })),
            dingtalk: [...state.dingtalkApps.values()].map((a) => ({ ...a, appsecret: mask(a.appsecret) })),
        },
        // The tokens that work now, with when they stop, on the clock their lifetime counts (tokens.expire_on).
        tokens: {
            expire_on: state.config.tokens.expire_on,
            feishu: [...state.feishuTokens.values()].filter((t) => isLive(state, t, now)).map((t) => ({ app_id: t.appId, token: mask(t.token), expires_at: iso(expiryOf(state, t)) })),
            dingtalk: [...state.dingtalkTokens.values()].filter((t) => isLive(state, t, now)).map((t) => ({ appkey: t.appId, token: mask(t.token), expires_at: iso(expiryOf(state, t)) })),
        },
        batches: page(state.batches, offset, limit, (b) => ({
            batch_message_id: b.id,
            app_id: b.appId,
            msg_type: b.msgType,
            created_at: iso(b.createdAt),
            ...batchProgress(b, now, batchTiming(state.config, b)),
            ...(b.recall && { recalled_at: iso(b.recall.at) }),
            ...(b.sent && { sent: b.sent }),
        })),
        messages: page(state.messages, offset, limit, (m) => ({
            message_id: m.id,
            app_id: m.appId,
            chat_id: m.chatId,
            chat_type: m.chatType,
            msg_type: m.msgType,
            created_at: iso(m.createdAt),
            recipients: size(m.recipients),
            readers: readerCount(m, now),
            deleted: m.deletedAt !== undefined,
            ...(m.sent && { sent: m.sent }),
        })),
        tasks: page(state.tasks, offset, limit, (t) => {
            return {
                task_id: t.taskId,
                appkey: t.appkey,
                agent_id: t.agentId,
                created_at: iso(t.createdAt),
                recipients: size(t.recipients),
                progress_in_percent: taskProgress(t, now).progress_in_percent,
                recalled: t.recalledAt !== undefined,
                ...(t.sent && { sent: t.sent }),
            };
        }),
    };
}
export function directoryView(state, appId, offset = 0, limit = 100) {
    const { directory } = state;
    const users = [];
    for (let i = offset; i < Math.min(directory.size, offset + limit); i++)
        users.push(directory.user(i, appId));
    return {
        tenant_key: directory.tenantKey,
        open_ids_for_app: appId,
        users: { total: directory.size, offset, items: users },
        departments: directory.departments.map((d) => ({
            department_id: d.department_id,
            open_department_id: d.open_department_id,
            dingtalk_dept_id: d.dingtalk_dept_id,
            name: d.name,
            parent_department_id: d.parent_department_id,
            member_count: size(d.members),
            first_member: d.members[0]?.[0],
        })),
        chats: directory.chats.map((c) => ({
            chat_id: c.chat_id,
            name: c.name,
            member_count: size(c.members),
            bots: [...state.feishuApps.keys()].filter((id) => state.isBotInChat(c.chat_id, id)),
        })),
        invisible_to_bot: size(directory.invisibleToBot),
    };
}
//# sourceMappingURL=state-view.js.map