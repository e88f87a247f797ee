import type { SentPayload } from "../state/sent-payload.js";
import { type SendTiming } from "./timing.js";
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
    recall?: {
        at: number;
        durationMs: number;
    };
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
export declare function batchProgress(batch: BatchRecord, now: number, timing?: SendTiming | undefined): BatchProgress;
