// Profiles the mock under the bench's load: starts the CLI with --cpu-prof, loads it with autocannon from this
// process (50 connections), stops it so the profile is written, and prints the top self-time functions.
// Usage: npx tsx scripts/bench/profile.ts [--scenario get_progress|mix] [--duration 10] [--dir /tmp/prof]
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { load } from "./load.js";
import { startMock } from "./processes.js";
import { RAISED_LIMITS, scenarios } from "./throughput.js";

const { values } = parseArgs({ options: { scenario: { type: "string" }, duration: { type: "string" }, dir: { type: "string" } } });
const scenario = values.scenario ?? "get_progress";
if (scenario !== "get_progress" && scenario !== "mix") throw new Error("--scenario is get_progress or mix");
const dir = values.dir ?? "/tmp/prof";
mkdirSync(dir, { recursive: true });

const mock = await startMock("profiled", { feishu: RAISED_LIMITS }, ["--cpu-prof", `--cpu-prof-dir=${dir}`]);
const sets = await scenarios(mock);
const requests = scenario === "mix" ? sets.mix : sets.getProgress;
const r = await load(mock.url, requests, { connections: 50, duration: Number(values.duration ?? 10) });
process.stdout.write(`${scenario}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.failed} failed\n`);
await mock.stop(); // the profile is written as the process exits

const newest = readdirSync(dir)
  .filter((f) => f.endsWith(".cpuprofile"))
  .map((f) => join(dir, f))
  .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
if (!newest) throw new Error(`no .cpuprofile in ${dir}`);
process.stdout.write(`${newest}\n\n`);
const top = fileURLToPath(new URL("./cpuprofile-top.mjs", import.meta.url));
spawnSync(process.execPath, [top, newest, "30"], { stdio: "inherit" });
