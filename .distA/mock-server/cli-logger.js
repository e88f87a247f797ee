import { logMessage } from "./http/request-log.js";
export const LOG_FORMATS = ["pretty", "json"];
/** The format asked for, else pretty on a terminal and JSON otherwise (pipes, files, CI); undefined if unknown. */
export function chooseLogFormat(given, isTTY) {
    if (given === undefined)
        return isTTY ? "pretty" : "json";
    return LOG_FORMATS.find((f) => f === given);
}
/** A function logging each request in the format asked for (modules loaded only when there is a log). */
export async function requestLogger(format) {
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
//# sourceMappingURL=cli-logger.js.map