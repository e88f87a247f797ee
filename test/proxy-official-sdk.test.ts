// The proxy in front of the mock, both started from the CLI, with the official Feishu SDK (unmodified, its domain
// the proxy's URL) running the whole flow through it — token, batch send, progress and read counts over time,
// recall, a message and its read receipts page by page, a vendor error — and DingTalk over plain fetch. Mock time
// moves through the control API, itself through the proxy (an unmodelled route: passed through and counted).
// Nothing is wrong in this traffic, so every check must pass; the reports, the recording (no secret in it, ids
// kept) and the offline check of that recording must all say so.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as lark from "@larksuiteoapi/node-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkRecording } from "../contracts/recording-check.js";
import { startCli, type CliProcess } from "./helpers/cli-process.js";
import { controlOverHttp } from "./helpers/control-over-http.js";

const APP_ID = "cli_9f0a1b2c3d4e5f60";
const APP_SECRET = "mock-feishu-secret";
const APPKEY = "dingmockappkey000001";
const APPSECRET = "mock-dingtalk-secret";
const AGENT_ID = 1000000001;
const PROXY_BANNER = /Proxy URL\s+(http:\/\/\S+)/;

const dir = mkdtempSync(join(tmpdir(), "proxy-sdk-"));
const recording = join(dir, "exchanges.jsonl");
const reports = join(dir, "reports");
let mock: CliProcess;
let proxy: CliProcess;
const { control, advance } = controlOverHttp(() => proxy.url);

/** The SDK's tokens kept here (not in its module-level cache), so the test can show none reached the recording. */
class TokenCache implements lark.Cache {
  readonly values = new Map<string, unknown>();
  async set(key: string | Symbol, value: unknown) {
    this.values.set(key.toString(), value);
    return true;
  }
  async get(key: string | Symbol) {
    return this.values.get(key.toString());
  }
}
const cache = new TokenCache();
let client: lark.Client;
const quiet: lark.Logger = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {}, trace: () => {} };

beforeAll(async () => {
  const config = join(dir, "mock.json");
  writeFileSync(config, JSON.stringify({ time: { frozen: true, start: "2026-03-02T01:00:00.000Z" } }));
  mock = await startCli(["--port", "0", "--config", config, "--dev"]);
  proxy = await startCli(
    ["proxy", "--port", "0", "--feishu-upstream", mock.url, "--dingtalk-upstream", mock.url, "--record", recording, "--reports", reports, "--fail-on", "violation"],
    {},
    PROXY_BANNER,
  );
  client = new lark.Client({ appId: APP_ID, appSecret: APP_SECRET, domain: proxy.url, cache, loggerLevel: lark.LoggerLevel.error, logger: quiet });
}, 30_000);

afterAll(async () => {
  await proxy?.stop("SIGKILL");
  await mock?.stop();
});

async function progress(batchId: string) {
  const answer = await client.im.batchMessage.getProgress({ path: { batch_message_id: batchId } });
  expect(answer.code).toBe(0);
  const read = await client.im.batchMessage.readUser({ path: { batch_message_id: batchId } });
  expect(read.code).toBe(0);
  return { ...answer.data!.batch_message_send_progress!, ...answer.data!.batch_message_recall_progress! };
}

