import { size } from "../intervals.js";
import { batchProgress } from "../simulation/batch-progress.js";
import { readerCount } from "../simulation/readers.js";
import { taskProgress, taskReach } from "../simulation/task-progress.js";
import { batchTiming, fraction } from "../simulation/timing.js";
const iso = (ms) => new Date(ms).toISOString();
const percentOf = (share) => Math.floor(share * 100);
/** A batch's timing: stored with it, or (where a record leaves it out) derived again as the send made it. */
export function batchView(b, now, config) {
    const timing = batchTiming(config, b);
    const start = b.createdAt + timing.scheduleDelayMs;
    const settled = start + Math.max(timing.deliveryMs, timing.readSpreadMs);
    let status;
    let percent;
    let settlesAt = settled;
    if (b.recall) {
        const share = fraction(now - b.recall.at, b.recall.durationMs);
        status = share < 1 ? "recalling" : "recalled";
        percent = percentOf(share);
        settlesAt = b.recall.at + b.recall.durationMs;
    }
    else {
        const delivered = now < start ? 0 : fraction(now - start, timing.deliveryMs);
        status = now < start ? "queued" : delivered < 1 ? "sending" : now < settled ? "reading" : "done";
        percent = percentOf(delivered);
    }
    return {
        batch_message_id: b.id,
        app_id: b.appId,
        msg_type: b.msgType,
        created_at: iso(b.createdAt),
        ...batchProgress(b, now, timing),
        ...(b.recall && { recalled_at: iso(b.recall.at) }),
        status,
        percent,
        settles_at: iso(settlesAt),
    };
}
export function batchDetail(b, now, config) {
    const timing = batchTiming(config, b);
    const start = b.createdAt + timing.scheduleDelayMs;
    return {
        ...batchView(b, now, config),
        ...(b.sent && { sent: b.sent }),
        recipients: { valid: b.valid, deliverable: b.deliverable, not_deliverable: b.valid - b.deliverable },
        timing: {
            scheduled_at: iso(start),
            delivered_by: iso(start + timing.deliveryMs),
            reads_until: iso(start + timing.readSpreadMs),
            read_ratio: Math.round(timing.readRatio * 1000) / 1000,
        },
    };
}
export function messageView(m, now) {
    const recipients = size(m.recipients);
    const settled = m.createdAt + m.timing.readSpreadMs;
    const status = m.deletedAt !== undefined ? "recalled" : now < settled ? "reading" : "done";
    return {
        message_id: m.id,
        app_id: m.appId,
        chat_id: m.chatId,
        chat_type: m.chatType,
        msg_type: m.msgType,
        created_at: iso(m.createdAt),
        recipients,
        readers: readerCount(m, now),
        deleted: m.deletedAt !== undefined,
        ...(m.deletedAt !== undefined && { deleted_at: iso(m.deletedAt) }),
        status,
        percent: percentOf(fraction(now - m.createdAt, m.timing.readSpreadMs)),
        settles_at: iso(m.deletedAt ?? settled),
    };
}
export function messageDetail(state, m, now) {
    const chat = state.directory.chat(m.chatId);
    return {
        ...messageView(m, now),
        // As sent (a JSON string); absent on messages restored from a state file older than `sent`.
        ...(m.sent && { content: m.sent.content }),
        ...(chat && { chat_name: chat.name }),
        ...(m.userIndex !== undefined && { user: state.directory.user(m.userIndex, m.appId) }),
    };
}
export function taskView(t, now) {
    const progress = taskProgress(t, now);
    // How many does not depend on the seed (only who does).
    const reach = taskReach(0, t, now);
    const start = t.createdAt + t.timing.scheduleDelayMs;
    const status = t.recalledAt !== undefined ? "recalled" : progress.status === 0 ? "queued" : progress.status === 1 ? "sending" : now < start + t.timing.readSpreadMs ? "reading" : "done";
    return {
        task_id: t.taskId,
        appkey: t.appkey,
        agent_id: t.agentId,
        msg_type: t.msgType,
        created_at: iso(t.createdAt),
        recipients: size(t.recipients),
        /** As getsendprogress reports it: 0 not started, 1 in progress, 2 done. */
        progress,
        reached_count: reach.delivered,
        read_count: reach.read,
        recalled: t.recalledAt !== undefined,
        ...(t.recalledAt !== undefined && { recalled_at: iso(t.recalledAt) }),
        status,
        percent: progress.progress_in_percent,
        settles_at: iso(t.recalledAt ?? start + Math.max(t.timing.deliveryMs, t.timing.readSpreadMs)),
    };
}
export function taskDetail(t, now) {
    return { ...taskView(t, now), ...(t.sent && { sent: t.sent }), invalid_user_id_list: t.invalidUserIds, invalid_dept_id_list: t.invalidDeptIds };
}
//# sourceMappingURL=record-views.js.map