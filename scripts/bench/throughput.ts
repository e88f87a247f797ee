// Throughput and latency of the mock against the bare node:http floor, measured in the same run: both servers
// answer the same requests (the floor with the mock's own answers, captured first), loaded alternately
// floor, mock, floor, mock… so drift in the machine's speed hits both alike.
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
import { machineCpuSeconds, selfCpuSeconds, waitForQuiet } from "./machine.js";
import { startFloor, startMock, type Server } from "./processes.js";

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
  mock: ServerFigures;
  /** Median mock requests/s over median floor requests/s. */
  ratio: number;
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
  const before = { server: server.cpuSeconds(), self: selfCpuSeconds(), machine: machineCpuSeconds() };
  const started = performance.now();
  const r = await load(server.url, requests, { connections, duration });
  const seconds = (performance.now() - started) / 1000;
  const serverCpu = server.cpuSeconds() - before.server;
  const otherCpu = machineCpuSeconds() - before.machine - serverCpu - (selfCpuSeconds() - before.self);
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

export async function throughput(s: ThroughputSettings): Promise<ScenarioFigures[]> {
  const mock = await startMock("mock", { feishu: RAISED_LIMITS });
  let floor: Server | undefined;
  try {
    const sets = await scenarios(mock);
    floor = await startFloor("floor", await floorBodies(mock.url, [...sets.getProgress, ...sets.mix]));

    const out: ScenarioFigures[] = [];
    for (const [scenario, requests] of [["get_progress", sets.getProgress], ["mix", sets.mix]] as const) {
      const runs: Record<"floor" | "mock", Run[]> = { floor: [], mock: [] };
      for (const server of [floor, mock]) await load(server.url, requests, { connections: s.connections, duration: s.warmupS });
      for (let round = 1; round <= s.rounds; round++) {
        for (const [name, server] of [["floor", floor], ["mock", mock]] as const) {
          // The machine is shared: a run that other processes took CPU from is waited out and run again.
          let r = await measuredLoad(server, requests, s.connections, s.durationS);
          for (let retry = 1; r.otherCpu > OTHERS_LIMIT && retry <= 2; retry++) {
            s.log(`  ${scenario} round ${round} ${name}: other processes used ${r.otherCpu}% of a core; waiting for quiet, then again`);
            await waitForQuiet();
            r = await measuredLoad(server, requests, s.connections, s.durationS);
          }
          if (r.failed > 0) throw new Error(`${scenario} on ${name}: ${r.failed} failed requests`);
          runs[name].push(r);
          s.log(`  ${scenario} round ${round} ${name.padEnd(5)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  server CPU ${r.serverCpu}%  others ${r.otherCpu}%`);
        }
      }
      // Still real answers after the load (a token or rate limit running out would show here).
      for (const req of requests) await ok(mock.url, req);
      const f = { floor: figures(runs.floor), mock: figures(runs.mock) };
      out.push({ scenario, requests: requests.map((r) => `${r.method ?? "GET"} ${floorKey(r)}`), ...f, ratio: f.mock.rps / f.floor.rps });
    }
    return out;
  } finally {
    await floor?.stop();
    await mock.stop();
  }
}
