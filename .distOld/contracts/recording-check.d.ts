import { TrafficReport, type FailOn } from "../spec/traffic/index.js";
/** Checks every exchange of the file in order (the stream invariants need the order); returns the report. */
export declare function checkRecording(file: string): TrafficReport;
/** `npm run contracts -- --target recording:<file>`: prints the summary, writes the reports; 1 if it fails. */
export declare function checkRecordingFile(file: string, reportsDir: string, failOn?: FailOn): number;
