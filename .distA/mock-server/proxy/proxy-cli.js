// `feishu-dingtalk-mock proxy [options]`: the proxy from the command line. One log line per exchange (with its
// violations), reports on exit and every --report-every seconds, and --fail-on for CI's exit code.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startProxyServer } from "./proxy-server.js";
import { DEFAULT_UPSTREAMS } from "./upstream.js";
const HELP = `feishu-dingtalk-mock proxy — between your app and Feishu / DingTalk, every exchange checked against the spec

Usage: feishu-dingtalk-mock proxy [options]

  --feishu-upstream <url>    where Feishu requests go (default ${DEFAULT_UPSTREAMS.feishu})
  --dingtalk-upstream <url>  where DingTalk requests go (default ${DEFAULT_UPSTREAMS.dingtalk})
  --port <n>                 port to listen on (default: $PORT or 8080; 0 picks a free one)
  --host <address>           address to bind (default 127.0.0.1)
  --record <file>            write every exchange as JSON lines, credentials scrubbed (check it later with
                             npm run contracts -- --target recording:<file>)
  --reports <dir>            where proxy.json, proxy.xml (JUnit) and proxy-summary.txt go (default reports)
  --report-every <s>         also write the reports every s seconds (default: only on exit)
  --fail-on <what>           exit 1 at shutdown if there was a violation (violation) or a violation or drift (drift)
  --no-violations-header     do not add x-contract-violations to answers
  --allow-insecure-upstream  allow a plain-http upstream that is not loopback
  --upstream-timeout-ms <n>  give up on an upstream answer after this (default 60000; answered 504)
  --request-timeout-ms <n>   close connections whose request has not arrived whole in this time (default 30000, as the mock)
  --quiet                    no banner and no per-exchange log
  -h, --help                 show this help

Point your app at the proxy's URL instead of the vendor's; GET /__proxy/report shows the tally so far.
`;
function fail(message) {
    process.stderr.write(`feishu-dingtalk-mock proxy: ${message}\n`);
    process.exit(2);
}
function positive(value, name, max) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0 || n > max)
        fail(`${name} must be an integer from 0 to ${max}`);
    return n;
}
export async function proxyMain(argv) {
    let args;
    try {
        args = parseArgs({
            args: argv,
            allowNegative: true,
            options: {
                "feishu-upstream": { type: "string" },
                "dingtalk-upstream": { type: "string" },
                port: { type: "string" },
                host: { type: "string" },
                record: { type: "string" },
                reports: { type: "string" },
                "report-every": { type: "string" },
                "fail-on": { type: "string" },
                "violations-header": { type: "boolean" },
                "allow-insecure-upstream": { type: "boolean" },
                "upstream-timeout-ms": { type: "string" },
                "request-timeout-ms": { type: "string" },
                quiet: { type: "boolean" },
                help: { type: "boolean", short: "h" },
            },
        }).values;
    }
    catch (error) {
        fail(`${error.message}\n\n${HELP}`);
    }
    if (args.help) {
        process.stdout.write(HELP);
        return;
    }
    const failOn = args["fail-on"];
    if (failOn !== undefined && failOn !== "violation" && failOn !== "drift")
        fail("--fail-on must be violation or drift");
    const port = positive(args.port ?? process.env.PORT, "--port", 65535) ?? 8080;
    const every = positive(args["report-every"], "--report-every", 86_400);
    const upstreamTimeoutMs = positive(args["upstream-timeout-ms"], "--upstream-timeout-ms", 3_600_000);
    const requestTimeoutMs = positive(args["request-timeout-ms"], "--request-timeout-ms", 3_600_000);
    const reports = args.reports ?? "reports";
    const logger = args.quiet ? undefined : await (async () => {
        const { pino } = await import("pino");
        return pino({ base: null, timestamp: pino.stdTimeFunctions.isoTime });
    })();
    let proxy;
    try {
        proxy = await startProxyServer({
            port,
            host: args.host ?? "127.0.0.1",
            ...(args["feishu-upstream"] !== undefined && { feishuUpstream: args["feishu-upstream"] }),
            ...(args["dingtalk-upstream"] !== undefined && { dingtalkUpstream: args["dingtalk-upstream"] }),
            ...(args["allow-insecure-upstream"] && { allowInsecureUpstream: true }),
            ...(args["violations-header"] === false && { violationsHeader: false }),
            ...(args.record !== undefined && { record: args.record }),
            ...(upstreamTimeoutMs !== undefined && { upstreamTimeoutMs }),
            ...(requestTimeoutMs !== undefined && { requestTimeoutMs }),
            ...(logger && {
                log: (e) => {
                    const line = `${e.method} ${e.path} ${e.status}${e.operationId ? ` ${e.operationId}` : " (unmodelled)"} ${e.violations.length} violations ${e.ms}ms`;
                    if (e.violations.length > 0 || e.error)
                        logger.warn(e, line);
                    else
                        logger.info(e, line);
                },
            }),
        });
    }
    catch (error) {
        fail(error.message); // an upstream refused, the port taken: said plainly, exit 2
    }
    const writeReports = () => {
        mkdirSync(reports, { recursive: true });
        for (const [name, text] of Object.entries(proxy.report.files("proxy", failOn)))
            writeFileSync(join(reports, name), text);
    };
    const timer = every ? setInterval(writeReports, every * 1000) : undefined;
    timer?.unref();
    let stopping = false;
    const stop = (signal) => {
        if (stopping)
            return;
        stopping = true;
        if (timer)
            clearInterval(timer);
        if (!args.quiet)
            process.stdout.write(`${signal}: finishing in-flight exchanges, then writing the reports\n`);
        proxy.close().then(() => {
            writeReports();
            if (!args.quiet)
                process.stdout.write(`\n${proxy.report.summary()}\nreports in ${reports}/ (proxy.json, proxy.xml, proxy-summary.txt)\n`);
            process.exit(proxy.report.failed(failOn) ? 1 : 0);
        }, (error) => {
            process.stderr.write(`feishu-dingtalk-mock proxy: ${String(error)}\n`);
            process.exit(1);
        });
    };
    process.on("SIGINT", () => stop("SIGINT"));
    process.on("SIGTERM", () => stop("SIGTERM"));
    if (!args.quiet) {
        process.stdout.write([
            "",
            "  Contract-checking proxy is up.",
            "",
            `  Proxy URL         ${proxy.url}   (use it as the base URL of both Feishu and DingTalk)`,
            `  Feishu upstream   ${proxy.upstreams.feishu}`,
            `  DingTalk upstream ${proxy.upstreams.dingtalk}`,
            `  Live report       ${proxy.url}/__proxy/report`,
            `  Reports           ${reports}/ on exit${every ? ` and every ${every} s` : ""}${failOn ? `; exit 1 on ${failOn}` : ""}`,
            ...(args.record ? [`  Recording         ${args.record} (credentials scrubbed)`] : []),
            "",
            "",
        ].join("\n"));
    }
}
//# sourceMappingURL=proxy-cli.js.map