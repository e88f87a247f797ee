// Checks a recording (`feishu-dingtalk-mock proxy --record <file>`: one exchange per JSON line) offline, with the
// very checks the proxy ran live — so a failure found once can be kept as a regression fixture. Writes the same
// three reports (recording.json, recording.xml, recording-summary.txt) and answers the exit code.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ExchangeChecker, TrafficReport } from "../spec/traffic/index.js";
function parseLine(line, n, file) {
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        throw new Error(`${file}:${n}: not a JSON line`);
    }
    const ok = typeof value?.request?.method === "string" && typeof value.request.url === "string" && Number.isInteger(value?.response?.status);
    if (!ok)
        throw new Error(`${file}:${n}: not a recorded exchange (needs request.method, request.url, response.status)`);
    return value;
}
/** Checks every exchange of the file in order (the stream invariants need the order); returns the report. */
export function checkRecording(file) {
    const text = readFileSync(file, "utf8");
    const checker = new ExchangeChecker();
    const report = new TrafficReport(`recording:${file}`);
    text.split("\n").forEach((line, i) => {
        if (line.trim() === "")
            return;
        const { request, response } = parseLine(line, i + 1, file);
        const headers = Object.fromEntries(Object.entries(request.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
        const verdict = checker.check({
            method: request.method,
            url: request.url,
            headers,
            ...(request.body !== undefined && { body: request.body }),
            status: response.status,
            ...(response.body !== undefined && { responseBody: response.body }),
        });
        report.add(verdict, request.method, new URL(request.url, "http://recording.invalid").pathname);
    });
    return report;
}
/** `npm run contracts -- --target recording:<file>`: prints the summary, writes the reports; 1 if it fails. */
export function checkRecordingFile(file, reportsDir, failOn = "violation") {
    let report;
    try {
        report = checkRecording(file);
    }
    catch (error) {
        process.stderr.write(`recording: ${error.message}\n`);
        return 2;
    }
    mkdirSync(reportsDir, { recursive: true });
    for (const [name, text] of Object.entries(report.files("recording", failOn)))
        writeFileSync(join(reportsDir, name), text);
    process.stdout.write(`${report.summary()}\nreports in ${reportsDir}/ (recording.json, recording.xml, recording-summary.txt)\n`);
    return report.failed(failOn) ? 1 : 0;
}
//# sourceMappingURL=recording-check.js.map