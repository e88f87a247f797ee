// `npm run fuzz [-- --runs 10000 --seed <n> --operation <operationId>]`: generated requests against every operation
// of the specs (in-process mock), each answer judged (no 5xx, the vendor's envelope, a documented code, a body
// that matches the spec), then the state's invariants. Prints inputs tried and the count of each outcome.
import { parseArgs } from "node:util";
import { allOperations } from "../spec/index.js";
import { fuzzOperation } from "./fuzz/fuzz-operation.js";
import { stateProblems } from "./fuzz/oracle.js";
import { fuzzWorld } from "./fuzz/world.js";

const { values } = parseArgs({ options: { runs: { type: "string" }, seed: { type: "string" }, operation: { type: "string" } } });
const runs = Number(values.runs ?? 10_000);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
const operations = allOperations().filter((op) => values.operation === undefined || op.operationId === values.operation);
if (!Number.isInteger(runs) || runs < 1 || operations.length === 0) {
  console.error("usage: npm run fuzz -- [--runs <n>] [--seed <n>] [--operation <operationId>]");
  process.exit(2);
}

console.log(`Fuzzing ${operations.length} operations, ${runs} requests each, seed ${seed}\n`);
let failed = false;
let total = 0;
const started = performance.now();
for (const op of operations) {
  const { mock, world } = await fuzzWorld();
  const t0 = performance.now();
  try {
    const outcomes = await fuzzOperation(mock, world, op, runs, seed);
    const problems = stateProblems(mock);
    total += runs;
    const summary = [...outcomes].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}: ${n}`).join(", ");
    console.log(`${op.operationId.padEnd(26)} ${String(runs).padStart(6)} tried in ${((performance.now() - t0) / 1000).toFixed(1)} s — ${summary}`);
    if (problems.length > 0) {
      failed = true;
      console.log(`  state invariants broken: ${problems.join("; ")}`);
    }
  } catch (error) {
    failed = true;
    console.log(`${op.operationId.padEnd(26)} FAILED\n${String(error instanceof Error ? error.message : error).slice(0, 4000)}`);
  }
}
console.log(`\n${total} requests in ${((performance.now() - started) / 1000).toFixed(1)} s; ${failed ? "FAILURES above (rerun with --seed " + seed + ")" : "every answer as documented, state invariants held"}`);
process.exit(failed ? 1 : 0);
