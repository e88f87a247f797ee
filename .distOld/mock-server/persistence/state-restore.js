// Restoring the state at start: the snapshot, then every journal of its generation and later, in order (a later
// one exists when a snapshot was interrupted). Journals older than the snapshot are folded into it: deleted.
import { readdir, readFile, truncate, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { applyRecords, applySmall, directoryOf } from "./state-lines.js";
import { readJournal, readState } from "./state-reader.js";
import { StateFileError } from "./state-schema.js";
export async function listJournals(path) {
    const prefix = `${basename(path)}.journal-`;
    return (await readdir(dirname(path)))
        .filter((name) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)))
        .map((name) => ({ generation: Number(name.slice(prefix.length)), path: join(dirname(path), name) }))
        .sort((a, b) => a.generation - b.generation);
}
/** Fills `state` from the files at `path`; undefined when there is no state file yet. */
export async function restoreState(path, state) {
    let bytes;
    try {
        bytes = await readFile(path);
    }
    catch (error) {
        if (error.code === "ENOENT")
            return undefined;
        throw new StateFileError(`cannot read the state file ${path}: ${error.message}`);
    }
    const { header, records } = readState(bytes, path);
    const expected = directoryOf(state);
    if (header.directory.seed !== expected.seed || header.directory.large_department_size !== expected.large_department_size) {
        throw new StateFileError(`the state file was saved with seed ${header.directory.seed} and large_department_size ${header.directory.large_department_size}; ` +
            `this mock has ${expected.seed} and ${expected.large_department_size} (its ids would not match)`);
    }
    let small = header.small;
    for (const line of records)
        applyRecords(state, line);
    let generation = header.generation;
    let journalBytes = 0;
    for (const journal of await listJournals(path)) {
        if (journal.generation < header.generation) {
            await unlink(journal.path).catch(() => undefined);
            continue;
        }
        const text = await readFile(journal.path);
        const { lines, validBytes } = readJournal(text, journal.path);
        // A line cut short by a kill is dropped, so the next append starts on a line of its own.
        if (validBytes < text.byteLength)
            await truncate(journal.path, validBytes);
        for (const line of lines) {
            applyRecords(state, line);
            small = line.small;
        }
        generation = journal.generation;
        journalBytes = validBytes;
    }
    applySmall(state, small);
    state.retention.sweep(state.now(), true);
    for (const map of [state.batches, state.messages, state.tasks])
        map.takeChanges();
    return { generation, journalBytes, snapshotBytes: bytes.byteLength };
}
//# sourceMappingURL=state-restore.js.map