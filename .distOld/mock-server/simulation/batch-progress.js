import { fraction } from "./timing.js";
function deliveredAt(batch, timing, t) {
    // fraction() is 0 before the start.
    return Math.floor(batch.deliverable * fraction(t - batch.createdAt - timing.scheduleDelayMs, timing.deliveryMs));
}
function readAt(batch, timing, t) {
    const sinceStart = t - batch.createdAt - timing.scheduleDelayMs;
    const eventually = Math.floor(batch.deliverable * timing.readRatio);
    return Math.min(deliveredAt(batch, timing, t), Math.floor(eventually * fraction(sinceStart, timing.readSpreadMs)));
}
export function batchProgress(batch, now, timing = batch.timing) {
    if (!timing)
        throw new Error(`Mock bug: no timing for batch ${batch.id} (use batchTiming)`);
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
//# sourceMappingURL=batch-progress.js.map