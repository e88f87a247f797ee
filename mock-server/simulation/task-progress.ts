// DingTalk send-task progress as a pure function of (the task, now): status 0 before the job is scheduled, 1 while
// sending (the percentage rising), 2 when done. A recall stops the sending where it stood, as the Feishu batch
// recall does — nobody more is reached or reads it — and ends the task (status 2, 100%). DingTalk documents nothing
// about progress after a recall; this follows the Feishu batch recall (spec: recallWorkNotification).
import type { TaskRecord } from "../state/records.js";
import { deliveredFraction, type ReadableSend } from "./readers.js";

export const taskSend = (task: TaskRecord): ReadableSend => ({
  id: String(task.taskId),
  createdAt: task.createdAt,
  recipients: task.recipients,
  timing: task.timing,
  ...(task.recalledAt !== undefined && { frozenAt: task.recalledAt }),
});

/** The share of recipients reached by `now`, which stops growing at a recall. */
export function reachedFraction(task: TaskRecord, now: number): number {
  return deliveredFraction(taskSend(task), task.recalledAt === undefined ? now : Math.min(now, task.recalledAt));
}

export function taskProgress(task: TaskRecord, now: number): { progress_in_percent: number; status: 0 | 1 | 2 } {
  if (task.recalledAt !== undefined && now >= task.recalledAt) return { progress_in_percent: 100, status: 2 };
  if (now - task.createdAt < task.timing.scheduleDelayMs) return { progress_in_percent: 0, status: 0 };
  const percent = Math.floor(reachedFraction(task, now) * 100);
  return percent >= 100 ? { progress_in_percent: 100, status: 2 } : { progress_in_percent: percent, status: 1 };
}
