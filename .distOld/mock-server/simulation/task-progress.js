import { size } from "../intervals.js";
import { deliveredFraction, readerCount, readers } from "./readers.js";
export const taskSend = (task) => ({
    id: String(task.taskId),
    createdAt: task.createdAt,
    recipients: task.recipients,
    timing: task.timing,
    ...(task.recalledAt !== undefined && { frozenAt: task.recalledAt }),
});
/** The share of recipients reached by `now`, which stops growing at a recall. */
export function reachedFraction(task, now) {
    return deliveredFraction(taskSend(task), task.recalledAt === undefined ? now : Math.min(now, task.recalledAt));
}
export function taskProgress(task, now) {
    if (task.recalledAt !== undefined && now >= task.recalledAt)
        return { progress_in_percent: 100, status: 2 };
    if (now - task.createdAt < task.timing.scheduleDelayMs)
        return { progress_in_percent: 0, status: 0 };
    const percent = Math.floor(reachedFraction(task, now) * 100);
    return percent >= 100 ? { progress_in_percent: 100, status: 2 } : { progress_in_percent: percent, status: 1 };
}
/**
 * Who a task has reached by `now` and how many of them have read it: recipients are reached in the order they read
 * (readers.ts), so every reader is among those reached, readers first. What getsendresult lists and the dashboard shows.
 */
export function taskReach(seed, task, now) {
    const send = taskSend(task);
    const delivered = Math.floor(size(task.recipients) * reachedFraction(task, now));
    const read = Math.min(delivered, readerCount(send, now));
    const everyone = { ...send, timing: { ...send.timing, readRatio: 1 } };
    const reached = (from, count) => readers(seed, everyone, from, Math.max(0, Math.min(delivered - from, count))).map((r) => r.index);
    return { delivered, read, reached };
}
//# sourceMappingURL=task-progress.js.map