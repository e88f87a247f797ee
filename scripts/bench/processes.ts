// The servers under test, each in its own child process (never in the process that generates load): the mock
// from its built CLI, and the bare node:http floor. Also reads a process's RSS from /proc.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { request } from "./http.js";
import { CLK_TCK } from "./machine.js";
import { pinned } from "./pinning.js";

/** The built CLI; BENCH_CLI names another build's cli.js, to measure a candidate change against this one. */
export const CLI = process.env.BENCH_CLI ?? fileURLToPath(new URL("../../dist/mock-server/cli.js", import.meta.url));
const FLOOR = fileURLToPath(new URL("./floor-server.mjs", import.meta.url));
const HONO = fileURLToPath(new URL("./hono-server.mjs", import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), "bench-"));

export interface Server {
  name: string;
  url: string;
  pid: number;
  /** Resident set size now, in MB (VmRSS of /proc/<pid>/status). */
  rssMb: () => number;
  /** CPU seconds used so far, all threads (utime + stime of /proc/<pid>/stat). */
  cpuSeconds: () => number;
  stop: () => Promise<void>;
}

export function rssMb(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  if (!kb) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(kb) / 1024;
}

/** A port free right now: the mock prints no URL under --quiet, so the bench chooses the port itself. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export function cpuSeconds(pid: number): number {
  // Fields after the command name (which may hold spaces, hence the split at ")"): utime is the 12th, stime the 13th.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
}

let fileCount = 0;
export function writeTemp(name: string, value: unknown): string {
  const path = join(workDir, `${++fileCount}-${name}`);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

/** A request any server of the bench answers once it is up (the mock: a real API call; the floor: any path). */
const PROBE = { method: "POST", path: "/open-apis/auth/v3/tenant_access_token/internal", body: { app_id: "cli_9f0a1b2c3d4e5f60", app_secret: "mock-feishu-secret" } };

/** Polls until the server answers; resolves with ms from `startedAt` to the first answer. */
async function waitUntilAnswering(url: string, child: ChildProcess, startedAt: number, timeoutMs = 15_000): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}) before answering`);
    try {
      await request(url, PROBE, { keepAlive: false });
      return performance.now() - startedAt;
    } catch {
      if (performance.now() - startedAt > timeoutMs) throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 2));
    }
  }
}

async function startProcess(name: string, args: string[], nodeArgs: string[] = [], cpu?: number): Promise<Server & { readyMs: number }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const startedAt = performance.now();
  const [command, ...commandArgs] = pinned(cpu, [process.execPath, ...nodeArgs, ...args.map((a) => (a === "$PORT" ? String(port) : a))]);
  const child = spawn(command!, commandArgs, {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let readyMs: number;
  try {
    readyMs = await waitUntilAnswering(url, child, startedAt);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${name}: ${(error as Error).message}\n${stderr}`);
  }
  return {
    name,
    url,
    pid: child.pid!,
    readyMs,
    rssMb: () => rssMb(child.pid!),
    cpuSeconds: () => cpuSeconds(child.pid!),
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      // The mock finishes in-flight requests first; do not wait for ever.
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * The mock from its CLI, in its default mode (control API on loopback), quiet, with `config` as its file; `cli`
 * names another build's cli.js (ab.ts compares two builds).
 */
export function startMock(name: string, config: unknown, nodeArgs: string[] = [], cliArgs: string[] = [], cpu?: number, cli = CLI) {
  return startProcess(name, [cli, "--port", "$PORT", "--quiet", "--config", writeTemp(`${name}.json`, config), ...cliArgs], nodeArgs, cpu);
}

/** A fresh folder for a state file. */
export const stateFolder = () => mkdtempSync(join(workDir, "state-"));

/** The floor, answering `bodies` (route key → body, see floor-server.mjs). */
export function startFloor(name: string, bodies: Record<string, unknown>, cpu?: number) {
  return startProcess(name, [FLOOR, "$PORT", writeTemp(`${name}-bodies.json`, bodies)], [], cpu);
}

/** Bare Hono on @hono/node-server answering the floor's bodies: what the framework alone allows. */
export function startHono(name: string, bodies: Record<string, unknown>, cpu?: number) {
  return startProcess(name, [HONO, "$PORT", writeTemp(`${name}-bodies.json`, bodies)], [], cpu);
}

/** `feishu-dingtalk-mock proxy` from the same CLI, quiet, in front of `upstream` (both vendors). */
export function startProxy(name: string, upstream: string) {
  return startProcess(name, [CLI, "proxy", "--port", "$PORT", "--quiet", "--feishu-upstream", upstream, "--dingtalk-upstream", upstream]);
}
