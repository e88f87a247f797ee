// Load generation with autocannon, in a child process of its own (load-child.mjs): never in a server's process
// nor in the orchestrating one. With `cpu` given (see pinning.ts) it runs pinned to that core, apart from the
// server under test. Each connection cycles through `requests` in order.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Req } from "./http.js";
import { pinned } from "./pinning.js";

export interface LoadResult {
  rps: number;
  /** Latency percentiles of 2xx answers, ms (autocannon records whole milliseconds). */
  p50: number;
  p99: number;
  requests: number;
  /** Socket errors, timeouts and non-2xx answers: must be 0 for the figures to count. */
  failed: number;
  /** What the failures were ("1 timeout(s), HTTP 502 ×2"), empty when none. */
  failures: string;
  /** CPU seconds the load generator used. */
  loadCpuSeconds: number;
}

export interface LoadOptions {
  connections: number;
  /** Seconds; or give `amount`. */
  duration?: number;
  amount?: number;
  /** The core to pin the load generator to (pinning.ts), if any. */
  cpu?: number | undefined;
}

const CHILD = fileURLToPath(new URL("./load-child.mjs", import.meta.url));

const toAutocannon = (req: Req) => ({
  method: req.method ?? "GET",
  path: req.path,
  headers: { ...req.headers, ...(req.body !== undefined && { "content-type": "application/json" }) },
  ...(req.body !== undefined && { body: JSON.stringify(req.body) }),
});

export function load(url: string, requests: Req[], options: LoadOptions): Promise<LoadResult> {
  const spec = JSON.stringify({ url, connections: options.connections, duration: options.duration, amount: options.amount, requests: requests.map(toAutocannon) });
  const [command, ...args] = pinned(options.cpu, [process.execPath, CHILD, spec]);
  return new Promise((resolve, reject) => {
    execFile(command!, args, { maxBuffer: 1024 * 1024, timeout: ((options.duration ?? 600) + 60) * 1000 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`load generator failed: ${error.message}\n${stderr}`));
      const r = JSON.parse(stdout.trim().split("\n").pop()!) as { total: number; duration: number; p50: number; p99: number; failed: number; failures: string; cpuSeconds: number };
      resolve({ rps: r.total / r.duration, p50: r.p50, p99: r.p99, requests: r.total, failed: r.failed, failures: r.failures, loadCpuSeconds: r.cpuSeconds });
    });
  });
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
