// The live-mode client against a mock on a port that injects 5xx answers, delays, dropped connections and
// 99991400: it retries a bounded number of times and reaches the right verdict — all pass when the faults are
// passing ones, the affected contract fails (and nothing else) when a fault never stops.
import { afterEach, describe, expect, it } from "vitest";
import { CONTRACTS, liveTarget, runContracts } from "../contracts/index.js";
import { startMockServer, type MockServer, type RequestLogEntry } from "../mock-server/index.js";

const liveContracts = CONTRACTS.filter((c) => !c.needs.includes("clock") && !c.needs.includes("control"));
let server: MockServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function mockWithFaults(faults: Record<string, unknown>[]) {
  const log: RequestLogEntry[] = [];
  server = await startMockServer({ port: 0, config: { time: { scale: 60 } }, log: (e) => log.push(e) });
  const directory = (await (await fetch(`${server.url}/__mock/directory?limit=40`)).json()) as any;
  for (const fault of faults) {
    const answer = await fetch(`${server.url}/__mock/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(fault) });
    expect(answer.status).toBe(201);
  }
  const users = directory.users.items.slice(20, 23);
  const target = liveTarget({
    FEISHU_BASE_URL: server.url,
    DINGTALK_BASE_URL: server.url,
    FEISHU_APP_ID: "cli_9f0a1b2c3d4e5f60",
    FEISHU_APP_SECRET: "mock-feishu-secret",
    FEISHU_TEST_OPEN_IDS: users.map((u: any) => u.open_id).join(","),
    FEISHU_TEST_CHAT_ID: directory.chats.find((c: any) => c.name.startsWith("Engineering")).chat_id,
    DINGTALK_APP_KEY: "dingmockappkey000001",
    DINGTALK_APP_SECRET: "mock-dingtalk-secret",
    DINGTALK_AGENT_ID: "1000000001",
    DINGTALK_TEST_USER_IDS: users.map((u: any) => u.dingtalk_userid).join(","),
    CONTRACT_POLL_INTERVAL_MS: "50",
    CONTRACT_MAX_POLLS: "200",
    CONTRACT_RETRY_BACKOFF_MS: "20",
  });
  return { target, log };
}

describe("the live-mode client under injected faults", () => {
  it("rides out passing faults: every contract passes", async () => {
    const { target, log } = await mockWithFaults([
      { operation: "createTenantAccessToken", http_status: 503, count: 2 },
      { operation: "getBatchMessageProgress", http_status: 500, count: 3 },
      { operation: "getBatchMessageReadUser", drop: true, count: 2 },
      { operation: "listMessageReadUsers", error_code: 99991400, count: 2 },
      // The drop first: its retry is then sure to meet the delay, however few polls the task needs on a busy machine.
      { operation: "getSendProgress", drop: true, count: 1 },
      { operation: "getSendProgress", delay_ms: 30, count: 1 },
      { operation: "batchSendMessage", http_status: 502, count: 1 },
    ]);
    const results = await runContracts(target, liveContracts);
    expect(results.filter((r) => r.status !== "passed").map((r) => `${r.id}: ${r.detail}`)).toEqual([]);
    // Every fault was met and retried past.
    expect(((await (await fetch(`${server!.url}/__mock/faults`)).json()) as { faults: unknown[] }).faults).toEqual([]);
    expect(log.filter((e) => e.status >= 500).length).toBeGreaterThanOrEqual(6);
  });

  it("gives a failing verdict, after a bounded number of tries, when a fault never stops", async () => {
    const { target, log } = await mockWithFaults([{ operation: "getBatchMessageReadUser", http_status: 503, count: 1000 }]);
    const results = await runContracts(target, liveContracts);
    const failed = results.filter((r) => r.status === "failed");
    expect(failed.map((r) => r.id)).toEqual(["feishu.auth.invalid-token", "feishu.getBatchMessageReadUser.unknown-id", "feishu.batch.progress"]);
    for (const r of failed) expect(r.detail).toMatch(/HTTP 503 after 3 retries/);
    // Each refused call was tried 1 + 3 times, no more.
    expect(log.filter((e) => e.operationId === "getBatchMessageReadUser").length).toBe(failed.length * 4);
  });
});
