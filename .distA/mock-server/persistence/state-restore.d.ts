import type { MockState } from "../state/mock-state.js";
export declare function listJournals(path: string): Promise<{
    generation: number;
    path: string;
}[]>;
/** Fills `state` from the files at `path`; undefined when there is no state file yet. */
export declare function restoreState(path: string, state: MockState): Promise<{
    generation: number;
    journalBytes: number;
    snapshotBytes: number;
} | undefined>;
