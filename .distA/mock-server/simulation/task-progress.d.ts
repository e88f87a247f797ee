import type { TaskRecord } from "../state/records.js";
import { type ReadableSend } from "./readers.js";
export declare const taskSend: (task: TaskRecord) => ReadableSend;
/** The share of recipients reached by `now`, which stops growing at a recall. */
export declare function reachedFraction(task: TaskRecord, now: number): number;
export declare function taskProgress(task: TaskRecord, now: number): {
    progress_in_percent: number;
    status: 0 | 1 | 2;
};
/**
 * Who a task has reached by `now` and how many of them have read it: recipients are reached in the order they read
 * (readers.ts), so every reader is among those reached, readers first. What getsendresult lists and the dashboard shows.
 */
export declare function taskReach(seed: number, task: TaskRecord, now: number): {
    delivered: number;
    read: number;
    reached: (from: number, count: number) => number[];
};
