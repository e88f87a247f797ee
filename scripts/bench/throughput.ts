// Throughput and latency of the mock against two references measured in the same run: the bare node:http floor
// and bare Hono on @hono/node-server (what the framework alone allows). All three answer the same requests (the
// references with the mock's own answers, captured first) and are loaded in turn, floor, hono, mock, each round,
// so drift in the machine's speed hits them alike; each ratio is reported per round, as a median and a range.
// Servers run on one core and the load generator (its own process) on another where the machine allows.
import {
  advanceClock,
  createBatch,
  createChatMessage,
  createTask,
  dingtalkToken,
  feishuToken,
  getProgress,
  getSendProgress,
  largestBotChat,
  readUser,
  readUsers,
} from "./fixtures.js";
import { ok, type Req } from "./http.js";
import { load, median, type LoadResult } from "./load.js";
import { machineCpuSeconds, waitForQuiet } from "./machine.js";
import { PINNING } from "./pinning.js";
import { startFloor, startHono, startMock, type Server } from "./processes.js";

export interface ThroughputSettings {
  rounds: number;
  durationS: number;
  warmupS: number;
  connections: number;
  log: (line: string) => void;
}

/**
 * One load run, with the share of a core the server used meanwhile (near 100: the server is the limit) and the
 * share other processes of the machine used (neither server nor load generator: it should be near 0).
 */
export type Run = LoadResult & { serverCpu: number; otherCpu: number };

export interface ServerFigures {
  rps: number;
  p50: number;
  p99: number;
  /** Median % of one core the server process used during the runs. */
  serverCpu: number;
  /** Median % of one core other processes used during the runs. */
  otherCpu: number;
  runs: Run[];
}

export interface ScenarioFigures {
  scenario: string;
  requests: string[];
  floor: ServerFigures;
  hono: ServerFigures;
  mock: ServerFigures;
  /** Median over rounds of mock req/s ÷ floor req/s in that round. */
  ratio: number;
  /** Lowest and highest of those per-round ratios. */
  ratioRange: [number, number];
  /** The same for bare Hono ÷ floor: the framework's own share of the floor. */
  honoRatio: number;
  honoRatioRange: [number, number];
  /** Median over rounds of mock ÷ bare Hono. */
  mockOfHono: number;
  /**
   * The same ratio per CPU second of each server (req/s ÷ its share of a core): what each costs per request. Pinned
   * to one core, the load generator tops out near the floor's rate, so the floor idles part of the time and req/s
   * alone flatters the mock; this ratio does not.
   */
  cpuRatio: number;
  cpuRatioRange: [number, number];
}

/** Rate-limit accounting stays on, with limits no run can reach. */
export const RAISED_LIMITS = { rate_limit: { enabled: true, per_second: 100_000_000, per_minute: 100_000_000 } };

/** % of a core other processes may take during a run before it is run again. */
const OTHERS_LIMIT = 10;

/** Route key of the floor (floor-server.mjs keyOf) for a request. */
function floorKey(req: Req): string {
  const [path, query = ""] = req.path.split("?");
  const segment = path!.replace(/\/$/, "").split("/").pop()!;
  const pageSize = /(?:^|&)page_size=(\d+)/.exec(query)?.[1];
  return pageSize ? `${segment}?page_size=${pageSize}` : segment;
}

const figures = (runs: Run[]): ServerFigures => ({
  rps: median(runs.map((r) => r.rps)),
  p50: median(runs.map((r) => r.p50)),
  p99: median(runs.map((r) => r.p99)),
  serverCpu: median(runs.map((r) => r.serverCpu)),
  otherCpu: median(runs.map((r) => r.otherCpu)),
  runs,
});

async function measuredLoad(server: Server, requests: Req[], connections: number, duration: number): Promise<Run> {
  const before = { server: server.cpuSeconds(), machine: machineCpuSeconds() };
  const started = performance.now();
  const r = await load(server.url, requests, { connections, duration, cpu: PINNING?.load });
  const seconds = (performance.now() - started) / 1000;
  const serverCpu = server.cpuSeconds() - before.server;
  // The orchestrating script idles while the load runs: what is neither server nor load generator is other work.
  const otherCpu = machineCpuSeconds() - before.machine - serverCpu - r.loadCpuSeconds;
  return { ...r, serverCpu: Math.round((100 * serverCpu) / seconds), otherCpu: Math.max(0, Math.round((100 * otherCpu) / seconds)) };
}

