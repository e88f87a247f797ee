// --state-file: a snapshot (`<path>`) and a journal of acknowledged changes (`<path>.journal-<generation>`).
// Every `intervalMs`, when something was written (reads never are), the changed records are appended to the
// journal: a few ms of work whatever the size of the state. When the journal outgrows the snapshot, a new
// snapshot is written record by record, yielding between chunks, while changes go on into the next journal; it
// replaces the old one by rename. A failed save never stops the server: it is logged once per cause, retried
// with backoff, and shown by /__mock/state. On stop the journal is flushed: nothing acknowledged is lost; after a
// SIGKILL at most one interval is.
import { rename, stat, unlink } from "node:fs/promises";
import { dirname } from "node:path";
import { acquireLock, createExclusive, openForAppend, removeStaleTemporaries, temporaryName } from "./private-files.js";
import { directoryOf, smallParts, STATE_FORMAT } from "./state-lines.js";
import { listJournals, restoreState } from "./state-restore.js";
import { StateFileError } from "./state-schema.js";
/** Records per line (and per write of a snapshot): small enough that no single string is ever huge. */
const CHUNK = 2000;
const MAX_BACKOFF_MS = 30_000;
class Aborted extends Error {
}
export class StateStore {
    path;
    state;
    intervalMs;
    log;
    journalLimit;
    /** The generation new journal lines go to. */
    generation = 0;
    journalBytes = 0;
    snapshotBytes = 0;
    savedRevision = -1;
    savedResets = 0;
    needsSnapshot = false;
    appending;
    compacting;
    abort = false;
    timer;
    lastSaveAt;
    failure;
    release;
    constructor(path, state, options = {}) {
        this.path = path;
        this.state = state;
        this.intervalMs = options.intervalMs ?? 1000;
        this.log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
        this.journalLimit = options.journalLimitBytes ?? 16 * 1024 * 1024;
        state.persistenceStatus = () => this.status();
        for (const map of [state.batches, state.messages, state.tasks])
            map.tracking = true;
    }
    journalPath(generation) {
        return `${this.path}.journal-${generation}`;
    }
    /** Takes the lock, clears what killed runs left, restores the state if there is one. Returns whether it did. */
    async open() {
        try {
            await stat(dirname(this.path));
        }
        catch (error) {
            throw new StateFileError(`cannot write the state file ${this.path}: ${error.message}`);
        }
        this.release = await acquireLock(this.path);
        try {
            await removeStaleTemporaries(this.path);
            const restored = await this.load();
            if (!restored) {
                await this.snapshot(false);
            }
            else {
                // Shows at start that the journal can be written.
                await (await openForAppend(this.journalPath(this.generation))).close();
            }
            return restored;
        }
        catch (error) {
            await this.release();
            if (error instanceof StateFileError)
                throw error;
            throw new StateFileError(`cannot write the state file ${this.path}: ${error.message}`);
        }
    }
    async load() {
        const restored = await restoreState(this.path, this.state);
        if (!restored)
            return false;
        ({ generation: this.generation, journalBytes: this.journalBytes, snapshotBytes: this.snapshotBytes } = restored);
        this.savedRevision = this.state.revision;
        this.savedResets = this.state.resets;
        return true;
    }
    start() {
        this.timer = setInterval(() => this.tick(), this.intervalMs);
        this.timer.unref();
    }
    tick() {
        if (this.appending || (this.failure && Date.now() < this.failure.nextAttemptAt))
            return;
        if (!this.compacting && (this.needsSnapshot || this.journalBytes > Math.max(this.journalLimit, this.snapshotBytes))) {
            // The snapshot flushes what is pending to the journal first; later ticks append to the next journal.
            this.compacting = this.snapshot(true)
                .then(() => this.succeeded(), (error) => this.failed(error))
                .finally(() => (this.compacting = undefined));
            return;
        }
        if (this.needsSnapshot || !this.unsaved())
            return;
        this.appending = this.append()
            .then(() => this.succeeded(), (error) => this.failed(error))
            .finally(() => (this.appending = undefined));
    }
    unsaved() {
        return this.state.changedSince(this.savedRevision) || this.state.resets !== this.savedResets;
    }
    /** Appends what changed since the last save to the current journal. */
    async append() {
        const { state } = this;
        const clear = state.resets !== this.savedResets;
        const small = smallParts(state);
        const changed = { batches: state.batches.takeChanges(), messages: state.messages.takeChanges(), tasks: state.tasks.takeChanges() };
        this.savedRevision = state.revision;
        this.savedResets = state.resets;
        const lines = [];
        let first = true;
        do {
            const line = { small, ...(first && clear && { clear: true }) };
            for (const kind of ["batches", "messages", "tasks"]) {
                const part = changed[kind].splice(0, CHUNK);
                if (part.length > 0)
                    line[kind] = part;
            }
            lines.push(JSON.stringify(line));
            first = false;
        } while (changed.batches.length + changed.messages.length + changed.tasks.length > 0);
        const text = `${lines.join("\n")}\n`;
        // Opened for each append, by path: a folder deleted under a running server is noticed, not written into the void.
        const handle = await openForAppend(this.journalPath(this.generation));
        try {
            await handle.write(text);
            await handle.datasync();
        }
        finally {
            await handle.close();
        }
        this.journalBytes += Buffer.byteLength(text);
    }
    /**
     * Writes a whole new snapshot. Changes made meanwhile go to the next generation's journal, which loading applies
     * after it; `abortable` lets stop() give it up (the journals still hold everything).
     */
    async snapshot(abortable) {
        const { state } = this;
        if (!this.needsSnapshot && this.unsaved()) {
            // What is pending goes to the current journal first, so that it is on disk even if this snapshot never lands.
            await (this.appending ?? Promise.resolve());
            if (this.unsaved())
                await this.append();
        }
        const generation = this.generation + 1;
        this.generation = generation;
        const repairing = this.needsSnapshot;
        // Everything up to here is in the snapshot; what changes from here on is journaled under the new generation.
        for (const map of [state.batches, state.messages, state.tasks])
            map.takeChanges();
        this.savedRevision = state.revision;
        this.savedResets = state.resets;
        this.journalBytes = 0;
        this.needsSnapshot = false;
        const header = { format: STATE_FORMAT, generation, directory: directoryOf(state), small: smallParts(state) };
        const temporary = temporaryName(this.path);
        let bytes = 0;
        const handle = await createExclusive(temporary);
        try {
            const write = async (text) => {
                if (abortable && this.abort)
                    throw new Aborted("stopping");
                await handle.write(text);
                bytes += Buffer.byteLength(text);
            };
            await write(`${JSON.stringify(header)}\n`);
            for (const [kind, map] of [["batch", state.batches], ["message", state.messages], ["task", state.tasks]]) {
                let chunk = [];
                for (const record of map.values()) {
                    chunk.push(JSON.stringify({ [kind]: record }));
                    if (chunk.length >= CHUNK) {
                        await write(`${chunk.join("\n")}\n`);
                        chunk = [];
                    }
                }
                if (chunk.length > 0)
                    await write(`${chunk.join("\n")}\n`);
            }
            await handle.sync();
            await handle.close();
            await rename(temporary, this.path);
        }
        catch (error) {
            await handle.close().catch(() => undefined);
            await unlink(temporary).catch(() => undefined);
            if (repairing)
                this.needsSnapshot = true;
            throw error;
        }
        this.snapshotBytes = bytes;
        for (const journal of await listJournals(this.path)) {
            if (journal.generation < generation)
                await unlink(journal.path).catch(() => undefined);
        }
    }
    succeeded() {
        this.lastSaveAt = Date.now();
        if (this.failure)
            this.log(`state file ${this.path}: saved again after ${this.failure.failures} failed attempt(s)`);
        this.failure = undefined;
    }
    failed(error) {
        if (error instanceof Aborted)
            return;
        const message = error.message;
        const cause = error.code ?? message;
        const failures = (this.failure?.failures ?? 0) + 1;
        const now = Date.now();
        if (this.failure?.cause !== cause)
            this.log(`state file ${this.path}: cannot save (${message}); retrying with backoff, the server goes on`);
        this.failure = { message, at: now, failures, cause, nextAttemptAt: now + Math.min(MAX_BACKOFF_MS, this.intervalMs * 2 ** Math.min(failures, 16)) };
        // The journal may end in a partial line, and the changes taken for it are only in memory: the next save is a
        // whole snapshot (of what is in memory, so nothing acknowledged is missing from it).
        this.needsSnapshot = true;
    }
    /** Stops the periodic saves and saves what is left; throws if that cannot be done. */
    async stop() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
        this.abort = true;
        await this.compacting;
        await this.appending;
        this.abort = false;
        try {
            let lastError;
            for (let attempt = 0; attempt < 3; attempt++) {
                try {
                    if (this.needsSnapshot)
                        await this.snapshot(false);
                    else if (this.unsaved())
                        await this.append();
                    this.succeeded();
                    return;
                }
                catch (error) {
                    lastError = error;
                    this.needsSnapshot = true;
                }
            }
            throw new StateFileError(`the state could not be saved to ${this.path}: ${lastError.message}`);
        }
        finally {
            await this.release?.();
            this.release = undefined;
        }
    }
    status() {
        const iso = (ms) => (ms === undefined ? null : new Date(ms).toISOString());
        return {
            file: this.path,
            generation: this.generation,
            last_save_at: iso(this.lastSaveAt),
            last_error: this.failure
                ? { message: this.failure.message, at: iso(this.failure.at), failures: this.failure.failures, next_retry_at: iso(this.failure.nextAttemptAt) }
                : null,
            unsaved_changes: this.unsaved(),
            journal_bytes: this.journalBytes,
            snapshot_bytes: this.snapshotBytes,
            compacting: this.compacting !== undefined,
        };
    }
}
//# sourceMappingURL=state-store.js.map