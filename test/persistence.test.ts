// The state file (snapshot + journal): reads never dirty it; failures are caught, logged once, retried and shown
// while the server goes on; the journal folds into a new snapshot; files are private and exclusive; a second
// process is locked out; damaged files are refused with where and what; leftovers of a kill are cleaned up.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createMockApp, startMockServer, type MockApp } from "../mock-server/index.js";
import { createExclusive, StateLockedError } from "../mock-server/persistence/private-files.js";
import { StateStore } from "../mock-server/persistence/state-store.js";

const FEISHU = { app_id: "cli_9f0a1b2c3d4e5f60", app_secret: "mock-feishu-secret" };
const folder = () => mkdtempSync(join(tmpdir(), "mock-persist-"));

async function call(mock: MockApp, method: string, path: string, body?: unknown, token?: string): Promise<any> {
  const response = await mock.fetch(`http://mock${path}`, {
    method,
    headers: { "content-type": "application/json", ...(token && { authorization: `Bearer ${token}` }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return response.json();
}

const token = async (mock: MockApp) => (await call(mock, "POST", "/open-apis/auth/v3/tenant_access_token/internal", FEISHU)).tenant_access_token as string;
const send = async (mock: MockApp, t: string) =>
  (await call(mock, "POST", "/open-apis/message/v4/batch_send/", { msg_type: "text", content: { text: "x" }, department_ids: ["sales"] }, t)).data.message_id as string;

function newMock() {
  return createMockApp({ config: { time: { start: "2026-03-02T01:00:00Z", frozen: true }, feishu: { rate_limit: { enabled: false } } } });
}

async function openStore(path: string, options: ConstructorParameters<typeof StateStore>[2] = {}) {
  const mock = newMock();
  const log: string[] = [];
  const store = new StateStore(path, mock.state, { intervalMs: 10, log: (l) => log.push(l), ...options });
  const restored = await store.open();
  store.start();
  return { mock, store, log, restored };
}

describe("saving", () => {
  it("reads never mark the state changed; writes are journaled and come back", async () => {
    const file = join(folder(), "state.json");
    const first = await openStore(file);
    const t = await token(first.mock);
    const batch = await send(first.mock, t);
    await expect.poll(() => first.store.status().unsaved_changes).toBe(false);
    const journaled = first.store.status().journal_bytes;
    expect(journaled).toBeGreaterThan(0);
    for (let i = 0; i < 20; i++) {
      expect((await call(first.mock, "GET", `/open-apis/im/v1/batch_messages/${batch}/get_progress`, undefined, t)).code).toBe(0);
      await call(first.mock, "GET", "/__mock/state");
      expect(first.store.status().unsaved_changes).toBe(false);
    }
    await first.store.stop();
    expect(first.store.status().journal_bytes).toBe(journaled);

    const second = await openStore(file);
    expect(second.restored).toBe(true);
    expect((await call(second.mock, "GET", `/open-apis/im/v1/batch_messages/${batch}/get_progress`, undefined, t)).code).toBe(0);
    await second.store.stop();
  });

  it("a failing save (the folder deleted under it) is caught, logged once, shown, retried, and recovers", async () => {
    const dir = folder();
    const file = join(dir, "state.json");
    const { mock, store, log } = await openStore(file);
    const t = await token(mock);
    rmSync(dir, { recursive: true, maxRetries: 10 });
    const lost = await send(mock, t);
    await expect.poll(() => store.status().last_error?.failures ?? 0).toBeGreaterThanOrEqual(2);
    const shown = (await call(mock, "GET", "/__mock/state")).persistence;
    expect(shown.last_error.message).toMatch(/ENOENT/);
    expect(log.filter((l) => l.includes("cannot save"))).toHaveLength(1);
    // The server goes on answering, writes included.
    const during = await send(mock, t);
    mkdirSync(dir);
    await expect.poll(() => store.status().last_error, { timeout: 10_000 }).toBeNull();
    expect(log.at(-1)).toMatch(/saved again after \d+ failed attempt/);
    await store.stop();
    const back = await openStore(file);
    for (const id of [lost, during]) expect((await call(back.mock, "GET", `/open-apis/im/v1/batch_messages/${id}/get_progress`, undefined, t)).code).toBe(0);
    await back.store.stop();
  });

  it("folds the journal into a new snapshot when it grows, and restores the same", async () => {
    const dir = folder();
    const file = join(dir, "state.json");
    const { mock, store } = await openStore(file, { journalLimitBytes: 2000 });
    const t = await token(mock);
    const ids: string[] = [];
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 10; i++) ids.push(await send(mock, t));
      await expect.poll(() => store.status().unsaved_changes).toBe(false);
    }
    await expect.poll(() => store.status().generation).toBeGreaterThan(1);
    await store.stop();
    const journals = readdirSync(dir).filter((n) => n.includes(".journal-"));
    expect(journals.length).toBeLessThanOrEqual(2);
    const back = await openStore(file);
    expect((await call(back.mock, "GET", "/__mock/state?limit=0")).batches.total).toBe(ids.length);
    await back.store.stop();
  });

  it("drops a journal line cut short by a kill, and appends after it cleanly", async () => {
    const file = join(folder(), "state.json");
    const first = await openStore(file);
    const t = await token(first.mock);
    const batch = await send(first.mock, t);
    await first.store.stop();
    const journal = readdirSync(join(file, "..")).find((n) => n.includes(".journal-"))!;
    writeFileSync(join(file, "..", journal), '{"small":{"saved_at":1', { flag: "a" });
    const second = await openStore(file);
    const next = await send(second.mock, t);
    await second.store.stop();
    const third = await openStore(file);
    for (const id of [batch, next]) expect((await call(third.mock, "GET", `/open-apis/im/v1/batch_messages/${id}/get_progress`, undefined, t)).code).toBe(0);
    await third.store.stop();
  });
});

describe("files", () => {
  it("are private (0600), and never written through a link planted at their name", async () => {
    const dir = folder();
    const file = join(dir, "state.json");
    const { store, mock } = await openStore(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const t = await token(mock);
    await send(mock, t);
    await expect.poll(() => store.status().unsaved_changes).toBe(false);
    const journal = readdirSync(dir).find((n) => n.includes(".journal-"))!;
    expect(statSync(join(dir, journal)).mode & 0o777).toBe(0o600);
    await store.stop();
    const target = join(folder(), "stolen");
    writeFileSync(target, "");
    symlinkSync(target, join(dir, "planted"));
    await expect(createExclusive(join(dir, "planted"))).rejects.toThrow(/EEXIST/);
    rmSync(join(dir, journal));
    symlinkSync(target, join(dir, journal));
    const again = await openStore(file).catch((error: Error) => error);
    expect(again).toBeInstanceOf(Error);
    expect(readFileSync(target, "utf8")).toBe("");
  });

  it("removes temporary files a killed run left, and locks out a second process", async () => {
    const dir = folder();
    const file = join(dir, "state.json");
    writeFileSync(join(dir, "state.json.4242-abcd1234.tmp"), "half a snapshot");
    writeFileSync(join(dir, "other.json.4242-abcd1234.tmp"), "not ours");
    const first = await openStore(file);
    expect(existsSync(join(dir, "state.json.4242-abcd1234.tmp"))).toBe(false);
    expect(existsSync(join(dir, "other.json.4242-abcd1234.tmp"))).toBe(true);
    // Another process holding the lock (the lock names a live pid: ours is taken as another's by a fresh store).
    const holder = spawnSync(process.execPath, ["-e", "process.exit(0)"]);
    expect(holder.status).toBe(0);
    writeFileSync(`${file}.lock`, String(process.ppid));
    await expect(new StateStore(file, newMock().state).open()).rejects.toThrow(StateLockedError);
    await expect(new StateStore(file, newMock().state).open()).rejects.toThrow(/another mock \(pid \d+\) is using the state file/);
    // A lock left by a process that is gone is taken over.
    writeFileSync(`${file}.lock`, String(holder.pid));
    const second = new StateStore(file, newMock().state);
    expect(await second.open()).toBe(true);
    await second.stop();
    await first.store.stop();
  });
});

describe("damaged files are refused, saying where and what, and left as they are", () => {
  it("a record of the wrong shape, a line that is not JSON (without quoting it), another format", async () => {
    const file = join(folder(), "state.json");
    const { mock, store } = await openStore(file);
    await send(mock, await token(mock));
    await store.stop();
    const good = readFileSync(file, "utf8");
    const lines = good.trim().split("\n");
    const header = JSON.parse(lines[0]!);
    const cases: [string, RegExp][] = [
      [`${lines[0]}\n{"batch":{"id":"bm-1","valid":"many"}}\n`, /line 2: \/batch must have required property|line 2: \/batch\/valid/],
      [`${lines[0]}\n{"batch": {"app_secret": "s3cr3t-value"\n`, /line 2 is not valid JSON$/],
      [JSON.stringify({ ...header, small: { ...header.small, clock: { now: "soon", scale: 1, frozen: true } } }), /line 1: \/small\/clock\/now must be integer/],
      ['{"format":"someone-else@1"}', /not a state file of this mock/],
    ];
    for (const [text, expected] of cases) {
      writeFileSync(file, text);
      const error = await new StateStore(file, newMock().state).open().catch((e: Error) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(expected);
      expect((error as Error).message).not.toContain("s3cr3t");
      expect(readFileSync(file, "utf8")).toBe(text);
    }
  });
});

describe("at start", () => {
  it("reports settings that the restored state file overrides", async () => {
    const file = join(folder(), "state.json");
    const first = await startMockServer({ port: 0, stateFile: file, config: { time: { scale: 1 } } });
    await first.close();
    const second = await startMockServer({
      port: 0,
      stateFile: file,
      config: { time: { scale: 60 }, feishu: { apps: [{ app_id: "cli_9f0a1b2c3d4e5f60", app_secret: "changed" }] } },
    });
    try {
      expect(second.restored).toBe(true);
      expect(second.conflicts.join("\n")).toMatch(/time scale 60 is not used/);
      expect(second.conflicts.join("\n")).toMatch(/the state file's app_secret is used/);
      expect(second.conflicts.join("\n")).not.toContain("changed");
    } finally {
      await second.close();
    }
  });

  it("reads a state file of the earlier single-document format", async () => {
    const file = join(folder(), "state.json");
    const { mock, store } = await openStore(file);
    const t = await token(mock);
    const batch = await send(mock, t);
    await store.stop();
    const [header, ...records] = readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    const journals = readdirSync(join(file, "..")).filter((n) => n.includes(".journal-"));
    const lines = journals.flatMap((n) => readFileSync(join(file, "..", n), "utf8").trim().split("\n").map((l) => JSON.parse(l)));
    for (const n of journals) rmSync(join(file, "..", n));
    const small = lines.at(-1)?.small ?? header.small;
    const batches = [...records.filter((r) => r.batch).map((r) => r.batch), ...lines.flatMap((l) => l.batches ?? [])];
    writeFileSync(file, JSON.stringify({ format: "feishu-dingtalk-mock/state@1", directory: header.directory, ...small, batches, messages: [], tasks: [] }));
    const back = await openStore(file);
    expect(back.restored).toBe(true);
    expect((await call(back.mock, "GET", `/open-apis/im/v1/batch_messages/${batch}/get_progress`, undefined, t)).code).toBe(0);
    await back.store.stop();
  });
});
