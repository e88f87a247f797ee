// Whether the machine is quiet enough for the figures to mean something. The machine is shared (other sessions
// run tests and builds on the same 2 cores), and such work takes CPU from the servers and the load generator: the
// bench waits for quiet before each phase and measures, from /proc, how much CPU other processes took meanwhile.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus } from "node:os";

/** Clock ticks per second of /proc's CPU times. */
export const CLK_TCK = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

function cpuTimes(): { busy: number; total: number } {
  const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = fields[3]! + fields[4]!; // idle + iowait
  const total = fields.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/** CPU seconds the whole machine has spent busy, all cores. */
export const machineCpuSeconds = () => cpuTimes().busy / CLK_TCK;

/** CPU seconds of this process and of its children that have exited (utime, stime, cutime, cstime of /proc/self/stat). */
export function ownTreeCpuSeconds(): number {
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / CLK_TCK;
}

/**
 * Runs `fn` and says how much of a core other processes (not this one, not its children) used meanwhile. Every
 * child `fn` starts must have exited by its end (its CPU then counts in cutime/cstime).
 */
export async function withOthersCpu<T>(fn: () => Promise<T>): Promise<{ value: T; othersCpu: number }> {
  const before = { machine: machineCpuSeconds(), own: ownTreeCpuSeconds(), at: performance.now() };
  const value = await fn();
  const seconds = (performance.now() - before.at) / 1000;
  const others = machineCpuSeconds() - before.machine - (ownTreeCpuSeconds() - before.own);
  return { value, othersCpu: Math.max(0, Math.round((100 * others) / seconds)) };
}

/** CPU seconds this process has used. */
export function selfCpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** % of the machine's CPU in use over `ms` (100 = every core busy). */
export async function machineBusy(ms = 1000): Promise<number> {
  const a = cpuTimes();
  await new Promise((r) => setTimeout(r, ms));
  const b = cpuTimes();
  return Math.round((100 * (b.busy - a.busy)) / Math.max(1, b.total - a.total));
}

export const machine = () => ({ node: process.version, cpu: cpus()[0]?.model, cores: cpus().length });

/** Waits (at most `maxMs`) until other processes leave the machine at most `percent` busy; returns the last reading. */
export async function waitForQuiet(percent = 10, maxMs = 30_000): Promise<number> {
  const until = performance.now() + maxMs;
  let busy = await machineBusy(500);
  while (busy > percent && performance.now() < until) busy = await machineBusy(1000);
  return busy;
}
