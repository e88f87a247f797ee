// The suite's catalogue and the machinery around the contracts: which endpoint each holds to and what it needs
// (the per-endpoint summary and the live run read these), why one is skipped, the poll loop's bounds, the runner's
// verdicts, and the fixtures' clean-up (recall what no contract recalled, report what could not be).
import { describe, expect, it } from "vitest";
import { pollWith, skipReason, type Contract, type ContractContext } from "../contracts/contract.js";
import { CONTRACTS, runContracts, type Target } from "../contracts/index.js";
import { createSession } from "../contracts/session.js";
import { brokenTarget } from "./helpers/broken-mock.js";

describe("the contract catalogue", () => {
  it("names each contract's endpoint and needs", () => {
    expect(CONTRACTS.map((c) => [c.id, c.endpoint, c.needs.join(" ")])).toEqual([
      ["feishu.auth.token", "feishu auth", "feishu"],
      ["feishu.auth.missing-token", "feishu auth", "feishu"],
      ["feishu.auth.invalid-token", "feishu auth", "feishu"],
      ["feishu.getBatchMessageProgress.unknown-id", "feishu get_progress", "feishu"],
      ["feishu.getBatchMessageReadUser.unknown-id", "feishu read_user", "feishu"],
      ["feishu.deleteBatchMessage.unknown-id", "feishu batch recall", "feishu"],
      ["feishu.read_users.unknown-id", "feishu read_users", "feishu"],
      ["feishu.batch.progress", "feishu get_progress", "feishu"],
      ["feishu.batch.recall", "feishu batch recall", "feishu"],
      ["feishu.create_message.receive_id_type-required", "feishu message send", "feishu"],
      ["feishu.gateway.missing-scope", "feishu get_progress", "feishu control"],
      ["feishu.read_users.page_size-0", "feishu read_users", "feishu"],
      ["feishu.read_users.page_size-101", "feishu read_users", "feishu"],
      ["feishu.read_users.page_size-abc", "feishu read_users", "feishu"],
      ["feishu.read_users.user_id_type-required", "feishu read_users", "feishu"],
      ["feishu.read_users.paging-open_id", "feishu read_users", "feishu"],
      ["feishu.read_users.paging-union_id", "feishu read_users", "feishu"],
      ["feishu.read_users.paging-user_id", "feishu read_users", "feishu"],
      ["feishu.message.recall", "feishu read_users", "feishu"],
      ["dingtalk.auth.invalid-token", "dingtalk auth", "dingtalk"],
      ["dingtalk.getsendprogress.unknown-task", "dingtalk getsendprogress", "dingtalk"],
      ["dingtalk.getsendprogress.progress", "dingtalk getsendprogress", "dingtalk"],
      ["dingtalk.getsendresult.consistent", "dingtalk getsendprogress", "dingtalk"],
      ["dingtalk.recall", "dingtalk getsendprogress", "dingtalk"],
      ["feishu.auth.token-refresh", "feishu auth", "feishu control"],
      ["dingtalk.auth.token-refresh", "dingtalk auth", "dingtalk control"],
      ["mock.feishu.not-yet-scheduled", "feishu get_progress", "feishu control clock"],
      ["mock.feishu.windows", "feishu read_users", "feishu clock"],
      ["mock.dingtalk.window", "dingtalk getsendprogress", "dingtalk clock"],
    ]);
  });

  it("titles each contract, each differently", () => {
    const titles = CONTRACTS.map((c) => `${c.endpoint}: ${c.title}`);
    expect(CONTRACTS.filter((c) => c.title.length < 20).map((c) => c.id)).toEqual([]);
    expect(new Set(titles).size).toBe(titles.length);
  });
});

