// --state-file: the state saved atomically (write a temporary file, fsync, rename) every `intervalMs` when it
// changed, and once more when the server stops; restored when it starts. After a SIGKILL, what was saved last is
// what comes back: at most `intervalMs` of changes are lost.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { applySnapshot, SnapshotError, toSnapshot } from "./state/snapshot.js";
export class StateFile {
    path;
    state;
    intervalMs;
    timer;
    savedRevision = -1;
    constructor(path, state, intervalMs = 1000) {
        this.path = path;
        this.state = state;
        this.intervalMs = intervalMs;
    }
    /** Writes the state now, to show at start that the file can be written (a missing folder is said at once). */
    check() {
        try {
            this.save();
        }
        catch (error) {
            throw new SnapshotError(`cannot write the state file ${this.path}: ${error.message}`);
        }
    }
    /** Restores the saved state, if the file exists. A file that cannot be used stops the start (no silent loss). */
    load() {
        if (!existsSync(this.path))
            return false;
        let snapshot;
        try {
            snapshot = JSON.parse(readFileSync(this.path, "utf8"));
        }
        catch (error) {
            throw new SnapshotError(`cannot read the state file ${this.path}: ${error.message}`);
        }
        applySnapshot(this.state, snapshot);
        this.savedRevision = this.state.revision;
        return true;
    }
    save() {
        const revision = this.state.revision;
        const temporary = `${this.path}.${process.pid}.tmp`;
        // It holds tokens and secrets: readable by its owner only.
        const fd = openSync(temporary, "w", 0o600);
        try {
            writeSync(fd, JSON.stringify(toSnapshot(this.state)));
            fsyncSync(fd);
        }
        finally {
            closeSync(fd);
        }
        renameSync(temporary, this.path);
        this.savedRevision = revision;
    }
    start() {
        this.timer = setInterval(() => {
            if (this.state.revision !== this.savedRevision)
                this.save();
        }, this.intervalMs);
        this.timer.unref();
    }
    /** Stops the periodic saves and saves once more. */
    stop() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
        this.save();
    }
}
//# sourceMappingURL=state-file.js.map