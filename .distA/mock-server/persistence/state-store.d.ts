import type { MockState } from "../state/mock-state.js";
export interface StateStoreOptions {
    intervalMs?: number;
    /** Where save failures (once per cause) and recoveries are told. */
    log?: (line: string) => void;
    /** A journal past this size (and past the snapshot's) is folded into a new snapshot. */
    journalLimitBytes?: number;
}
export interface PersistenceStatus {
    file: string;
    generation: number;
    last_save_at: string | null;
    last_error: {
        message: string;
        at: string;
        failures: number;
        next_retry_at: string;
    } | null;
    unsaved_changes: boolean;
    journal_bytes: number;
    snapshot_bytes: number;
    compacting: boolean;
}
export declare class StateStore {
    readonly path: string;
    private readonly state;
    readonly intervalMs: number;
    private readonly log;
    private readonly journalLimit;
    /** The generation new journal lines go to. */
    private generation;
    private journalBytes;
    private snapshotBytes;
    private savedRevision;
    private savedResets;
    private needsSnapshot;
    private appending;
    private compacting;
    private abort;
    private timer;
    private lastSaveAt;
    private failure;
    private release;
    constructor(path: string, state: MockState, options?: StateStoreOptions);
    private journalPath;
    /** Takes the lock, clears what killed runs left, restores the state if there is one. Returns whether it did. */
    open(): Promise<boolean>;
    private load;
    start(): void;
    private tick;
    private unsaved;
    /** Appends what changed since the last save to the current journal. */
    private append;
    /**
     * Writes a whole new snapshot. Changes made meanwhile go to the next generation's journal, which loading applies
     * after it; `abortable` lets stop() give it up (the journals still hold everything).
     */
    private snapshot;
    private succeeded;
    private failed;
    /** Stops the periodic saves and saves what is left; throws if that cannot be done. */
    stop(): Promise<void>;
    status(): PersistenceStatus;
}
