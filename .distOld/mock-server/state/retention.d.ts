import type { MockState } from "./mock-state.js";
/** The vendor's codes for "too much": batch send's rate-limit code, the frequency-limit code, DingTalk's busy. */
export declare const CEILING_CODES: {
    readonly batches: 11247;
    readonly messages: 99991400;
    readonly tasks: -1;
};
/** Dropping at least this many records at once is worth a hint to collect the garbage (see serve.ts). */
export declare const LARGE_EVICTION = 10000;
export declare class Retention {
    private readonly state;
    readonly windows: {
        batches: number;
        messages: number;
        tasks: number;
    };
    private lastSweep;
    /** Called after a large eviction or reset; on a port it asks the runtime to give the memory back. */
    afterLargeEviction: (() => void) | undefined;
    constructor(state: MockState);
    /** Drops what is past its window; cheap enough for every request (it sweeps at most once per mock second). */
    sweep(now?: number, force?: boolean): number;
    /** Refuses a new record when its kind is at the configured ceiling, with the vendor's own limit code. */
    makeRoom(kind: keyof typeof CEILING_CODES): void;
}
