// The proxy's added latency: the floor (a bare node:http server answering the mock's own get_progress and mix
// bodies) loaded directly and through `feishu-dingtalk-mock proxy` in front of it, alternately, at the same
// connections. The proxy does all its work on each exchange (matching, request and answer checks against the spec,
// stream invariants, the count header), so the difference is what an app pays for putting it in its path.
import { sequential, type Req } from "./http.js";
import { load, median, percentile } from "./load.js";
import { startFloor, startMock, startProxy } from "./processes.js";
import { floorBodies, RAISED_LIMITS, scenarios } from "./throughput.js";

export interface ProxyLatencySettings {
  rounds: number;
  durationS: number;
  warmupS: number;
  connections: number;
  /** Sequential requests (one connection) per server, for the added latency of one exchange at rest. */
  sequential: number;
  log: (line: string) => void;
}

interface Side {
  rps: number;
  p50: number;
  p99: number;
}

export interface ProxyLatencyFigures {
  scenario: string;
  /** At `connections` connections (autocannon, whole ms). */
  floor: Side;
  proxy: Side;
  addedP50: number;
  addedP99: number;
  /** One request at a time: medians and p99 in ms (sub-millisecond resolution). */
  sequential: { floorP50: number; proxyP50: number; floorP99: number; proxyP99: number; addedP50: number; addedP99: number };
}

export async function proxyLatency(s: ProxyLatencySettings): Promise<ProxyLatencyFigures[]> {
  // The mock makes real fixtures and their answers once; then it stops, leaving the cores to floor and proxy.
  const mock = await startMock("mock", { feishu: RAISED_LIMITS });
  let sets: Awaited<ReturnType<typeof scenarios>>;
  let bodies: Record<string, unknown>;
  try {
    sets = await scenarios(mock);
    bodies = await floorBodies(mock.url, [...sets.getProgress, ...sets.mix]);
  } finally {
    await mock.stop();
  }
  const floor = await startFloor("floor", bodies);
  const proxy = await startProxy("proxy", floor.url);
  try {
    const out: ProxyLatencyFigures[] = [];
    for (const [scenario, requests] of [["get_progress", sets.getProgress], ["mix", sets.mix]] as [string, Req[]][]) {
      for (const server of [floor, proxy]) await load(server.url, requests, { connections: s.connections, duration: s.warmupS });
      const runs: Record<"floor" | "proxy", Side[]> = { floor: [], proxy: [] };
      for (let round = 1; round <= s.rounds; round++) {
        for (const [name, server] of [["floor", floor], ["proxy", proxy]] as const) {
          const r = await load(server.url, requests, { connections: s.connections, duration: s.durationS });
          if (r.failed > 0) throw new Error(`${scenario} on ${name}: ${r.failed} failed requests (${r.failures})`);
          runs[name].push(r);
          s.log(`  ${scenario} round ${round} ${name.padEnd(5)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms`);
        }
      }
      const side = (rs: Side[]): Side => ({ rps: median(rs.map((r) => r.rps)), p50: median(rs.map((r) => r.p50)), p99: median(rs.map((r) => r.p99)) });
      const f = side(runs.floor);
      const p = side(runs.proxy);
      const times = { floor: [] as number[], proxy: [] as number[] };
      for (let i = 0; i < s.sequential; i++) {
        // Interleaved one by one, so the two sides meet the same machine.
        for (const req of requests) {
          times.floor.push(...(await sequential(floor.url, req, 1)));
          times.proxy.push(...(await sequential(proxy.url, req, 1)));
        }
      }
      const round3 = (x: number) => Math.round(x * 1000) / 1000;
      const seq = {
        floorP50: round3(median(times.floor)),
        proxyP50: round3(median(times.proxy)),
        floorP99: round3(percentile(times.floor, 99)),
        proxyP99: round3(percentile(times.proxy, 99)),
        addedP50: 0,
        addedP99: 0,
      };
      seq.addedP50 = round3(seq.proxyP50 - seq.floorP50);
      seq.addedP99 = round3(seq.proxyP99 - seq.floorP99);
      out.push({ scenario, floor: f, proxy: p, addedP50: p.p50 - f.p50, addedP99: p.p99 - f.p99, sequential: seq });
    }
    return out;
  } finally {
    await proxy.stop();
    await floor.stop();
  }
}

export function renderProxyLatency(figures: ProxyLatencyFigures[], connections: number): string {
  return [
    `| proxy in front of the floor | floor | through the proxy | added p50 / p99 (${connections} connections) | added, one request at a time (p50 / p99) |`,
    "|---|---|---|---|---|",
    ...figures.map(
      (f) =>
        `| ${f.scenario} | ${f.floor.rps.toFixed(0)} req/s, p50 ${f.floor.p50} ms, p99 ${f.floor.p99} ms | ${f.proxy.rps.toFixed(0)} req/s, p50 ${f.proxy.p50} ms, p99 ${f.proxy.p99} ms | ` +
        `**${f.addedP50} ms / ${f.addedP99} ms** | ${f.sequential.addedP50} ms / ${f.sequential.addedP99} ms |`,
    ),
  ].join("\n");
}
