// Which cores the throughput runs use: the server under test on one, the load generator on another, so neither
// takes time slices from the other (unpinned, the scheduler moves both across the two cores of this machine and
// the ratio to the floor moved by ±20% between runs). `taskset` (util-linux) where the machine has two or more
// cores; elsewhere nothing is pinned, and the bench says so.
import { execFileSync } from "node:child_process";
import { cpus } from "node:os";

function hasTaskset(): boolean {
  try {
    execFileSync("taskset", ["-p", String(process.pid)], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const available = process.platform === "linux" && cpus().length >= 2 && hasTaskset();

/** The cores of the server under test and of the load generator, or undefined when not pinned. */
export const PINNING: { server: number; load: number } | undefined = available ? { server: 0, load: 1 } : undefined;

/** How the bench pins, in words, for its output. */
export const pinningNote = PINNING
  ? `pinned with taskset: server under test on core ${PINNING.server}, load generator on core ${PINNING.load}`
  : `not pinned (${cpus().length} core(s)${process.platform === "linux" ? ", or no taskset" : `, ${process.platform}`})`;

/** The command line, run on `cpu` when one is given (taskset execs the command: the pid stays the command's). */
export function pinned(cpu: number | undefined, command: string[]): string[] {
  return cpu === undefined ? command : ["taskset", "-c", String(cpu), ...command];
}
