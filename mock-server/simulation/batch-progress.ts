// Feishu batch progress as a pure function of (the batch, now): what get_progress and read_user report.
// Invariants at every instant: success ≤ valid, read ≤ success, recall_count ≤ success; as `now` grows no count
// decreases. A recall freezes delivery and reads where they stood and then recalls what was delivered.
import type { SentPayload } from "../state/sent-payload.js";
import { fraction, type SendTiming } from "./timing.js";

export interface BatchRecord {
  id: string;
  appId: string;
  createdAt: number;
  msgType: string;
  /** Valid recipients (users outside the bot's contact scope included). */
  valid: number;
  /** Recipients the message can actually reach (visible to the bot and within the app's availability). */
  deliverable: number;
  timing: SendTiming;
  recall?: { at: number; durationMs: number };
  /** What was sent (absent on records saved before it was kept). */
  sent?: SentPayload;
}

export interface BatchProgress {
  valid_user_ids_count: number;
  success_user_ids_count: number;
  read_user_ids_count: number;
  recall: boolean;
  recall_count: number;
}

function deliveredAt(batch: BatchRecord, t: number): number {
  // fraction() is 0 before the start.
  return Math.floor(batch.deliverable * fraction(t - batch.createdAt - batch.timing.scheduleDelayMs, batch.timing.deliveryMs));
}

function readAt(batch: BatchRecord, t: number): number {
  const sinceStart = t - batch.createdAt - batch.timing.scheduleDelayMs;
  const eventually = Math.floor(batch.deliverable * batch.timing.readRatio);
  return Math.min(deliveredAt(batch, t), Math.floor(eventually * fraction(sinceStart, batch.timing.readSpreadMs)));
}

export function batchProgress(batch: BatchRecord, now: number): BatchProgress {
  const scheduled = now - batch.createdAt >= batch.timing.scheduleDelayMs;
  // Delivery and reads stop at the recall.
  const until = batch.recall ? Math.min(now, batch.recall.at) : now;
  const success = deliveredAt(batch, until);
  let recallCount = 0;
  if (batch.recall) {
    recallCount = Math.floor(success * fraction(now - batch.recall.at, batch.recall.durationMs));
  }
  return {
    valid_user_ids_count: scheduled ? batch.valid : 0,
    success_user_ids_count: success,
    read_user_ids_count: readAt(batch, until),
    recall: batch.recall !== undefined,
    recall_count: recallCount,
  };
}
