// Load generation with autocannon, in the bench's own process (the servers are children, so the load generator
// never shares a process, or an event loop, with a server). Each connection cycles through `requests` in order.
import autocannon from "autocannon";
import type { Req } from "./http.js";

export interface LoadResult {
  rps: number;
  /** Latency percentiles of 2xx answers, ms (autocannon records whole milliseconds). */
  p50: number;
  p99: number;
  requests: number;
  /** Socket errors, timeouts and non-2xx answers: must be 0 for the figures to count. */
  failed: number;
}

export interface LoadOptions {
  connections: number;
  /** Seconds; or give `amount`. */
  duration?: number;
  amount?: number;
}

const toAutocannon = (req: Req) => ({
  method: req.method ?? "GET",
  path: req.path,
  headers: { ...req.headers, ...(req.body !== undefined && { "content-type": "application/json" }) },
  ...(req.body !== undefined && { body: JSON.stringify(req.body) }),
});

export async function load(url: string, requests: Req[], options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: options.connections,
    ...(options.amount !== undefined ? { amount: options.amount } : { duration: options.duration ?? 5 }),
    timeout: 10,
    requests: requests.map(toAutocannon),
  });
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failed: result.errors + result.timeouts + result.non2xx,
  };
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