describe("skipping a contract a target cannot run", () => {
  const contract = (...needs: Contract["needs"]) => ({ id: "x", endpoint: "x", title: "x", needs, run: async () => {} }) as Contract;
  const target = (over: Partial<Target>) =>
    ({ name: "T", missing: { feishu: ["FEISHU_APP_ID", "FEISHU_APP_SECRET"], dingtalk: ["DINGTALK_APP_KEY", "DINGTALK_APP_SECRET"] }, capabilities: { control: false, clock: false }, ...over }) as Target;
  const creds = { feishu: {} as Target["feishu"], dingtalk: {} as Target["dingtalk"] };

  it("says what is missing, need by need", () => {
    expect(skipReason(contract("feishu"), target({}))).toBe("no Feishu credentials (needs FEISHU_APP_ID, FEISHU_APP_SECRET)");
    expect(skipReason(contract("dingtalk"), target({}))).toBe("no DingTalk credentials (needs DINGTALK_APP_KEY, DINGTALK_APP_SECRET)");
    // A vendor's missing credentials matter only to the contracts that need that vendor.
    expect(skipReason(contract("feishu"), target({ feishu: creds.feishu }))).toBeUndefined();
    expect(skipReason(contract("feishu", "control"), target({ feishu: creds.feishu }))).toBe("needs the mock's control API, which T lacks");
    expect(skipReason(contract("dingtalk"), target({ dingtalk: creds.dingtalk }))).toBeUndefined();
    expect(skipReason(contract("feishu", "control"), target(creds))).toBe("needs the mock's control API, which T lacks");
    expect(skipReason(contract("clock"), target(creds))).toBe("needs a clock it can move: T has none");
    expect(skipReason(contract("clock"), target({ ...creds, capabilities: { control: true, clock: false } }))).toBe(
      "needs a clock it can move: T has none the suite may drive (--drive-clock)",
    );
  });

  it("runs a contract whose needs the target meets", () => {
    expect(skipReason(contract("feishu", "dingtalk", "control", "clock"), target({ ...creds, capabilities: { control: true, clock: true } }))).toBeUndefined();
    expect(skipReason(contract(), target({}))).toBeUndefined();
  });
});

describe("polling", () => {
  function clockTarget(maxPolls: number) {
    const sleeps: number[] = [];
    return { sleeps, target: { policy: { intervalMs: 250, maxPolls }, clock: { sleep: async (ms: number) => void sleeps.push(ms) } } as unknown as Target };
  }

  it("samples until done, sleeping the interval between samples", async () => {
    const { sleeps, target } = clockTarget(10);
    let n = 0;
    expect(await pollWith(target, async () => ++n, (all) => all.at(-1)! >= 3)).toEqual([1, 2, 3]);
    expect(sleeps).toEqual([250, 250]);
  });

  it("stops at maxPolls samples when never done", async () => {
    const { sleeps, target } = clockTarget(4);
    let n = 0;
    expect(await pollWith(target, async () => ++n, () => false)).toEqual([1, 2, 3, 4]);
    expect(sleeps).toEqual([250, 250, 250]);
  });
});

