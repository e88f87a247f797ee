import type { MockConfig } from "../config.js";
export interface SendTiming {
    /** Queued this long before delivery starts. */
    scheduleDelayMs: number;
    /** Delivery to every deliverable recipient takes this long. */
    deliveryMs: number;
    /** The share of deliveries eventually read. */
    readRatio: number;
    /** Reads arrive over this long after delivery starts. */
    readSpreadMs: number;
}
export declare function sendTiming(config: MockConfig, id: string, deliverable: number): SendTiming;
/** A batch's timing: stored with it (older state files), or derived again from its id as when it was sent. */
export declare function batchTiming(config: MockConfig, batch: {
    id: string;
    deliverable: number;
    timing?: SendTiming;
}): SendTiming;
/** 0 → 1 as `elapsed` goes from 0 to `duration` (1 at once when the duration is 0; durations are never negative). */
export declare function fraction(elapsed: number, duration: number): number;
