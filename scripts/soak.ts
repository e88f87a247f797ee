// `npm run soak [-- --quick]`: what takes minutes, bounded and on loopback only (each scenario starts its own mock
// from the built CLI with a state file): stopping under load with SIGTERM and SIGKILL, the state folder deleted
// under load, saving with 400k stored batches, and the 560 huge DingTalk sends. Prints one line per
// scenario and writes reports/soak.json. Needs dist/ (npm run build). Not part of npm test.
import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { failuresUnderLoad, hugeSends, savingDoesNotStall, stopUnderLoad } from "./soak/scenarios.js";

const { values } = parseArgs({ options: { quick: { type: "boolean" } } });
const quick = values.quick ?? false;
const log = (line: string) => process.stderr.write(`${line}\n`);
const started = performance.now();
const step = (name: string) => log(`[${((performance.now() - started) / 1000).toFixed(0)}s] ${name}`);

step("SIGTERM under load");
const sigterm = await stopUnderLoad("SIGTERM", quick ? 3 : 10, log);
step("SIGKILL under load");
const sigkill = await stopUnderLoad("SIGKILL", quick ? 3 : 10, log);
step("state folder deleted under load");
const failures = await failuresUnderLoad(quick ? 4 : 10, log);
step("saving with many stored batches");
const stall = await savingDoesNotStall(quick ? 50_000 : 400_000, quick ? 5 : 10, log);
step("huge DingTalk sends");
const huge = await hugeSends(quick ? 60 : 560, log);
step("done");

const checks = [
  { check: "SIGTERM under load: nothing acknowledged lost, exit 0, no connection reset", met: sigterm.lost === 0 && sigterm.exitCode === 0 && sigterm.connectionResets === 0 },
  { check: "SIGKILL under load: nothing older than one save interval lost", met: sigkill.lostOlderThanInterval === 0 },
  { check: "state folder deleted under load: answers go on, error shown and logged once, recovers, nothing lost", met: failures.clientErrors === 0 && failures.failuresShown > 0 && failures.loggedTimes === 1 && failures.recovered && failures.lost === 0 },
  { check: "saving does not stall: with --state-file within 20% of without", met: (stall.with?.rps ?? 0) >= 0.8 * (stall.without?.rps ?? Infinity) },
  { check: "huge sends: refused past 64 characters; stored ones saved and restored", met: huge.tooLongErrcode === 40035 && huge.lastError === null && huge.restored === huge.stored && huge.exitCode === 0 },
];
for (const c of checks) process.stdout.write(`${c.met ? "held" : "FAILED"}  ${c.check}\n`);
mkdirSync("reports", { recursive: true });
writeFileSync("reports/soak.json", `${JSON.stringify({ date: new Date().toISOString(), quick, sigterm, sigkill, failures, stall, huge, checks }, null, 2)}\n`);
process.stdout.write(`\n${checks.filter((c) => c.met).length} passed, ${checks.filter((c) => !c.met).length} failed\n`);
process.exit(checks.every((c) => c.met) ? 0 : 1);