describe("the runner", () => {
  it("gives each contract its verdict, with why it failed or was skipped, and the notes it made", async () => {
    const target = await brokenTarget();
    const contracts: Contract[] = [
      { id: "a", endpoint: "e", title: "passes", needs: ["feishu"], run: async ({ note }) => note("seen") },
      { id: "b", endpoint: "e", title: "fails", needs: [], run: async () => { throw new Error("broken"); } },
      { id: "c", endpoint: "e", title: "throws a string", needs: [], run: async () => { throw "plain"; } },
      { id: "d", endpoint: "e", title: "skipped", needs: ["clock"], run: async () => { throw new Error("never run"); } },
    ];
    target.capabilities.clock = false;
    expect(await runContracts(target, contracts)).toEqual([
      { id: "a", endpoint: "e", title: "passes", status: "passed", drift: ["note: seen"] },
      { id: "b", endpoint: "e", title: "fails", status: "failed", detail: "broken", drift: [] },
      { id: "c", endpoint: "e", title: "throws a string", status: "failed", detail: "plain", drift: [] },
      { id: "d", endpoint: "e", title: "skipped", status: "skipped", detail: "needs a clock it can move: broken mock has none the suite may drive (--drive-clock)", drift: [] },
    ]);
  });

  it("gives each contract the drift its own calls met: the unknown fields of an answer, by operation", async () => {
    const target = await brokenTarget(({ path, body }) =>
      path.endsWith("/get_progress") && body?.code === 230030 ? { status: 400, body: { ...body, surprise: 1, extra: "x" } } : undefined,
    );
    const ask = (id: string) => async ({ feishu }: ContractContext) => void (await feishu.call("getBatchMessageProgress", { path: { batch_message_id: id } }));
    const contracts: Contract[] = [
      { id: "a", endpoint: "e", title: "asks about an unknown batch", needs: ["feishu"], run: ask(`bm-${"0".repeat(32)}`) },
      { id: "b", endpoint: "e", title: "asks nothing", needs: [], run: async () => {} },
    ];
    expect((await runContracts(target, contracts)).map((r) => [r.id, r.status, r.drift])).toEqual([
      ["a", "passed", ["getBatchMessageProgress: unknown field /surprise, /extra"]],
      ["b", "passed", []],
    ]);
  });

  it("recalls at the end what no contract recalled, and reports what it could not", async () => {
    const recalls: string[] = [];
    const target = await brokenTarget(({ method, path }) => {
      if (method === "DELETE" || path.endsWith("/recall")) recalls.push(path.replace(/\/(bm-|om_)\w+$/, "/<id>"));
      // The message's recall never gets an answer the client accepts.
      return method === "DELETE" && path.includes("/im/v1/messages/") ? { status: 503, body: {} } : undefined;
    });
    const { ctx } = createSession(target);
    const [, message] = await Promise.all([ctx.fixtures.batch(), ctx.fixtures.message(), ctx.fixtures.task()]);
    const problems = await ctx.fixtures.cleanup();
    expect(problems).toEqual([`could not recall ${message}: Error: deleteMessage: HTTP 503 after 3 retries`]);
    expect(recalls).toEqual([
      "/open-apis/im/v1/batch_messages/<id>",
      ...Array(4).fill("/open-apis/im/v1/messages/<id>"),
      "/topapi/message/corpconversation/recall",
    ]);
    // What was recalled is not recalled again; what failed is tried again.
    recalls.length = 0;
    expect(await ctx.fixtures.cleanup()).toHaveLength(1);
    expect(recalls).toEqual(Array(4).fill("/open-apis/im/v1/messages/<id>"));
  });

  it("reports a recall the target refuses (past the recall window) as not done, and tries it again", async () => {
    const target = await brokenTarget();
    const { ctx } = createSession(target);
    const [batch, message, task] = await Promise.all([ctx.fixtures.batch(), ctx.fixtures.message(), ctx.fixtures.task()]);
    await target.clock.sleep(86_400_000 + 1000); // the mock's clock, a day on: every recall window has closed
    const refused = [
      `could not recall ${batch}: Error: deleteBatchMessage refused: 230009 Message can only be recalled within one days.`,
      `could not recall ${message}: Error: deleteMessage refused: 230009 Message can only be recalled within one days.`,
      `could not recall ${task}: Error: recallWorkNotification refused: 400002 agentId不合法或taskId不合法`,
    ];
    expect(await ctx.fixtures.cleanup()).toEqual(refused);
    expect(await ctx.fixtures.cleanup()).toEqual(refused);
    expect([...ctx.fixtures.recalled]).toEqual([]);
  });

  it("recalls nothing a contract recalled, and nothing never sent", async () => {
    const recalls: string[] = [];
    const target = await brokenTarget(({ method, path }) => void ((method === "DELETE" || path.endsWith("/recall")) && recalls.push(path)));
    const results = await runContracts(target, CONTRACTS.filter((c) => ["feishu.batch.recall", "feishu.message.recall", "dingtalk.recall"].includes(c.id)));
    expect(results.map((r) => r.status)).toEqual(["passed", "passed", "passed"]);
    expect(recalls).toHaveLength(3);
    recalls.length = 0;
    expect(await createSession(target).ctx.fixtures.cleanup()).toEqual([]);
    expect(recalls).toEqual([]);
  });
});

