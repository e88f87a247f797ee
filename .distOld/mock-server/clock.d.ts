export interface ClockState {
    now: number;
    iso: string;
    scale: number;
    frozen: boolean;
}
export interface ClockOptions {
    /** Mock time at creation, epoch ms (default: the real time). */
    start?: number;
    scale?: number;
    frozen?: boolean;
    /** The real, monotonic clock in ms (injectable for tests of the clock itself). */
    wall?: () => number;
}
export declare class ClockError extends Error {
}
/** The last instant a date can show (9999-12-31T23:59:59.999Z): mock time stops there. */
export declare const END_OF_TIME = 253402300799999;
export declare class MockClock {
    private readonly wall;
    private anchorWall;
    private anchorMock;
    private scaleFactor;
    private isFrozen;
    constructor(options?: ClockOptions);
    /** Mock time, epoch milliseconds (an integer). */
    now(): number;
    get scale(): number;
    get frozen(): boolean;
    /** Re-anchors at the current instant, so a change of rate applies from now on. */
    private rebase;
    advance(ms: number): void;
    private within;
    set(epochMs: number): void;
    freeze(frozen: boolean): void;
    setScale(scale: number): void;
    /** Takes up a saved clock in a new process: the same time, rate and frozenness (restoring state only). */
    resume(saved: {
        now: number;
        scale: number;
        frozen: boolean;
    }): void;
    state(): ClockState;
}
