// Nothing acknowledged is lost on restart: SIGTERM drains in-flight requests and saves; after SIGKILL the state
// comes back as of the last periodic save. The server is the CLI, as a separate process, with --state-file.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, startCli, type CliProcess } from "./helpers/cli-process.js";

const FEISHU = { app_id: "cli_9f0a1b2c3d4e5f60", app_secret: "mock-feishu-secret" };

async function json(cli: CliProcess, method: string, path: string, body?: unknown, token?: string): Promise<any> {
  const response = await fetch(`${cli.url}${path}`, {
    method,
    headers: { "content-type": "application/json", ...(token && { authorization: `Bearer ${token}` }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return response.json();
}

/** Token, a batch (then recalled), a message, a DingTalk task, an added app, a moved clock: all acknowledged. */
async function workload(cli: CliProcess) {
  const { tenant_access_token: token } = await json(cli, "POST", "/open-apis/auth/v3/tenant_access_token/internal", FEISHU);
  const batch = (await json(cli, "POST", "/open-apis/message/v4/batch_send/", { msg_type: "text", content: { text: "x" }, department_ids: ["sales"] }, token)).data.message_id;
  await json(cli, "POST", "/__mock/clock", { advance_ms: 60_000 });
  expect((await json(cli, "DELETE", `/open-apis/im/v1/batch_messages/${batch}`, undefined, token)).code).toBe(0);
  const directory = await json(cli, "GET", "/__mock/directory?limit=1");
  const message = (await json(cli, "POST", "/open-apis/im/v1/messages?receive_id_type=chat_id", { receive_id: directory.chats[0].chat_id, msg_type: "text", content: '{"text":"x"}' }, token)).data.message_id;
  const dingtalk = await json(cli, "GET", "/gettoken?appkey=dingmockappkey000001&appsecret=mock-dingtalk-secret");
  const task = (await json(cli, "POST", `/topapi/message/corpconversation/asyncsend_v2?access_token=${dingtalk.access_token}`, { agent_id: 1000000001, to_all_user: true, msg: { msgtype: "text", text: { content: "x" } } })).task_id;
  expect((await json(cli, "POST", "/__mock/apps", { vendor: "feishu", app_id: "cli_00000000000000ad", app_secret: "added" })).app_id).toBe("cli_00000000000000ad");
  const progress = (await json(cli, "GET", `/open-apis/im/v1/batch_messages/${batch}/get_progress`, undefined, token)).data;
  const clock = await json(cli, "GET", "/__mock/clock");
  return { token, batch, message, task, dingtalkToken: dingtalk.access_token, progress, clock };
}

async function expectRestored(cli: CliProcess, before: Awaited<ReturnType<typeof workload>>) {
  const clock = await json(cli, "GET", "/__mock/clock");
  expect(clock.now).toBeGreaterThanOrEqual(before.clock.now);
  // The same token still works; the batch is there, still recalled, with no count lower than before.
  const progress = await json(cli, "GET", `/open-apis/im/v1/batch_messages/${before.batch}/get_progress`, undefined, before.token);
  expect(progress.code).toBe(0);
  expect(progress.data.batch_message_recall_progress.recall).toBe(true);
  for (const key of ["valid_user_ids_count", "success_user_ids_count", "read_user_ids_count"]) {
    expect(progress.data.batch_message_send_progress[key]).toBeGreaterThanOrEqual(before.progress.batch_message_send_progress[key]);
  }
  expect((await json(cli, "GET", `/open-apis/im/v1/messages/${before.message}/read_users?user_id_type=open_id`, undefined, before.token)).code).toBe(0);
  const task = await json(cli, "POST", `/topapi/message/corpconversation/getsendprogress?access_token=${before.dingtalkToken}`, { agent_id: 1000000001, task_id: before.task });
  expect(task.errcode).toBe(0);
  expect((await json(cli, "POST", "/open-apis/auth/v3/tenant_access_token/internal", { app_id: "cli_00000000000000ad", app_secret: "added" })).code).toBe(0);
  // A new batch id does not collide with the old ones.
  const next = await json(cli, "POST", "/open-apis/message/v4/batch_send/", { msg_type: "text", content: { text: "y" }, department_ids: ["sales"] }, before.token);
  expect(next.data.message_id).not.toBe(before.batch);
}

/** The snapshot and its journals, as text. */
const saved = (file: string) =>
  [file, ...readdirSync(dirname(file)).filter((n) => n.startsWith(`${basename(file)}.journal-`)).map((n) => join(dirname(file), n))]
    .map((f) => readFileSync(f, "utf8"))
    .join("\n");

const stateFile = () => join(mkdtempSync(join(tmpdir(), "mock-state-")), "state.json");

describe("--state-file", () => {
  it("SIGTERM: answers the request in flight, saves, and comes back with everything", async () => {
    const file = stateFile();
    const args = ["--port", "0", "--quiet", "--state-file", file, "--save-interval-ms", "60000", "--time-scale", "30"];
    const first = await startCli(args.filter((a) => a !== "--quiet"));
    const before = await workload(first);
    await json(first, "POST", "/__mock/faults", { operation: "getBatchMessageReadUser", delay_ms: 400 });
    const inFlight = fetch(`${first.url}/open-apis/im/v1/batch_messages/${before.batch}/read_user`, { headers: { authorization: `Bearer ${before.token}` } });
    // The rule is used up when the request arrives: from then on it is in flight (for 400 ms).
    await expect.poll(async () => (await json(first, "GET", "/__mock/faults")).faults.length).toBe(0);
    const stopped = first.stop("SIGTERM");
    expect(await stopped).toBe(0);
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { code: number }).code).toBe(0);

    const second = await startCli(args.filter((a) => a !== "--quiet"));
    try {
      await expect.poll(() => second.output()).toContain("(restored;");
      await expectRestored(second, before);
    } finally {
      await second.stop();
    }
  });

  it("SIGKILL: comes back as of the last save", async () => {
    const file = stateFile();
    const args = ["--port", "0", "--state-file", file, "--save-interval-ms", "100"];
    const first = await startCli(args);
    const before = await workload(first);
    // Everything acknowledged is in the file once the next save has run (at most 100 ms later).
    try {
      await expect.poll(() => saved(file).includes(before.batch) && saved(file).includes("cli_00000000000000ad"), { timeout: 5000 }).toBe(true);
    } finally {
      await first.stop("SIGKILL"); // also when the poll fails: no process left behind
    }
    const second = await startCli(args);
    try {
      await expectRestored(second, before);
    } finally {
      await second.stop();
    }
  });

  it("a second process on the same state file refuses to start; one whose saves fail says so on SIGTERM (exit 1)", async () => {
    const file = stateFile();
    const first = await startCli(["--port", "0", "--state-file", file]);
    let code: number | null | undefined;
    try {
      const second = await runCli(["--port", "0", "--state-file", file]);
      expect(second.code).toBe(2);
      expect(second.stderr).toMatch(/another mock \(pid \d+\) is using the state file/);
      // The folder goes away under the running server: it goes on answering, and on SIGTERM it says what was not saved.
      rmSync(dirname(file), { recursive: true, maxRetries: 10 });
      expect((await json(first, "POST", "/__mock/apps", { vendor: "feishu", app_id: "cli_00000000000000ae", app_secret: "s" })).app_id).toBe("cli_00000000000000ae");
      expect((await json(first, "GET", "/__mock/clock")).now).toBeGreaterThan(0);
      code = await first.stop("SIGTERM");
    } finally {
      if (code === undefined) await first.stop("SIGKILL");
    }
    expect(code).toBe(1);
    expect(first.errors()).toMatch(/the state could not be saved to .*ENOENT/);
  });

  it("refuses to start from a damaged file or one of another seed, leaving the file as it was", async () => {
    const damaged = stateFile();
    writeFileSync(damaged, '{"format": "feishu-dingtalk-mock/state@1", "batches": [');
    const refused = await runCli(["--port", "0", "--state-file", damaged]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/cannot read the state file/);
    expect(readFileSync(damaged, "utf8")).toBe('{"format": "feishu-dingtalk-mock/state@1", "batches": [');

    const file = stateFile();
    const cli = await startCli(["--port", "0", "--state-file", file, "--seed", "1"]);
    await cli.stop();
    const other = await runCli(["--port", "0", "--state-file", file, "--seed", "2"]);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/saved with seed 1/);
  });
});
