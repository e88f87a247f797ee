import type { MockState } from "./state/mock-state.js";
export declare class StateFile {
    readonly path: string;
    private readonly state;
    readonly intervalMs: number;
    private timer;
    private savedRevision;
    constructor(path: string, state: MockState, intervalMs?: number);
    /** Writes the state now, to show at start that the file can be written (a missing folder is said at once). */
    check(): void;
    /** Restores the saved state, if the file exists. A file that cannot be used stops the start (no silent loss). */
    load(): boolean;
    save(): void;
    start(): void;
    /** Stops the periodic saves and saves once more. */
    stop(): void;
}
