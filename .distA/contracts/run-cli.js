/// <reference types="vitest/config" />
// The contract runner's command line, shared by `npm run contracts` (scripts/contracts.ts, which adds the
// in-process target) and the installed `feishu-dingtalk-contracts` bin (live or a URL, from dist/ without tsx).
// Runs the suite with vitest, writes JUnit XML (contracts.xml) and a per-endpoint summary (contracts-summary.txt /
// .json) under the reports folder. Live without credentials skips what it cannot run and says which variables are
// missing — unless the vendor is required (--require / CONTRACTS_REQUIRE), when those contracts fail.
import { parseArgs } from "node:util";
import { ContractJunitReporter } from "./junit-reporter.js";
import { parseRequired, RequireError } from "./required-vendors.js";
import { ContractSummaryReporter } from "./summary-reporter.js";
import { DINGTALK_ENV, FEISHU_ENV } from "./targets.js";
function usage(options) {
    const targets = options.inProcessFile ? "in-process | live | http://host:port | recording:<file>" : "live | http://host:port | recording:<file>";
    return `Usage: ${options.command} --target <${targets}> [--require feishu,dingtalk] [--drive-clock] [--reports <dir>]
${options.inProcessFile ? "\n  in-process   the mock, in this process (no port)" : ""}
  live         https://open.feishu.cn and https://oapi.dingtalk.com (or FEISHU_BASE_URL / DINGTALK_BASE_URL),
               credentials from ${[...FEISHU_ENV, ...DINGTALK_ENV].join(", ")}
  <url>        a mock already running there (e.g. npx feishu-dingtalk-mock); MOCK_CONTROL_TOKEN if it has one
  recording:<file>  a recording of the proxy (feishu-dingtalk-mock proxy --record <file>), checked offline
  --require <vendors>  fail (not skip) the contracts of these vendors when their credentials are missing
                 (also CONTRACTS_REQUIRE=feishu,dingtalk), so expired or unset secrets never go green
  --drive-clock  with <url>: let the suite move that mock's clock (faster, and runs the mock-only window
                 contracts — which leave its clock about a month ahead: for a mock of the suite's own)
  --reports <dir>  where to write contracts.xml and contracts-summary.txt/.json (default: reports)
`;
}
/** Runs the suite; resolves with the exit code (0 all passed or skipped, 1 a contract failed, 2 bad usage). */
export async function runContractsCli(argv, options) {
    let values;
    try {
        values = parseArgs({
            args: argv,
            options: {
                target: { type: "string" },
                reports: { type: "string" },
                require: { type: "string" },
                "drive-clock": { type: "boolean" },
                help: { type: "boolean", short: "h" },
            },
        }).values;
    }
    catch (error) {
        process.stderr.write(`${usage(options)}\n${options.command}: ${error.message}\n`);
        return 2;
    }
    if (values.help || !values.target) {
        process.stdout.write(usage(options));
        return values.help ? 0 : 2;
    }
    const target = values.target;
    if (target.startsWith("recording:")) {
        // A proxy's recording, checked offline with the proxy's own checks (no vitest, no network).
        const { checkRecordingFile } = await import("./recording-check.js");
        return checkRecordingFile(target.slice("recording:".length), values.reports ?? "reports");
    }
    if ((target !== "in-process" || !options.inProcessFile) && target !== "live" && !/^https?:\/\//.test(target)) {
        process.stderr.write(`${usage(options)}\n--target must be ${options.inProcessFile ? "in-process, " : ""}live, a URL or recording:<file>\n`);
        return 2;
    }
    let required;
    try {
        required = parseRequired(values.require ?? process.env.CONTRACTS_REQUIRE);
    }
    catch (error) {
        if (!(error instanceof RequireError))
            throw error;
        process.stderr.write(`${options.command}: ${error.message}\n`);
        return 2;
    }
    process.env.CONTRACTS_REQUIRE = required.join(",");
    const reports = values.reports ?? "reports";
    if (target === "live") {
        for (const [vendor, key, names] of [["Feishu", "feishu", FEISHU_ENV], ["DingTalk", "dingtalk", DINGTALK_ENV]]) {
            const missing = names.filter((name) => !process.env[name]);
            if (missing.length === 0)
                continue;
            if (required.includes(key))
                console.log(`live: ${vendor} is required but ${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} not set: its contracts fail`);
            else
                console.log(`live: ${vendor} contracts skipped — set ${missing.join(", ")} to run them`);
        }
    }
    if (target !== "in-process")
        process.env.CONTRACT_TARGET = target;
    if (values["drive-clock"])
        process.env.CONTRACT_DRIVE_CLOCK = "1";
    const file = target === "in-process" ? options.inProcessFile : options.envFile;
    // Loaded here: vitest is an optional peer dependency, needed only to run the suite.
    const { startVitest } = await import("vitest/node");
    const vitest = await startVitest("test", [file], {
        root: options.root,
        config: false,
        run: true,
        watch: false,
        reporters: [
            "default",
            new ContractJunitReporter({ file: `${reports}/contracts.xml`, suiteName: `contracts (${target})` }),
            new ContractSummaryReporter({ dir: reports, target }),
        ],
    }, 
    // An installed package lives under node_modules, which vitest leaves out by default.
    { test: { include: [file], exclude: [] } });
    await vitest.close();
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
}
//# sourceMappingURL=run-cli.js.map