import { type JournalLine, type RecordLine, type SnapshotHeader } from "./state-lines.js";
export declare function readState(bytes: Buffer, path: string): {
    header: SnapshotHeader;
    records: RecordLine[];
};
/** A journal's lines; a last line cut short (a kill mid-write) is left out, and `validBytes` ends before it. */
export declare function readJournal(bytes: Buffer, path: string): {
    lines: JournalLine[];
    validBytes: number;
};