describe("what the contracts note", () => {
  // Where the spec allows either layer's answer, the note says which one the target gave: the live profile answers
  // as the gateway does, the documented one as the endpoints' documents read.
  const gateway = {
    "feishu.create_message.receive_id_type-required": "createMessage: receive_id_type refused with 99992402 (the gateway's field validation)",
    "feishu.gateway.missing-scope": "getBatchMessageProgress: a missing scope answered 99991672 (the gateway)",
    "feishu.read_users.page_size-0": "listMessageReadUsers: page_size refused with 99992402 (the gateway's field validation)",
    "feishu.read_users.page_size-101": "listMessageReadUsers: page_size refused with 99992402 (the gateway's field validation)",
    "feishu.read_users.page_size-abc": "listMessageReadUsers: page_size refused with 99992402 (the gateway's field validation)",
    "feishu.read_users.user_id_type-required": "listMessageReadUsers: user_id_type refused with 99992402 (the gateway's field validation)",
    "dingtalk.auth.invalid-token": "getSendProgress: an invalid access_token answered 88 with sub_code 40014 (the TOP gateway's wrapping)",
  };
  const endpoint = {
    "feishu.create_message.receive_id_type-required": "createMessage: receive_id_type refused with 230001 (the endpoint's own check)",
    "feishu.gateway.missing-scope": "getBatchMessageProgress: a missing scope answered 230027 (the endpoint)",
    "feishu.read_users.page_size-0": "listMessageReadUsers: page_size refused with 230001 (the endpoint's own check)",
    "feishu.read_users.page_size-101": "listMessageReadUsers: page_size refused with 230001 (the endpoint's own check)",
    "feishu.read_users.page_size-abc": "listMessageReadUsers: page_size refused with 230001 (the endpoint's own check)",
    "feishu.read_users.user_id_type-required": "listMessageReadUsers: user_id_type refused with 230001 (the endpoint's own check)",
    "dingtalk.auth.invalid-token": "getSendProgress: an invalid access_token answered the plain 40014",
  };
  it.each([
    ["live", gateway],
    ["documented", endpoint],
  ] as const)("notes which layer answered (fidelity %s)", async (fidelity, expected) => {
    const target = await brokenTarget(undefined, { fidelity });
    const results = await runContracts(target);
    expect(results.filter((r) => r.status !== "passed")).toEqual([]);
    // The app the missing-scope contract made is gone again.
    const apps = JSON.stringify(await target.control!("GET", "/apps"));
    expect(apps).toContain(target.feishu!.appId);
    expect(apps).not.toContain("cli_c0ntract0n0sc0pe");
    expect(Object.fromEntries(results.filter((r) => r.drift.length > 0).map((r) => [r.id, r.drift.join(" | ")]))).toEqual(
      Object.fromEntries(Object.entries(expected).map(([id, note]) => [id, `note: ${note}`])),
    );
  });
});

describe("the contracts that move the clock", () => {
  it.each([true, false])("leave the mock's clock frozen or running as they found it (frozen: %s)", async (frozen) => {
    const target = await brokenTarget(undefined, { time: { frozen, start: "2026-03-02T01:00:00.000Z" } });
    const results = await runContracts(target, CONTRACTS.filter((c) => c.id === "mock.feishu.not-yet-scheduled"));
    expect(results.map((r) => r.status)).toEqual(["passed"]);
    expect(((await target.control!("GET", "/clock")) as { frozen: boolean }).frozen).toBe(frozen);
  });
});
