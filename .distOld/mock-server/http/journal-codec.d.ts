import type { JournalRecord } from "./journal-entry.js";
export declare function encodeRecord(record: JournalRecord): string;
export declare function decodeRecord(text: string): JournalRecord;
