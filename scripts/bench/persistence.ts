// The state file's cost and memory at scale: throughput of a mix with writes, 100k stored batches, with
// --state-file and without (interleaved rounds, so drift hits both alike); RSS with 1,000,000 stored batches, and
// after their 30-day window has passed.
import { join } from "node:path";
import { advanceClock, batchSend, createBatch, feishuToken, getProgress, readUser } from "./fixtures.js";
import { ok } from "./http.js";
import { load, median } from "./load.js";
import { startMock, stateFolder, type Server } from "./processes.js";
import { RAISED_LIMITS } from "./throughput.js";

type Log = (line: string) => void;
const NO_LIMITS = { feishu: { ...RAISED_LIMITS, daily_batch_limit: 1_000_000_000 } };
const round1 = (x: number) => Math.round(x * 10) / 10;

async function fill(mock: Server, count: number, connections: number): Promise<string> {
  const token = await feishuToken(mock.url);
  const r = await load(mock.url, [batchSend(token, { department_ids: ["sales"] })], { connections, amount: count });
  if (r.failed > 0) throw new Error(`filling ${mock.name}: ${r.failed} failed requests (${r.failures})`);
  return token;
}

/** (f) a mix of polls and sends (1 in 4 a write) on 100k stored batches, with and without --state-file. */
export async function stateFileThroughput(stored: number, rounds: number, durationS: number, connections: number, log: Log) {
  const file = join(stateFolder(), "state.json");
  const mocks = {
    without: await startMock("no-state-file", NO_LIMITS),
    with: await startMock("state-file", NO_LIMITS, [], ["--state-file", file]),
  };
  try {
    const requests: Record<string, ReturnType<typeof getProgress>[]> = {};
    for (const [name, mock] of Object.entries(mocks)) {
      const token = await fill(mock, stored, connections);
      const batch = await createBatch(mock.url, token);
      requests[name] = [getProgress(token, batch), readUser(token, batch), batchSend(token, { department_ids: ["sales"] }), getProgress(token, batch)];
      await load(mock.url, requests[name]!, { connections, duration: 1 }); // warm-up
    }
    const runs: Record<string, { rps: number; p99: number }[]> = { without: [], with: [] };
    for (let round = 1; round <= rounds; round++) {
      for (const name of ["without", "with"] as const) {
        const r = await load(mocks[name].url, requests[name]!, { connections, duration: durationS });
        if (r.failed > 0) throw new Error(`state-file mix ${name}: ${r.failed} failed requests (${r.failures})`);
        runs[name]!.push({ rps: r.rps, p99: r.p99 });
        log(`  round ${round} ${name.padEnd(7)} --state-file: ${r.rps.toFixed(0).padStart(6)} req/s  p99 ${r.p99} ms`);
      }
    }
    const persistence = (await ok(mocks.with.url, { path: "/__mock/state?limit=0" })).json.persistence;
    const figure = (name: string) => ({ rps: Math.round(median(runs[name]!.map((r) => r.rps))), p99: median(runs[name]!.map((r) => r.p99)), runs: runs[name]! });
    const out = { stored, without: figure("without"), with: figure("with"), persistence };
    const spread = (name: string) => {
      const rps = runs[name]!.map((r) => r.rps);
      return Math.round((100 * (Math.max(...rps) - Math.min(...rps))) / median(rps));
    };
    const ratio = out.with.rps / out.without.rps;
    log(`  with / without: ${ratio.toFixed(2)}×; spread between rounds ${spread("without")}% / ${spread("with")}%; journal ${persistence.journal_bytes} B, snapshot ${persistence.snapshot_bytes} B, generation ${persistence.generation}, last error ${persistence.last_error?.message ?? "none"}`);
    return { ...out, ratio: Math.round(ratio * 100) / 100, spreadPct: { without: spread("without"), with: spread("with") } };
  } finally {
    await mocks.without.stop();
    await mocks.with.stop();
  }
}

/** (g) RSS with `count` stored batches, then after the 30-day window (and some traffic, so the heap is collected). */
export async function millionBatches(count: number, connections: number, log: Log) {
  const mock = await startMock("million-batches", { ...NO_LIMITS, storage: { max_records: count } });
  try {
    const idleMb = mock.rssMb();
    const started = performance.now();
    const token = await fill(mock, count, connections);
    const stored = (await ok(mock.url, { path: "/__mock/state?limit=0" })).json.batches.total as number;
    const fullMb = mock.rssMb();
    log(`  ${stored} batches stored in ${((performance.now() - started) / 1000).toFixed(0)} s: RSS ${fullMb.toFixed(1)} MB (idle ${idleMb.toFixed(1)} MB)`);
    await advanceClock(mock.url, 31 * 86_400_000);
    const fresh = await feishuToken(mock.url);
    const batch = await createBatch(mock.url, fresh); // this request sweeps
    const left = (await ok(mock.url, { path: "/__mock/state?limit=0" })).json.batches.total as number;
    const r = await load(mock.url, [getProgress(fresh, batch)], { connections, amount: 200_000 });
    if (r.failed > 0) throw new Error(`after the window: ${r.failed} failed requests (${r.failures})`);
    const afterMb = mock.rssMb();
    log(`  after the window: ${left} batch(es) left, RSS ${afterMb.toFixed(1)} MB (after ${r.requests} more requests)`);
    void token;
    return { stored, idleMb: round1(idleMb), fullMb: round1(fullMb), left, afterWindowMb: round1(afterMb) };
  } finally {
    await mock.stop();
  }
}

export interface PersistenceFigures {
  stateFile: Awaited<ReturnType<typeof stateFileThroughput>>;
  memory: Awaited<ReturnType<typeof millionBatches>>;
}

export function persistenceTargets(f: PersistenceFigures) {
  const { stateFile: s, memory: m } = f;
  return [
    {
      target: `--state-file, ${s.stored.toLocaleString("en")} stored batches: mix with writes within 20% of without`,
      measured: `${s.ratio.toFixed(2)}× (${s.with.rps} / ${s.without.rps} req/s; p99 ${s.with.p99} / ${s.without.p99} ms; rounds spread ${s.spreadPct.with}% / ${s.spreadPct.without}%)`,
      met: s.ratio >= 0.8 && s.persistence?.last_error === null,
    },
    { target: `RSS with ${m.stored.toLocaleString("en")} stored batches ≤ 400 MB`, measured: `${m.fullMb.toFixed(1)} MB`, met: m.fullMb <= 400 },
    { target: "RSS after the 30-day window < 150 MB", measured: `${m.afterWindowMb.toFixed(1)} MB (${m.left} batch left)`, met: m.afterWindowMb < 150 },
  ];
}
