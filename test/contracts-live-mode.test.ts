// The live path, proven here: the exact live-mode suite (its own tokens and fixtures, real-time polling, no control
// API) against a mock started from the CLI as a separate process, reached through FEISHU_BASE_URL/DINGTALK_BASE_URL.
// The mock runs 60× real time, so its minutes pass in seconds; the suite still waits in real time.
import { afterAll, beforeAll } from "vitest";
import { CONTRACTS, liveTarget } from "../contracts/index.js";
import { contractSuite } from "../contracts/vitest-suite.js";
import { startCli, type CliProcess } from "./helpers/cli-process.js";

const CONTROL_TOKEN = "live-mode-test";
let cli: CliProcess;
const env: Record<string, string> = {};

beforeAll(async () => {
  cli = await startCli(["--port", "0", "--time-scale", "60", "--control-token", CONTROL_TOKEN]);
  // The test (not the suite) reads the mock's directory to pick recipients, as a team would pick test users.
  const directory = (await (
    await fetch(`${cli.url}/__mock/directory?limit=40`, { headers: { authorization: `Bearer ${CONTROL_TOKEN}` } })
  ).json()) as {
    users: { items: { open_id: string; dingtalk_userid: string }[] };
    chats: { chat_id: string; bots: string[]; member_count: number }[];
  };
  const users = directory.users.items.slice(20, 23);
  const chat = directory.chats.filter((c) => c.bots.length > 0).sort((a, b) => b.member_count - a.member_count)[0]!;
  Object.assign(env, {
    FEISHU_BASE_URL: cli.url,
    DINGTALK_BASE_URL: cli.url,
    FEISHU_APP_ID: "cli_9f0a1b2c3d4e5f60",
    FEISHU_APP_SECRET: "mock-feishu-secret",
    FEISHU_TEST_OPEN_IDS: users.map((u) => u.open_id).join(","),
    FEISHU_TEST_CHAT_ID: chat.chat_id,
    DINGTALK_APP_KEY: "dingmockappkey000001",
    DINGTALK_APP_SECRET: "mock-dingtalk-secret",
    DINGTALK_AGENT_ID: "1000000001",
    DINGTALK_TEST_USER_IDS: users.map((u) => u.dingtalk_userid).join(","),
    // Real-time polling, briskly: a mock minute is a real second.
    CONTRACT_POLL_INTERVAL_MS: "50",
    CONTRACT_MAX_POLLS: "400",
  });
});

afterAll(async () => {
  await cli?.stop();
});

// Every contract a live target can run; the few that need the mock's clock or control API are the in-process run's
// (a live target skips them with the reason, as test/contracts-cli.test.ts shows).
const liveContracts = CONTRACTS.filter((c) => !c.needs.includes("clock") && !c.needs.includes("control"));
contractSuite("live-mode contracts against a CLI-started mock", () => liveTarget(env), liveContracts);
