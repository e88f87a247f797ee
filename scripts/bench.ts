// `npm run bench [-- --quick]`: the mock's throughput and latency beside a bare node:http floor measured in the
// same run, its scale figures (huge sends, late pages, many batches, memory, start time), and the issue's targets
// met or not. Prints the tables and writes reports/bench.json. Needs dist/ (npm run build). Not part of npm test.
// The servers run as child processes; autocannon runs here, so load generation never shares a server's process.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { machine, waitForQuiet, withOthersCpu } from "./bench/machine.js";
import { pinningNote } from "./bench/pinning.js";
import { CLI } from "./bench/processes.js";
import { contractsTime } from "./bench/contracts-time.js";
import { millionBatches, persistenceTargets, stateFileThroughput } from "./bench/persistence.js";
import { manyBatches, progressCost, readUsersPages, readyTime, rssGrowth } from "./bench/scale.js";
import { judge, render, renderThroughput, table, throughputTargets, type Figures } from "./bench/targets.js";
import { throughput } from "./bench/throughput.js";
import { proxyLatency, renderProxyLatency } from "./bench/proxy-latency.js";

const HELP = `Usage: npm run bench [-- --quick] [-- --out <file>] [-- --only proxy]

  --quick       fewer rounds, shorter runs, smaller counts: a fast check, not the figures to quote
  --out <file>  where to write the JSON report (default reports/bench.json)
  --only proxy  only the proxy's added latency (the proxy in front of the floor vs the floor)
  --only persistence  only the state-file and memory figures (f, g)
  --only throughput   only the throughput table (floor, bare Hono, mock) and its targets
  BENCH_CLI=<path/to/cli.js>  bench another build of the mock (default: this repo's dist/mock-server/cli.js)
`;
const { values } = parseArgs({ options: { quick: { type: "boolean" }, out: { type: "string" }, only: { type: "string" }, help: { type: "boolean", short: "h" } } });
if (values.only !== undefined && !["proxy", "persistence", "throughput"].includes(values.only)) {
  process.stderr.write(`bench: --only takes "proxy", "persistence" or "throughput"\n`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
if (!existsSync(CLI)) {
  process.stderr.write(`bench: ${CLI} is missing; run npm run build first\n`);
  process.exit(2);
}

const quick = values.quick ?? false;
const CONNECTIONS = 50;
const settings = quick
  ? { rounds: 3, durationS: 2, warmupS: 1, sequential: 300, pageTimes: 100, readers: 100_000, batches: 20_000, rssFirst: 20_000, rssTotal: 200_000, starts: 3, stored: 20_000, million: 200_000 }
  : { rounds: 5, durationS: 5, warmupS: 2, sequential: 1_000, pageTimes: 500, readers: 100_000, batches: 100_000, rssFirst: 100_000, rssTotal: 1_000_000, starts: 5, stored: 100_000, million: 1_000_000 };
const log = (line: string) => process.stderr.write(`${line}\n`);
const started = performance.now();

// Each phase starts once the machine is quiet (waiting at most 30 s), and reports how much CPU other processes
// took meanwhile: on a shared 2-core machine that is the first thing to check before believing a figure.
const othersCpu: Record<string, number> = {};
async function phase<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const busy = await waitForQuiet(10, 30_000);
  if (busy > 10) log(`warning: the machine is ${busy}% busy with other work before "${name}"`);
  log(`[${((performance.now() - started) / 1000).toFixed(0)}s] ${name}`);
  const { value, othersCpu: others } = await withOthersCpu(fn);
  othersCpu[name] = others;
  if (others > 10) log(`  warning: other processes used ${others}% of a core during "${name}"`);
  return value;
}

const proxySettings = { rounds: settings.rounds, durationS: settings.durationS, warmupS: settings.warmupS, connections: CONNECTIONS, sequential: quick ? 200 : 1_000, log };
if (values.only === "proxy") {
  const proxy = await phase(`proxy: added latency at ${CONNECTIONS} connections and one at a time`, () => proxyLatency(proxySettings));
  process.stdout.write(`\n${renderProxyLatency(proxy, CONNECTIONS)}\n\nmachine: ${machine().cores} cores, ${machine().cpu}, node ${process.version}; other processes' CPU (% of a core): ${Object.values(othersCpu).join(", ")}\n`);
  const out = values.out ?? "reports/bench-proxy.json";
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), quick, machine: { ...machine(), othersCpu }, connections: CONNECTIONS, proxy }, null, 2)}\n`);
  process.stdout.write(`\nwrote ${out}\n`);
  process.exit(0);
}

if (values.only === "persistence") {
  const persistence = await persistencePhases();
  const targets = persistenceTargets(persistence);
  process.stdout.write(`\n${table(["target", "measured", "status"], targets.map((t) => [t.target, t.measured, t.met ? "met" : "NOT MET"]))}\n`);
  process.stdout.write(`\nmachine: ${machine().cores} cores, ${machine().cpu}, node ${process.version}; other processes' CPU per phase (% of a core): ${Object.values(othersCpu).join(", ")}\n`);
  const out = values.out ?? "reports/bench-persistence.json";
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), quick, machine: { ...machine(), othersCpu }, settings, persistence, targets }, null, 2)}\n`);
  process.exit(0);
}

if (values.only === "throughput") {
  const tp = await phase(`throughput: ${CONNECTIONS} connections, ${settings.durationS} s runs, ${settings.rounds} rounds floor/hono/mock in turn`, () =>
    throughput({ rounds: settings.rounds, durationS: settings.durationS, warmupS: settings.warmupS, connections: CONNECTIONS, log }),
  );
  const targets = throughputTargets(tp, CONNECTIONS);
  process.stdout.write(`\n${renderThroughput(tp)}\n\n${table(["target", "measured", "status"], targets.map((t) => [t.target, t.measured, t.met ? "met" : "NOT MET"]))}\n`);
  process.stdout.write(`\nmachine: ${machine().cores} cores, ${machine().cpu}, node ${process.version}; ${pinningNote}; ${new Date().toISOString().slice(0, 10)}; other processes' CPU (% of a core): ${Object.values(othersCpu).join(", ")}\n`);
  const out = values.out ?? "reports/bench-throughput.json";
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), quick, machine: { ...machine(), othersCpu, pinning: pinningNote }, settings, throughput: tp, targets }, null, 2)}\n`);
  process.exit(0);
}

async function persistencePhases() {
  const stateFile = await phase(`scale (f): mix with writes, ${settings.stored} stored batches, with and without --state-file`, () =>
    stateFileThroughput(settings.stored, settings.rounds, settings.durationS, CONNECTIONS, log),
  );
  const memory = await phase(`scale (g): RSS with ${settings.million} stored batches, and after their window`, () => millionBatches(settings.million, CONNECTIONS, log));
  return { stateFile, memory };
}

const tp = await phase(`throughput: ${CONNECTIONS} connections, ${settings.durationS} s runs, ${settings.rounds} rounds floor/hono/mock in turn`, () =>
  throughput({ rounds: settings.rounds, durationS: settings.durationS, warmupS: settings.warmupS, connections: CONNECTIONS, log }),
);
const cost = await phase("scale (a): get_progress cost, 3 recipients vs 1,000,000", () => progressCost(settings.sequential, log));
const pages = await phase(`scale (b): read_users first vs last page, ${settings.readers} readers`, () => readUsersPages(settings.readers, settings.pageTimes, log));
const batches = await phase(`scale (c): ${settings.batches} stored batches`, () => manyBatches(settings.batches, CONNECTIONS, log));
const rss = await phase(`scale (d): RSS after ${settings.rssFirst} and ${settings.rssTotal} get_progress requests`, () =>
  rssGrowth(settings.rssFirst, settings.rssTotal, CONNECTIONS, log),
);
const ready = await phase("scale (e): start to first answer", () => readyTime(settings.starts, log));
const contracts = await phase("contract suite against the in-process mock", () => contractsTime(quick ? 1 : 3, log));
const proxy = await phase(`proxy: added latency at ${CONNECTIONS} connections and one at a time`, () => proxyLatency(proxySettings));
const persistence = await persistencePhases();
log(`[${((performance.now() - started) / 1000).toFixed(0)}s] done`);

const figures: Figures = { throughput: tp, progressCost: cost, readUsers: pages, batches, rss, ready, contracts };
const targets = [...judge(figures, CONNECTIONS), ...persistenceTargets(persistence)];
process.stdout.write(`\n${render(figures, targets)}\n\n${renderProxyLatency(proxy, CONNECTIONS)}\n`);
const skewed = Object.entries(othersCpu).filter(([, pct]) => pct > 10);
process.stdout.write(
  `\nmachine: ${machine().cores} cores, ${machine().cpu}, node ${process.version}; throughput ${pinningNote}; ${new Date().toISOString().slice(0, 10)}; ` +
    `other processes' CPU per phase (% of a core): ${Object.values(othersCpu).join(", ")}` +
    `${skewed.length === 0 ? " — quiet" : ` — NOT QUIET during ${skewed.map(([name]) => name.split(":")[0]).join(", ")}: rerun those figures on a quiet machine`}\n`,
);

// Which code was measured: the commit, and the mock's files changed on top of it (the tree may be mid-edit).
function source(): { commit: string; changed: string[] } | undefined {
  try {
    const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8" });
    const changed = git("status", "--porcelain", "--", "mock-server", "spec").split("\n").filter(Boolean);
    return { commit: git("rev-parse", "--short", "HEAD").trim(), changed: changed.map((l) => l.slice(3)) };
  } catch {
    return undefined;
  }
}
const measured = process.env.BENCH_CLI ? undefined : source();
if (measured) process.stdout.write(`mock source: ${measured.commit}${measured.changed.length ? ` + uncommitted ${measured.changed.join(", ")}` : ""}\n`);

const out = values.out ?? "reports/bench.json";
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), quick, cli: CLI, source: measured, machine: { ...machine(), othersCpu, pinning: pinningNote }, connections: CONNECTIONS, settings, figures: { ...figures, persistence }, proxy, targets }, null, 2)}\n`);
process.stdout.write(`\nwrote ${out}${quick ? " (--quick: a fast check, not the figures to quote)" : ""}\n`);
