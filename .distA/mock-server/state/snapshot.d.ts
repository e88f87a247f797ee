import type { DingTalkAppConfig, FeishuAppConfig } from "../config.js";
import type { MockState } from "./mock-state.js";
import type { BatchRecord, MessageRecord, TaskRecord, TokenRecord } from "./records.js";
export declare const SNAPSHOT_FORMAT = "feishu-dingtalk-mock/state@1";
export interface StateSnapshot {
    format: typeof SNAPSHOT_FORMAT;
    /** Wall time of the save (epoch ms): a running clock resumes as if it had kept running. */
    saved_at: number;
    /** The directory the ids were generated from: a snapshot only fits the same one. */
    directory: {
        seed: number;
        large_department_size: number;
    };
    clock: {
        now: number;
        scale: number;
        frozen: boolean;
    };
    feishu_apps: FeishuAppConfig[];
    dingtalk_apps: DingTalkAppConfig[];
    chat_bots: [string, [string, boolean][]][];
    feishu_tokens: TokenRecord[];
    dingtalk_tokens: TokenRecord[];
    batches: BatchRecord[];
    messages: MessageRecord[];
    tasks: TaskRecord[];
    daily_batch_recipients: [string, number][];
    sequences: [string, number][];
}
export declare class SnapshotError extends Error {
}
export declare function toSnapshot(state: MockState, wallNow?: number): StateSnapshot;
/** Replaces the state with a snapshot's. Refuses one of another format or another directory. */
export declare function applySnapshot(state: MockState, snapshot: StateSnapshot, wallNow?: number): void;
