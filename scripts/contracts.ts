// `npm run contracts -- --target in-process|live|<url> [--reports <dir>]`: runs the contract suite with vitest,
// writes JUnit XML (contracts.xml) and a per-endpoint summary (contracts-summary.txt/.json) under reports/.
// Live without credentials skips the contracts it cannot run, says which variables are missing, and exits 0.
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { startVitest } from "vitest/node";
import { ContractSummaryReporter } from "../contracts/summary-reporter.js";
import { DINGTALK_ENV, FEISHU_ENV } from "../contracts/targets.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const HELP = `Usage: npm run contracts -- --target <in-process | live | http://host:port | recording:<file>> [--drive-clock] [--reports <dir>]

  in-process   the mock, in this process (no port)
  live         https://open.feishu.cn and https://oapi.dingtalk.com (or FEISHU_BASE_URL / DINGTALK_BASE_URL),
               credentials from ${[...FEISHU_ENV, ...DINGTALK_ENV].join(", ")}
  <url>        a mock already running there (e.g. started with npm start); MOCK_CONTROL_TOKEN if it has one
  recording:<file>  a recording of the proxy (feishu-dingtalk-mock proxy --record <file>), checked offline
  --drive-clock  with <url>: let the suite move that mock's clock (faster, and runs the mock-only window
                 contracts — which leave its clock about a month ahead: for a mock of the suite's own)
`;

const { values } = parseArgs({
  options: { target: { type: "string" }, reports: { type: "string" }, "drive-clock": { type: "boolean" }, help: { type: "boolean", short: "h" } },
});
if (values.help || !values.target) {
  process.stdout.write(HELP);
  process.exit(values.help ? 0 : 2);
}
const target = values.target;
if (target.startsWith("recording:")) {
  // A proxy's recording, checked offline with the proxy's own checks (no vitest, no network).
  const { checkRecordingFile } = await import("../contracts/recording-check.js");
  process.exit(checkRecordingFile(target.slice("recording:".length), values.reports ?? "reports"));
}
if (target !== "in-process" && target !== "live" && !/^https?:\/\//.test(target)) {
  process.stderr.write(`--target must be in-process, live or a URL\n\n${HELP}`);
  process.exit(2);
}
const reports = values.reports ?? "reports";

if (target === "live") {
  for (const [vendor, names] of [["Feishu", FEISHU_ENV], ["DingTalk", DINGTALK_ENV]] as const) {
    const missing = names.filter((name) => !process.env[name]);
    if (missing.length > 0) console.log(`live: ${vendor} contracts skipped — set ${missing.join(", ")} to run them`);
  }
}
if (target !== "in-process") process.env.CONTRACT_TARGET = target;
if (values["drive-clock"]) process.env.CONTRACT_DRIVE_CLOCK = "1";
const file = target === "in-process" ? "scripts/contracts/in-process.contract.ts" : "contracts/env.contract.ts";

const vitest = await startVitest(
  "test",
  [file],
  {
    root,
    config: false,
    run: true,
    watch: false,
    reporters: ["default", ["junit", { suiteName: `contracts (${target})` }], new ContractSummaryReporter({ dir: reports, target })],
    outputFile: { junit: `${reports}/contracts.xml` },
  },
  { test: { include: ["**/*.contract.ts"], testTimeout: 15 * 60_000, hookTimeout: 60_000 } },
);
await vitest.close();
process.exit(process.exitCode ?? 0);
