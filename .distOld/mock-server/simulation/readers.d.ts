import { type IntervalSet } from "../intervals.js";
import { type SendTiming } from "./timing.js";
export interface ReadableSend {
    id: string;
    createdAt: number;
    /** Who received it (user indexes). */
    recipients: IntervalSet;
    timing: SendTiming;
    /** Reads stop at this instant (recall, delete). */
    frozenAt?: number;
}
export interface Reader {
    index: number;
    readAt: number;
}
/** How many have read it by `now` (binary search on the increasing read times). */
export declare function readerCount(send: ReadableSend, now: number): number;
/** Readers k ∈ [from, from + count), in reading order. */
export declare function readers(seed: number, send: ReadableSend, from: number, count: number): Reader[];
/** The share delivered by `now`, for sends whose delivery is reported as a percentage. */
export declare function deliveredFraction(send: ReadableSend, now: number): number;
