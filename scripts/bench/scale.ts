// Scale figures: what a huge send, a late read_users page, many stored batches and many requests cost the mock,
// and how long it takes to come up. Each measurement starts its own mock process, so none sees another's memory.
import {
  advanceClock,
  batchSend,
  createBatch,
  createChatMessage,
  feishuToken,
  firstUserIds,
  getProgress,
  largestBotChat,
  readersOf,
  walkReadUsers,
} from "./fixtures.js";
import { ok, sequential } from "./http.js";
import { load, median, percentile } from "./load.js";
import { startMock } from "./processes.js";
import { RAISED_LIMITS } from "./throughput.js";

type Log = (line: string) => void;
const NO_DAILY_LIMIT = { ...RAISED_LIMITS, daily_batch_limit: 1_000_000_000 };
const round2 = (x: number) => Math.round(x * 1000) / 1000;

/** Sequential timing summary, ms. */
const timing = (times: number[]) => ({ median: round2(median(times)), p99: round2(percentile(times, 99)), n: times.length });

/** (a) get_progress on a batch to 3 users vs. one to a 1,000,000-member department, each in its own mock. */
export async function progressCost(n: number, log: Log) {
  const out: Record<string, { valid: number; time: ReturnType<typeof timing>; rssMb: number }> = {};
  for (const target of ["3 users", "1,000,000 dept"] as const) {
    const mock = await startMock(`progress-${target.replace(/\W+/g, "-")}`, {
      directory: { large_department_size: 1_000_000 },
      feishu: NO_DAILY_LIMIT,
    });
    try {
      const token = await feishuToken(mock.url);
      const targets: Record<string, string[]> =
        target === "3 users" ? { user_ids: await firstUserIds(mock.url, 3) } : { department_ids: ["engineering"] };
      const batch = await createBatch(mock.url, token, targets);
      await advanceClock(mock.url, 60_000); // scheduled and delivering
      const req = getProgress(token, batch);
      const valid = (await ok(mock.url, req)).json.data.batch_message_send_progress.valid_user_ids_count as number;
      await sequential(mock.url, req, Math.min(200, n)); // warm-up
      const time = timing(await sequential(mock.url, req, n));
      out[target] = { valid, time, rssMb: round2(mock.rssMb()) };
      log(`  get_progress, batch to ${target} (valid ${valid}): median ${time.median} ms, RSS ${out[target]!.rssMb.toFixed(1)} MB`);
    } finally {
      await mock.stop();
    }
  }
  return out as Record<"3 users" | "1,000,000 dept", (typeof out)[string]>;
}

/** (b) read_users on a message with `readers` readers: the first page vs. the last, reached by walking page tokens. */
export async function readUsersPages(readers: number, n: number, log: Log) {
  const mock = await startMock("read-users", {
    directory: { large_department_size: readers },
    simulation: { read_ratio: [1, 1] },
    feishu: RAISED_LIMITS,
  });
  try {
    const token = await feishuToken(mock.url);
    const chat = await largestBotChat(mock.url);
    const message = await createChatMessage(mock.url, token, chat.chat_id);
    await advanceClock(mock.url, 3_600_000); // everyone has read
    const count = await readersOf(mock.url, message);
    const walkStarted = performance.now();
    const walk = await walkReadUsers(mock.url, token, message, 100);
    const walkMs = performance.now() - walkStarted;
    log(`  ${chat.name}: ${count} readers, walked ${walk.pages} pages (${walk.items} items) in ${walkMs.toFixed(0)} ms`);
    // Alternate first and last so drift hits both alike.
    const first: number[] = [];
    const last: number[] = [];
    for (let i = 0; i < n + 50; i++) {
      const a = (await ok(mock.url, walk.first)).ms;
      const b = (await ok(mock.url, walk.last)).ms;
      if (i >= 50) first.push(a), last.push(b); // the first 50 of each warm up
    }
    const f = timing(first);
    const l = timing(last);
    log(`  read_users page_size 100: first page median ${f.median} ms, last page (${walk.pages}) median ${l.median} ms`);
    return { chat: chat.name, readers: count, pages: walk.pages, walkMs: Math.round(walkMs), first: f, last: l };
  } finally {
    await mock.stop();
  }
}

/** (c) RSS with `count` stored batches, created through the API as fast as the mock takes them. */
export async function manyBatches(count: number, connections: number, log: Log) {
  const mock = await startMock("many-batches", { feishu: NO_DAILY_LIMIT });
  try {
    const idleMb = mock.rssMb();
    const token = await feishuToken(mock.url);
    const r = await load(mock.url, [batchSend(token, { department_ids: ["sales"] })], { connections, amount: count });
    if (r.failed > 0) throw new Error(`batch creation: ${r.failed} failed requests (${r.failures})`);
    const stored = (await ok(mock.url, { path: "/__mock/state?limit=0" })).json.batches.total as number;
    const rssMb = mock.rssMb();
    log(`  ${stored} batches stored (${r.rps.toFixed(0)}/s): RSS ${rssMb.toFixed(1)} MB (idle ${idleMb.toFixed(1)} MB)`);
    return { stored, createdPerSecond: Math.round(r.rps), idleMb: round2(idleMb), rssMb: round2(rssMb) };
  } finally {
    await mock.stop();
  }
}

/** (d) RSS right after start, after `first` get_progress requests and after `total` in all. */
export async function rssGrowth(first: number, total: number, connections: number, log: Log) {
  const mock = await startMock("rss-growth", { feishu: RAISED_LIMITS });
  try {
    const idleMb = mock.rssMb();
    const token = await feishuToken(mock.url);
    const req = getProgress(token, await createBatch(mock.url, token));
    const points: { requests: number; rssMb: number; rps: number }[] = [];
    let done = 0;
    for (const upTo of [first, total]) {
      const r = await load(mock.url, [req], { connections, amount: upTo - done });
      if (r.failed > 0) throw new Error(`get_progress load: ${r.failed} failed requests (${r.failures})`);
      done = upTo;
      points.push({ requests: done, rssMb: round2(mock.rssMb()), rps: Math.round(r.rps) });
      log(`  after ${done} get_progress requests: RSS ${points.at(-1)!.rssMb.toFixed(1)} MB (${r.rps.toFixed(0)} req/s)`);
    }
    return { idleMb: round2(idleMb), points };
  } finally {
    await mock.stop();
  }
}

/** (e) ms from spawning the CLI to its first answered request, `times` starts. */
export async function readyTime(times: number, log: Log) {
  const all: number[] = [];
  for (let i = 0; i < times; i++) {
    const mock = await startMock("ready", {});
    all.push(mock.readyMs);
    await mock.stop();
  }
  const out = { median: Math.round(median(all)), max: Math.round(Math.max(...all)), runs: all.map(Math.round) };
  log(`  ready: median ${out.median} ms over ${times} starts (max ${out.max} ms)`);
  return out;
}
