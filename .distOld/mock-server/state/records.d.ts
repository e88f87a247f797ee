import type { IntervalSet } from "../intervals.js";
import type { BatchRecord } from "../simulation/batch-progress.js";
import type { SendTiming } from "../simulation/timing.js";
import type { SentPayload } from "./sent-payload.js";
export type { BatchRecord };
export interface TokenRecord {
    token: string;
    /** Feishu app_id or DingTalk appkey. */
    appId: string;
    /** Mock time of issue and expiry (epoch ms). */
    issuedAt: number;
    expiresAt: number;
    /** Wall time of issue and expiry (epoch ms): what a client caching the token by its `expire` counts. */
    issuedAtWall: number;
    expiresAtWall: number;
    /** Set when POST /__mock/tokens/expire ended it. */
    expiredBy?: "control";
}
export interface MessageRecord {
    id: string;
    appId: string;
    chatId: string;
    /** p2p chats are with one user; group chats are the directory's. */
    chatType: "p2p" | "group";
    /** The user of a p2p chat. */
    userIndex?: number;
    msgType: string;
    /** (The content is not kept: nothing reads it again, and it may be 150 KB.) */
    createdAt: number;
    recipients: IntervalSet;
    timing: SendTiming;
    deletedAt?: number;
    /** What was sent (absent on records saved before it was kept). */
    sent?: SentPayload;
}
export interface TaskRecord {
    taskId: number;
    appkey: string;
    agentId: number;
    createdAt: number;
    msgType: string;
    recipients: IntervalSet;
    invalidUserIds: string[];
    invalidDeptIds: number[];
    timing: SendTiming;
    recalledAt?: number;
    /** What was sent (absent on records saved before it was kept). */
    sent?: SentPayload;
}
/** A record created or changed (recalled, deleted) by a request. */
export interface RecordChange {
    kind: "batch" | "message" | "task";
    id: string;
}
