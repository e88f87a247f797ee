import { MockClock } from "../clock.js";
import type { DingTalkAppConfig, FeishuAppConfig, MockConfig } from "../config.js";
import { Directory } from "../directory.js";
import { Lru } from "../lru.js";
import type { RecordChange } from "./records.js";
import type { BatchRecord, MessageRecord, TaskRecord, TokenRecord } from "./records.js";
import { Retention } from "./retention.js";
import { SentPayloads } from "./sent-payload.js";
import { TrackedMap } from "./tracked-map.js";
/** A rendered page of read receipts: its items' JSON, and the token of the page after it when there is one. */
export interface ReadPage {
    items: string;
    nextToken?: string;
}
export declare class MockState {
    readonly config: MockConfig;
    readonly clock: MockClock;
    readonly directory: Directory;
    feishuApps: Map<string, FeishuAppConfig>;
    dingtalkApps: Map<string, DingTalkAppConfig>;
    /** Bots moved in or out of the directory's chats at run time, by chat_id. */
    chatBots: Map<string, Map<string, boolean>>;
    feishuTokens: Map<string, TokenRecord>;
    dingtalkTokens: Map<string, TokenRecord>;
    /** Kept in creation order (mock time never goes backwards), so the oldest are first to be evicted. */
    readonly batches: TrackedMap<string, BatchRecord>;
    readonly messages: TrackedMap<string, MessageRecord>;
    readonly tasks: TrackedMap<number, TaskRecord>;
    /** Ids of messages evicted past every window, so they still answer the window's code (capped, oldest first out). */
    readonly evictedMessages: Set<string>;
    /** Batch-send recipients per app per mock day (the 500,000/day limit). */
    dailyBatchRecipients: Map<string, number>;
    /** Per kind of id, how many were made: ids depend only on how many of their own kind came before. */
    private sequences;
    /** Rendered pages of read receipts (JSON of their items, and the next page's token), which never change once read. */
    pageCache: Lru<string, ReadPage>;
    /** read_users page tokens already checked (`message id|token` → the reader they start at): a poller resends them. */
    pageTokens: Lru<string, number>;
    /** Bumped when apps, tokens, chats, counters or the clock may have changed (records are tracked by their maps). */
    revision: number;
    /** Bumped by reset: a saver then rewrites the whole file. */
    resets: number;
    /** Eviction past the windows and the ceiling on stored records. */
    readonly retention: Retention;
    /** What the latest sends sent (the older ones' `sent` is let go). */
    readonly sentPayloads: SentPayloads;
    /** Set by the state file (when there is one): what /__mock/state shows of the saves. */
    persistenceStatus: (() => unknown) | undefined;
    /** Real time (epoch ms), for what counts wall-clock time (token lifetimes); injectable for tests. */
    readonly wallNow: () => number;
    constructor(config: MockConfig, clock?: MockClock, wallNow?: () => number);
    /**
     * Forgets everything sent and every token; apps back to their configuration. The clock goes on. The id
     * counters do not start again: no batch id, message id, task id or token is ever issued twice, so an old token
     * never works again and an old id never names a new record.
     */
    reset(): void;
    /** Whether anything is unsaved since `revision` (records are tracked by their maps). */
    changedSince(revision: number): boolean;
    /** The id counters, for snapshots. */
    sequenceEntries(): [string, number][];
    restoreSequences(entries: [string, number][]): void;
    now(): number;
    /** A fresh, deterministic id: the n-th id of a kind under this seed. */
    nextHex(kind: string, length: number): string;
    /** The next number of a kind's counter (kept in snapshots, so ids go on after a restart). */
    private nextCount;
    nextBatchId(): string;
    /** `om_x100b` + 27 hex as the live service issues them now, or the classic `om_` + 32 hex (feishu.message_ids). */
    nextMessageId(): string;
    /** DingTalk task ids: 12-digit numbers, well below 2^53. */
    nextTaskId(): number;
    /** X-Tt-Logid / error.log_id: a timestamp and 20 hex characters, 34 in all, as Feishu's look. */
    nextLogId(): string;
    private logStampSecond;
    private logStamp;
    private logCount;
    /** DingTalk request_id: 12 lower-case base-36 characters (e.g. "5y2znla8tw3d"). */
    nextRequestId(): string;
    dayKey(appId: string, at: number): string;
    isBotInChat(chatId: string, appId: string): boolean;
    setBotInChat(chatId: string, appId: string, inChat: boolean): void;
    private readonly changeListeners;
    /** Tells `listener` of every record created or changed (the events stream); returns the way to stop. */
    onRecordChange(listener: (change: RecordChange) => void): () => void;
    /** Handlers call this after creating, recalling or deleting a record. */
    recordChanged(change: RecordChange): void;
}
