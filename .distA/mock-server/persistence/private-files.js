// Files of the state store that hold secrets and tokens: created exclusively (never through a link planted at
// their name), readable by their owner only; a lock so two processes never write one state file; and the
// temporary files a killed process left behind, removed at start.
import { constants } from "node:fs";
import { open, readdir, readFile, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
/** A new file, or an error if anything (a file, a link) is at the path already. */
export function createExclusive(path) {
    return open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
}
/** Appends to a file of ours; refuses one that is a symlink. */
export function openForAppend(path) {
    return open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND | constants.O_NOFOLLOW, 0o600);
}
/** A temporary name beside `path` that no other writer will use. */
export const temporaryName = (path) => `${path}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`;
/** Removes the temporary files of earlier runs beside `path` (only ours: `<name>.<pid>-<random>.tmp`). */
export async function removeStaleTemporaries(path) {
    const name = basename(path);
    const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.\\d+-[0-9a-z]+\\.tmp$`);
    const removed = [];
    for (const entry of await readdir(dirname(path))) {
        if (!pattern.test(entry))
            continue;
        await unlink(join(dirname(path), entry)).catch(() => undefined);
        removed.push(entry);
    }
    return removed;
}
export class StateLockedError extends Error {
}
const alive = (pid) => {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === "EPERM";
    }
};
/**
 * Takes `<path>.lock` (holding our pid). Another live process holding it refuses the start; a lock left by a
 * process that is gone (SIGKILL) is taken over. Returns the release function.
 */
export async function acquireLock(path) {
    const lock = `${path}.lock`;
    for (let attempt = 0; attempt < 2; attempt++) {
        try {
            const handle = await createExclusive(lock);
            await handle.writeFile(String(process.pid));
            await handle.close();
            return () => unlink(lock).catch(() => undefined);
        }
        catch (error) {
            if (error.code !== "EEXIST")
                throw error;
        }
        const pid = Number((await readFile(lock, "utf8").catch(() => "")).trim());
        if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
            throw new StateLockedError(`another mock (pid ${pid}) is using the state file ${path}; stop it, or give this one another --state-file`);
        }
        await unlink(lock).catch(() => undefined); // stale: its process is gone
    }
    throw new StateLockedError(`cannot take the lock ${lock}`);
}
//# sourceMappingURL=private-files.js.map