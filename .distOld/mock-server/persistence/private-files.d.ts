import { type PathLike } from "node:fs";
import { type FileHandle } from "node:fs/promises";
/** A new file, or an error if anything (a file, a link) is at the path already. */
export declare function createExclusive(path: PathLike): Promise<FileHandle>;
/** Appends to a file of ours; refuses one that is a symlink. */
export declare function openForAppend(path: PathLike): Promise<FileHandle>;
/** A temporary name beside `path` that no other writer will use. */
export declare const temporaryName: (path: string) => string;
/** Removes the temporary files of earlier runs beside `path` (only ours: `<name>.<pid>-<random>.tmp`). */
export declare function removeStaleTemporaries(path: string): Promise<string[]>;
export declare class StateLockedError extends Error {
}
/**
 * Takes `<path>.lock` (holding our pid). Another live process holding it refuses the start; a lock left by a
 * process that is gone (SIGKILL) is taken over. Returns the release function.
 */
export declare function acquireLock(path: string): Promise<() => Promise<void>>;
