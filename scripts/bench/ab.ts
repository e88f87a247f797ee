// Compares two builds of the mock, paired: both pinned to the same core and loaded at the same time (each by its
// own load generator, pinned to another core), so whatever else the machine does weighs on both alike. Reports
// each build's server CPU per request and the ratio B ÷ A per round. Why paired: runs of one build after the
// other moved by ±15% round to round here, more than most changes buy. How much is left of that noise: run the
// build against itself (`--b dist`) and see how far from 1.00 it reads.
// Usage: npx tsx scripts/bench/ab.ts --b <other build's dist dir> [--a <dist dir>] [--scenario get_progress|mix]
//        [--rounds 8] [--seconds 3]
// Build the other version with e.g. `git worktree add /tmp/old <rev> && cd /tmp/old && npm ci && npm run build`.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { load, median } from "./load.js";
import { PINNING } from "./pinning.js";
import { startMock } from "./processes.js";
import { RAISED_LIMITS, scenarios } from "./throughput.js";

const { values } = parseArgs({ options: { a: { type: "string" }, b: { type: "string" }, scenario: { type: "string" }, rounds: { type: "string" }, seconds: { type: "string" } } });
if (!values.b) throw new Error("--b <dist dir of the other build> is required");
const scenario = values.scenario ?? "mix";
if (scenario !== "get_progress" && scenario !== "mix") throw new Error("--scenario is get_progress or mix");
const cliOf = (dist: string) => resolve(dist, "mock-server/cli.js");
const config = { feishu: RAISED_LIMITS };
const serverCore = PINNING?.server;
const a = await startMock("A", config, [], [], serverCore, cliOf(values.a ?? "dist"));
const b = await startMock("B", config, [], [], serverCore, cliOf(values.b));
try {
  const [sa, sb] = [await scenarios(a), await scenarios(b)];
  const pick = (s: typeof sa) => (scenario === "mix" ? s.mix : s.getProgress);
  const rows: { a: number; b: number }[] = [];
  // The first round warms both up (JIT); it is shown, not counted.
  for (let round = 0; round <= Number(values.rounds ?? 8); round++) {
    const before = { a: a.cpuSeconds(), b: b.cpuSeconds() };
    const options = { connections: 25, duration: Number(values.seconds ?? 3), cpu: PINNING?.load };
    const [ra, rb] = await Promise.all([load(a.url, pick(sa), options), load(b.url, pick(sb), options)]);
    if (ra.failed + rb.failed > 0) throw new Error(`failed requests: A ${ra.failures || 0}, B ${rb.failures || 0}`);
    const row = { a: ((a.cpuSeconds() - before.a) * 1e6) / ra.requests, b: ((b.cpuSeconds() - before.b) * 1e6) / rb.requests };
    process.stdout.write(`round ${round}${round === 0 ? " (warm-up)" : ""}: A ${row.a.toFixed(1)} µs/req, B ${row.b.toFixed(1)} µs/req, B ÷ A ${(row.b / row.a).toFixed(3)}\n`);
    if (round > 0) rows.push(row);
  }
  const ratios = rows.map((r) => r.b / r.a);
  process.stdout.write(
    `${scenario}: B ÷ A server CPU per request, median ${median(ratios).toFixed(3)} (rounds ${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}); ` +
      `A ${median(rows.map((r) => r.a)).toFixed(1)} µs, B ${median(rows.map((r) => r.b)).toFixed(1)} µs; ${PINNING ? "both servers on core 0, load on core 1" : "not pinned"}\n`,
  );
} finally {
  await a.stop();
  await b.stop();
}
