import type { DingTalkAppConfig, FeishuAppConfig } from "../config.js";
import type { MockState } from "../state/mock-state.js";
import type { BatchRecord, MessageRecord, TaskRecord, TokenRecord } from "../state/records.js";
export declare const STATE_FORMAT = "feishu-dingtalk-mock/state@2";
/** The single-document format of earlier versions, still read. */
export declare const LEGACY_FORMAT = "feishu-dingtalk-mock/state@1";
export interface SmallParts {
    /** Wall time of the save (epoch ms): a running clock resumes as if it had kept running. */
    saved_at: number;
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
    daily_batch_recipients: [string, number][];
    sequences: [string, number][];
}
export interface SnapshotHeader {
    format: typeof STATE_FORMAT;
    /** Journals of this generation and later hold the changes made after this snapshot began. */
    generation: number;
    /** The directory the ids were generated from: a state file only fits the same one. */
    directory: {
        seed: number;
        large_department_size: number;
    };
    small: SmallParts;
}
export interface RecordLine {
    batch?: BatchRecord;
    message?: MessageRecord;
    task?: TaskRecord;
}
export interface JournalLine {
    small: SmallParts;
    /** A reset came before these changes: the records before it are gone. */
    clear?: boolean;
    batches?: BatchRecord[];
    messages?: MessageRecord[];
    tasks?: TaskRecord[];
}
export declare const directoryOf: (state: MockState) => {
    seed: number;
    large_department_size: number;
};
export declare function smallParts(state: MockState, wallNow?: number): SmallParts;
export declare function applySmall(state: MockState, small: SmallParts, wallNow?: number): void;
export declare function applyRecords(state: MockState, line: RecordLine | JournalLine): void;
/** A state@1 document as a header and record lines. */
export declare function fromLegacy(doc: Record<string, unknown>): {
    header: SnapshotHeader;
    records: RecordLine[];
};