/** The requests of each scenario, made against `mock` (fixtures created through its API). */
export async function scenarios(mock: Server) {
  const url = mock.url;
  const token = await feishuToken(url);
  const batch = await createBatch(url, token);
  const chat = await largestBotChat(url);
  const message = await createChatMessage(url, token, chat.chat_id);
  const dtToken = await dingtalkToken(url);
  const task = await createTask(url, dtToken);
  // Ten minutes of mock time: the batch is delivering, the message has readers to page, the task is under way.
  await advanceClock(url, 600_000);
  const firstPage = (await ok(url, readUsers(token, message, 20))).json.data;
  if (!firstPage.page_token) throw new Error(`no second read_users page in ${chat.name}`);
  const progress = getProgress(token, batch);
  return {
    getProgress: [progress],
    // Tokens reused across requests, as a real poller does; page tokens taken from a real answer.
    mix: [
      progress,
      readUsers(token, message, 20),
      readUser(token, batch),
      readUsers(token, message, 100, firstPage.page_token as string),
      getSendProgress(dtToken, task),
      progress,
    ],
  };
}

/** The floor answers each route with the body the mock gives for it: same shape, same size. */
export async function floorBodies(mockUrl: string, requests: Req[]): Promise<Record<string, unknown>> {
  const bodies: Record<string, unknown> = {};
  for (const req of requests) bodies[floorKey(req)] = (await ok(mockUrl, req)).json;
  return bodies;
}

const range = (xs: number[]): [number, number] => [Math.min(...xs), Math.max(...xs)];

export async function throughput(s: ThroughputSettings): Promise<ScenarioFigures[]> {
  const mock = await startMock("mock", { feishu: RAISED_LIMITS }, [], [], PINNING?.server);
  let floor: Server | undefined;
  let hono: Server | undefined;
  try {
    const sets = await scenarios(mock);
    const bodies = await floorBodies(mock.url, [...sets.getProgress, ...sets.mix]);
    floor = await startFloor("floor", bodies, PINNING?.server);
    hono = await startHono("hono", bodies, PINNING?.server);

    const out: ScenarioFigures[] = [];
    for (const [scenario, requests] of [["get_progress", sets.getProgress], ["mix", sets.mix]] as const) {
      const runs: Record<"floor" | "hono" | "mock", Run[]> = { floor: [], hono: [], mock: [] };
      for (const server of [floor, hono, mock]) await load(server.url, requests, { connections: s.connections, duration: s.warmupS, cpu: PINNING?.load });
      for (let round = 1; round <= s.rounds; round++) {
        for (const [name, server] of [["floor", floor], ["hono", hono], ["mock", mock]] as const) {
          // The machine is shared: a run that other processes took CPU from is waited out and run again.
          let r = await measuredLoad(server, requests, s.connections, s.durationS);
          for (let retry = 1; r.otherCpu > OTHERS_LIMIT && retry <= 2; retry++) {
            s.log(`  ${scenario} round ${round} ${name}: other processes used ${r.otherCpu}% of a core; waiting for quiet, then again`);
            await waitForQuiet();
            r = await measuredLoad(server, requests, s.connections, s.durationS);
          }
          if (r.failed > 0) throw new Error(`${scenario} on ${name}: ${r.failed} failed requests (${r.failures})`);
          runs[name].push(r);
          s.log(`  ${scenario} round ${round} ${name.padEnd(5)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  server CPU ${r.serverCpu}%  others ${r.otherCpu}%`);
        }
      }
      // Still real answers after the load (a token or rate limit running out would show here).
      for (const req of requests) await ok(mock.url, req);
      const f = { floor: figures(runs.floor), hono: figures(runs.hono), mock: figures(runs.mock) };
      const perRound = (of: Run[], to: Run[]) => of.map((r, i) => r.rps / to[i]!.rps);
      const ratios = perRound(runs.mock, runs.floor);
      const perCpu = (r: Run) => r.rps / Math.max(1, r.serverCpu);
      const cpuRatios = runs.mock.map((r, i) => perCpu(r) / perCpu(runs.floor[i]!));
      const honoRatios = perRound(runs.hono, runs.floor);
      out.push({
        scenario,
        requests: requests.map((r) => `${r.method ?? "GET"} ${floorKey(r)}`),
        ...f,
        ratio: median(ratios),
        ratioRange: range(ratios),
        honoRatio: median(honoRatios),
        honoRatioRange: range(honoRatios),
        mockOfHono: median(perRound(runs.mock, runs.hono)),
        cpuRatio: median(cpuRatios),
        cpuRatioRange: range(cpuRatios),
      });
    }
    return out;
  } finally {
    await hono?.stop();
    await floor?.stop();
    await mock.stop();
  }
}
