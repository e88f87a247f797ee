import type { MockClock } from "../clock.js";
export declare const EARLIEST_SETTABLE: number;
export declare const LATEST_SETTABLE: number;
export declare class ClockChangeError extends Error {
}
export interface ClockChanges {
    set?: number;
    advance?: number;
    scale?: number;
    freeze?: boolean;
}
/** Reads `{advance_ms?, set?, freeze?, scale?}`; `backwards` allows a `set` before now (reset only). */
export declare function parseClockChanges(body: Record<string, unknown>, now: number, backwards: boolean): ClockChanges;
/** Applies checked changes: freeze, scale, set, then advance (the order the API documents). */
export declare function applyClockChanges(clock: MockClock, changes: ClockChanges, backwards: boolean): void;
