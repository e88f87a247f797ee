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
  /**
   * Left out of new batches: it is sendTiming(config, id, deliverable), derived again when needed (batchTiming),
   * so a million stored batches do not hold a million copies of it.
   */
  timing?: SendTiming;
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

function deliveredAt(batch: BatchRecord, timing: SendTiming, t: number): number {
  // fraction() is 0 before the start.
  return Math.floor(batch.deliverable * fraction(t - batch.createdAt - timing.scheduleDelayMs, timing.deliveryMs));
}

function readAt(batch: BatchRecord, timing: SendTiming, t: number): number {
  const sinceStart = t - batch.createdAt - timing.scheduleDelayMs;
  const eventually = Math.floor(batch.deliverable * timing.readRatio);
  return Math.min(deliveredAt(batch, timing, t), Math.floor(eventually * fraction(sinceStart, timing.readSpreadMs)));
}

export function batchProgress(batch: BatchRecord, now: number, timing: SendTiming | undefined = batch.timing): BatchProgress {
  if (!timing) throw new Error(`Mock bug: no timing for batch ${batch.id} (use batchTiming)`);
  const scheduled = now - batch.createdAt >= timing.scheduleDelayMs;
  // Delivery and reads stop at the recall.
  const until = batch.recall ? Math.min(now, batch.recall.at) : now;
  const success = deliveredAt(batch, timing, until);
  let recallCount = 0;
  if (batch.recall) {
    recallCount = Math.floor(success * fraction(now - batch.recall.at, batch.recall.durationMs));
  }
  return {
    valid_user_ids_count: scheduled ? batch.valid : 0,
    success_user_ids_count: success,
    read_user_ids_count: readAt(batch, timing, until),
    recall: batch.recall !== undefined,
    recall_count: recallCount,
  };
}
