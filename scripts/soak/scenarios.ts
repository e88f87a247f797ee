// The soak's scenarios: each starts its own mock on loopback with a state file, loads it for a bounded time,
// and checks what the issue asks: nothing acknowledged lost on SIGTERM, at most one interval on SIGKILL, save
// failures survived under load, saves that do not stall requests, and huge sends that cannot break a save.
import { rmSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { batchSend, feishuToken, getProgress, readUser } from "../bench/fixtures.js";
import { ok, request } from "../bench/http.js";
import { load } from "../bench/load.js";
import { stateFolder } from "../bench/processes.js";
import { startSoakMock } from "./mock-process.js";
import { sendBatches } from "./workers.js";

type Log = (line: string) => void;
export const CONFIG = { feishu: { rate_limit: { enabled: true, per_second: 100_000_000, per_minute: 100_000_000 }, daily_batch_limit: 1_000_000_000 } };
const INTERVAL_MS = 1000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How many of `ids` the mock at `url` no longer knows (get_progress 230030), checked 50 at a time. */
async function missing(url: string, token: string, ids: string[]): Promise<string[]> {
  const lost: string[] = [];
  for (let i = 0; i < ids.length; i += 50) {
    const answers = await Promise.all(ids.slice(i, i + 50).map((id) => request(url, getProgress(token, id), { keepAlive: false })));
    answers.forEach((a, j) => a.json.code !== 0 && lost.push(ids[i + j]!));
  }
  return lost;
}

/** Sends under load, stops the mock with `signal` mid-load, restarts it, and counts acknowledged batches lost. */
export async function stopUnderLoad(signal: "SIGTERM" | "SIGKILL", seconds: number, log: Log) {
  const file = join(stateFolder(), "state.json");
  const args = ["--state-file", file, "--save-interval-ms", String(INTERVAL_MS)];
  const first = await startSoakMock(`stop-${signal}`, CONFIG, args);
  const token = await feishuToken(first.url);
  const senders = sendBatches(first.url, token, 20);
  await sleep(seconds * 1000);
  const stoppedAt = performance.now();
  const code = await first.stop(signal);
  await senders.done();
  const acknowledged = senders.acknowledged;
  const second = await startSoakMock(`stop-${signal}-again`, CONFIG, args);
  try {
    const lost = await missing(second.url, token, acknowledged.map((a) => a.id));
    const lostBeforeLastInterval = acknowledged.filter((a) => lost.includes(a.id) && a.at < stoppedAt - INTERVAL_MS).length;
    const resets = senders.errors.filter((e) => e === "ECONNRESET").length;
    log(`  ${signal} after ${seconds} s of sends: exit ${code}; ${acknowledged.length} acknowledged, ${lost.length} lost (${lostBeforeLastInterval} older than one interval); client errors: ${summarise(senders.errors)}`);
    return { signal, exitCode: code, acknowledged: acknowledged.length, lost: lost.length, lostOlderThanInterval: lostBeforeLastInterval, connectionResets: resets, errors: summarise(senders.errors) };
  } finally {
    await second.stop("SIGTERM");
  }
}

const summarise = (errors: string[]) => {
  const counts = new Map<string, number>();
  for (const e of errors) counts.set(e, (counts.get(e) ?? 0) + 1);
  return [...counts].map(([e, n]) => `${e} ×${n}`).join(", ") || "none";
};

/** The folder of the state file deleted under load, then put back: the server goes on, the saves recover. */
export async function failuresUnderLoad(seconds: number, log: Log) {
  const folder = stateFolder();
  const file = join(folder, "state.json");
  const args = ["--state-file", file, "--save-interval-ms", String(INTERVAL_MS)];
  const mock = await startSoakMock("failures", CONFIG, args);
  const token = await feishuToken(mock.url);
  const senders = sendBatches(mock.url, token, 10);
  await sleep(1000);
  rmSync(folder, { recursive: true, force: true, maxRetries: 10 }); // the mock may be writing into it meanwhile
  await sleep((seconds * 1000) / 2);
  const during = (await ok(mock.url, { path: "/__mock/state?limit=0" })).json.persistence;
  mkdirSync(folder);
  let recovered = false;
  for (let i = 0; i < 120 && !recovered; i++) {
    await sleep(500);
    recovered = (await ok(mock.url, { path: "/__mock/state?limit=0" })).json.persistence.last_error === null;
  }
  await senders.stop();
  const code = await mock.stop("SIGTERM");
  const again = await startSoakMock("failures-again", CONFIG, args);
  try {
    const lost = await missing(again.url, token, senders.acknowledged.map((a) => a.id));
    const logged = mock.stderr().split("\n").filter((l) => l.includes("cannot save")).length;
    log(`  folder deleted under load: server kept answering (${senders.acknowledged.length} acknowledged, errors: ${summarise(senders.errors)}); last_error "${during.last_error?.message}" after ${during.last_error?.failures} attempts, logged ${logged}×; recovered: ${recovered}; exit ${code}; lost after restart: ${lost.length}`);
    return { acknowledged: senders.acknowledged.length, clientErrors: senders.errors.length, failuresShown: during.last_error?.failures ?? 0, loggedTimes: logged, recovered, exitCode: code, lost: lost.length };
  } finally {
    await again.stop("SIGTERM");
  }
}

/** Polls and sends on `stored` batches, with and without the state file: the issue's "saving blocks everything". */
export async function savingDoesNotStall(stored: number, seconds: number, log: Log) {
  const out: Partial<Record<"with" | "without", { rps: number; p99: number }>> = {};
  for (const withFile of [false, true]) {
    const args = withFile ? ["--state-file", join(stateFolder(), "state.json"), "--save-interval-ms", String(INTERVAL_MS)] : [];
    const mock = await startSoakMock(`stall-${withFile}`, CONFIG, args);
    try {
      const token = await feishuToken(mock.url);
      const fill = await load(mock.url, [batchSend(token, { department_ids: ["sales"] })], { connections: 50, amount: stored });
      if (fill.failed > 0) throw new Error(`fill: ${fill.failed} failed`);
      const batch = (await ok(mock.url, batchSend(token, { department_ids: ["sales"] }))).json.data.message_id as string;
      const mix = [getProgress(token, batch), readUser(token, batch), batchSend(token, { department_ids: ["sales"] }), getProgress(token, batch)];
      const r = await load(mock.url, mix, { connections: 50, duration: seconds });
      if (r.failed > 0) throw new Error(`mix: ${r.failed} failed`);
      const name = withFile ? ("with" as const) : ("without" as const);
      out[name] = { rps: Math.round(r.rps), p99: r.p99 };
      const persistence = withFile ? (await ok(mock.url, { path: "/__mock/state?limit=0" })).json.persistence : undefined;
      log(`  ${stored} stored batches, ${name} --state-file: ${r.rps.toFixed(0)} req/s, p99 ${r.p99} ms, RSS ${mock.rssMb().toFixed(0)} MB${persistence ? `; snapshot ${(persistence.snapshot_bytes / 1e6).toFixed(0)} MB, generation ${persistence.generation}, last error ${persistence.last_error?.message ?? "none"}` : ""}`);
    } finally {
      await mock.stop("SIGTERM");
    }
  }
  return { stored, ...out };
}

/** The issue's 560 DingTalk sends of 5,000 userids each: refused past 64 characters; at 64 they save and restore. */
export async function hugeSends(count: number, log: Log) {
  const file = join(stateFolder(), "state.json");
  const args = ["--state-file", file, "--save-interval-ms", String(INTERVAL_MS)];
  const mock = await startSoakMock("huge", CONFIG, args);
  const dt = (await ok(mock.url, { path: "/gettoken?appkey=dingmockappkey000001&appsecret=mock-dingtalk-secret" })).json.access_token as string;
  const path = `/topapi/message/corpconversation/asyncsend_v2?access_token=${dt}`;
  const ids = (len: number) => Array.from({ length: 5000 }, (_, i) => `${"u".repeat(len - 6)}${String(i).padStart(6, "0")}`).join(",");
  const tooLong = await request(mock.url, { method: "POST", path, body: { agent_id: 1000000001, userid_list: ids(200), msg: { msgtype: "text", text: { content: "x" } } } });
  let stored = 0;
  const body = { agent_id: 1000000001, userid_list: ids(64), msg: { msgtype: "text", text: { content: "x" } } };
  for (let i = 0; i < count; i++) if ((await request(mock.url, { method: "POST", path, body })).json.errcode === 0) stored++;
  await sleep(3 * INTERVAL_MS);
  const persistence = (await ok(mock.url, { path: "/__mock/state?limit=0" })).json.persistence;
  const code = await mock.stop("SIGTERM");
  const again = await startSoakMock("huge-again", CONFIG, args);
  const restored = (await ok(again.url, { path: "/__mock/state?limit=0" })).json.tasks.total as number;
  await again.stop("SIGTERM");
  log(`  200-character userids: errcode ${tooLong.json.errcode} (HTTP ${tooLong.status}); ${stored} sends of 5,000 64-character userids stored, saved (last error ${persistence.last_error?.message ?? "none"}), exit ${code}, ${restored} restored`);
  return { tooLongErrcode: tooLong.json.errcode, stored, lastError: persistence.last_error, exitCode: code, restored };
}
