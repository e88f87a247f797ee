import type { RequestLogEntry } from "./http/request-log.js";
export type LogFormat = "pretty" | "json";
export declare const LOG_FORMATS: readonly LogFormat[];
/** The format asked for, else pretty on a terminal and JSON otherwise (pipes, files, CI); undefined if unknown. */
export declare function chooseLogFormat(given: string | undefined, isTTY: boolean): LogFormat | undefined;
/** A function logging each request in the format asked for (modules loaded only when there is a log). */
export declare function requestLogger(format: LogFormat): Promise<(entry: RequestLogEntry) => void>;
