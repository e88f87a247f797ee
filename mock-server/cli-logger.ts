// The request log's output: one JSON line per request (pino), or, with --log-format pretty (the default on a
// terminal), pino-pretty's coloured one-liners.
import type { RequestLogEntry } from "./http/request-log.js";
import { logMessage } from "./http/request-log.js";

export type LogFormat = "pretty" | "json";

export const LOG_FORMATS: readonly LogFormat[] = ["pretty", "json"];

/** The format asked for, else pretty on a terminal and JSON otherwise (pipes, files, CI); undefined if unknown. */
export function chooseLogFormat(given: string | undefined, isTTY: boolean): LogFormat | undefined {
  if (given === undefined) return isTTY ? "pretty" : "json";
  return LOG_FORMATS.find((f) => f === given);
}

/** A function logging each request in the format asked for (modules loaded only when there is a log). */
export async function requestLogger(format: LogFormat): Promise<(entry: RequestLogEntry) => void> {
  const { pino } = await import("pino");
  const options = { base: null, timestamp: pino.stdTimeFunctions.isoTime };
  if (format === "json") {
    const logger = pino(options);
    return (entry) => logger.info(entry, logMessage(entry));
  }
  const { default: pretty } = await import("pino-pretty");
  // The message already holds method, path, status, code and time: the fields are not repeated after it.
  const stream = pretty({ sync: true, colorize: process.stdout.isTTY === true, translateTime: "SYS:HH:MM:ss.l", ignore: "method,path,status,code,operationId,notModelled,ms" });
  const logger = pino(options, stream);
  return (entry) => (entry.status >= 400 || entry.notModelled ? logger.warn(entry, logMessage(entry)) : logger.info(entry, logMessage(entry)));
}