async function topapi(path: string, token: string, body: Record<string, unknown>): Promise<any> {
  const response = await fetch(`${proxy.url}${path}?access_token=${encodeURIComponent(token)}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("x-contract-violations")).toBe("0");
  return response.json();
}

describe("the proxy between the official Feishu SDK (and DingTalk over fetch) and the mock", () => {
  let batchId: string;
  let messageId: string;
  let dingtalkToken: string;

  it("carries a batch from send to recall, its counts moving over time", async () => {
    const sent: any = await client.request({
      method: "POST",
      url: "/open-apis/message/v4/batch_send/",
      data: { msg_type: "text", content: { text: "Through the proxy" }, department_ids: ["support"] },
    });
    expect(sent.code).toBe(0);
    batchId = sent.data.message_id;
    expect(batchId).toMatch(/^bm-[0-9a-f]{32}$/);
    const seen = [];
    for (let poll = 0; poll < 30; poll++) {
      seen.push(await progress(batchId));
      if (seen.length > 2 && seen.at(-1)!.success_user_ids_count! > 0 && seen.at(-1)!.success_user_ids_count === seen.at(-2)!.success_user_ids_count) break;
      await advance(1000);
    }
    expect(seen[0]!.valid_user_ids_count).toBe(0);
    expect(seen.at(-1)!.success_user_ids_count).toBeGreaterThan(0);
    await advance(5 * 60_000);
    const deleted = await client.im.batchMessage.delete({ path: { batch_message_id: batchId } });
    expect(deleted.code).toBe(0);
    for (let poll = 0; poll < 10 && (await progress(batchId)).recall_count! < seen.at(-1)!.success_user_ids_count!; poll++) await advance(1000);
    expect((await progress(batchId)).recall).toBe(true);
  });

  it("sends a message and pages its read receipts", async () => {
    const directory = await control("GET", `/directory?app_id=${APP_ID}&limit=1`);
    const chat = (directory.chats as any[]).find((c) => c.bots.includes(APP_ID) && c.member_count > 7);
    const created = await client.im.message.create({
      params: { receive_id_type: "chat_id" },
      data: { receive_id: chat.chat_id, msg_type: "text", content: JSON.stringify({ text: "hi" }) },
    });
    expect(created.code).toBe(0);
    messageId = created.data!.message_id!;
    await advance(11 * 60_000);
    const readers: string[] = [];
    let pageToken: string | undefined;
    for (let page = 0; page < 100; page++) {
      const answer = await client.im.message.readUsers({
        path: { message_id: messageId },
        params: { user_id_type: "open_id", page_size: 7, ...(pageToken !== undefined && { page_token: pageToken }) },
      });
      expect(answer.code).toBe(0);
      readers.push(...(answer.data?.items ?? []).map((i) => i.user_id!));
      if (!answer.data?.has_more) break;
      pageToken = answer.data.page_token;
    }
    expect(readers.length).toBeGreaterThan(7);
    expect(new Set(readers).size).toBe(readers.length);
  });

  it("passes a vendor error through as it came (HTTP 400, 230030, the log id header)", async () => {
    const failure: any = await client.im.batchMessage
      .getProgress({ path: { batch_message_id: `bm-${"0".repeat(32)}` } })
      .then(() => undefined, (error: unknown) => error);
    expect(failure?.response?.status).toBe(400);
    expect(failure.response.data.code).toBe(230030);
    expect(failure.response.data.error.log_id).toBe(failure.response.headers["x-tt-logid"]);
    expect(failure.response.headers["x-contract-violations"]).toBe("0");
  });

  it("carries a DingTalk work notification from send to recall", async () => {
    const token = await fetch(`${proxy.url}/gettoken?appkey=${APPKEY}&appsecret=${APPSECRET}`).then((r) => r.json() as Promise<any>);
    expect(token.errcode).toBe(0);
    dingtalkToken = token.access_token;
    const sent = await topapi("/topapi/message/corpconversation/asyncsend_v2", dingtalkToken, {
      agent_id: AGENT_ID,
      dept_id_list: "100021",
      msg: { msgtype: "text", text: { content: "Through the proxy" } },
    });
    expect(sent.errcode).toBe(0);
    let status = 0;
    for (let poll = 0; poll < 60 && status !== 2; poll++) {
      status = (await topapi("/topapi/message/corpconversation/getsendprogress", dingtalkToken, { agent_id: AGENT_ID, task_id: sent.task_id })).progress.status;
      await advance(1000);
    }
    expect(status).toBe(2);
    expect((await topapi("/topapi/message/corpconversation/getsendresult", dingtalkToken, { agent_id: AGENT_ID, task_id: sent.task_id })).errcode).toBe(0);
    expect((await topapi("/topapi/message/corpconversation/recall", dingtalkToken, { agent_id: AGENT_ID, msg_task_id: sent.task_id })).errcode).toBe(0);
  });

  it("reports every exchange as checked and clean, live and on exit, and records them without a secret", async () => {
    const live: any = await fetch(`${proxy.url}/__proxy/report`).then((r) => r.json());
    expect(live.violations).toBe(0);
    expect(live.upstreamErrors).toBe(0);
    const seen = live.operations.map((o: any) => o.operationId).sort();
    expect(seen).toEqual(
      ["asyncSendV2", "batchSendMessage", "createMessage", "createTenantAccessToken", "deleteBatchMessage", "getAccessToken", "getBatchMessageProgress",
        "getBatchMessageReadUser", "getSendProgress", "getSendResult", "listMessageReadUsers", "recallWorkNotification"].sort(),
    );
    expect(live.operations.find((o: any) => o.operationId === "getBatchMessageProgress").exchanges).toBeGreaterThan(5);
    expect(live.unmodelled.count).toBeGreaterThan(5); // the control calls
    expect(Object.keys(live.unmodelled.routes).every((r) => r.includes("/__mock/"))).toBe(true);
    expect((await control("GET", "/self-check")).failures).toEqual([]);

    expect(await proxy.stop("SIGTERM")).toBe(0); // --fail-on violation, and there was none
    const written = JSON.parse(readFileSync(join(reports, "proxy.json"), "utf8"));
    expect(written.exchanges).toBe(live.exchanges + 1); // the self-check call since; /__proxy/report is no exchange
    const junit = readFileSync(join(reports, "proxy.xml"), "utf8");
    expect(junit).toContain('failures="0"');
    expect(junit).toContain('classname="feishu.getBatchMessageProgress" name="monotonic"');
    expect(junit).toContain('classname="feishu.listMessageReadUsers" name="page-token"');
    expect(junit).toContain('classname="feishu.deleteMessage" name="traffic"><skipped');
    expect(readFileSync(join(reports, "proxy-summary.txt"), "utf8")).toMatch(/getBatchMessageProgress\s+\d+\s+0\s+0/);
    expect(proxy.output()).toContain("Traffic summary");

    const text = readFileSync(recording, "utf8");
    const lines = text.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(written.exchanges);
    const tokens = [...cache.values.values()].filter((v): v is string => typeof v === "string" && v.startsWith("t-"));
    expect(tokens.length).toBeGreaterThan(0);
    for (const secret of [APP_SECRET, APPSECRET, dingtalkToken, ...tokens]) {
      expect(text).not.toContain(secret);
      expect(proxy.output()).not.toContain(secret);
    }
    expect(text).toContain(batchId);
    expect(text).toContain(messageId);
    expect(text).toContain(APP_ID);

    // The recording, checked offline with the same checks, says the same.
    const offline = checkRecording(recording).toJSON();
    expect(offline.exchanges).toBe(written.exchanges);
    expect(offline.violations).toBe(0);
    expect(offline.operations.map((o) => [o.operationId, o.exchanges])).toEqual(written.operations.map((o: any) => [o.operationId, o.exchanges]));
  });
});
