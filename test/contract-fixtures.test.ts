// The suite's fixtures refused (contracts/fixtures.ts): when the target will not take the suite's batch, message or
// notification, exactly the contracts that need it fail, each saying what was refused and how, and the others run
// as usual (the mock-time contracts send their own).
import { describe, expect, it } from "vitest";
import { runContracts } from "../contracts/index.js";
import { createSession } from "../contracts/session.js";
import { brokenTarget, type Exchange } from "./helpers/broken-mock.js";

const fixture = (text: unknown) => typeof text === "string" && text.startsWith("Contract suite test");

const cases: [string, (e: Exchange) => boolean, { status?: number; body: unknown }, string, string[]][] = [
  [
    "batch",
    (e) => e.path.endsWith("/message/v4/batch_send/") && fixture(e.request?.content?.text),
    { status: 200, body: { code: 11205, msg: "App do not have bot.", data: {} } },
    "batch send refused: 11205 App do not have bot.",
    ["feishu.batch.progress", "feishu.batch.recall"],
  ],
  [
    "message",
    (e) => e.method === "POST" && e.path === "/open-apis/im/v1/messages" && fixture(JSON.parse(e.request?.content ?? "{}").text),
    { status: 400, body: { code: 230002, msg: "The bot can not be outside the group.", error: { log_id: "20260302010000BROKENMOCK00000000" } } },
    "message send refused: 230002 The bot can not be outside the group.",
    [
      "feishu.read_users.page_size-0",
      "feishu.read_users.page_size-101",
      "feishu.read_users.page_size-abc",
      "feishu.read_users.user_id_type-required",
      "feishu.read_users.paging-open_id",
      "feishu.read_users.paging-union_id",
      "feishu.read_users.paging-user_id",
      "feishu.message.recall",
    ],
  ],
  [
    "notification",
    (e) => e.path.endsWith("/asyncsend_v2") && fixture(e.request?.msg?.text?.content),
    { status: 200, body: { errcode: -1, errmsg: "系统繁忙", request_id: "brokenmock00" } },
    "asyncsend_v2 refused: -1 系统繁忙",
    ["dingtalk.getsendprogress.progress", "dingtalk.getsendresult.consistent", "dingtalk.recall"],
  ],
];

describe("a fixture the target refuses", () => {
  it.each(cases)("the suite's %s: the contracts that need it fail, saying so; the rest pass", async (_what, hit, refusal, detail, needers) => {
    const results = await runContracts(await brokenTarget((e) => (hit(e) ? refusal : undefined)));
    const failed = results.filter((r) => r.status === "failed");
    expect(failed.map((r) => r.id).sort()).toEqual([...needers].sort());
    for (const r of failed) expect(r.detail, r.id).toBe(detail);
  });

  it.each(cases)("the suite's %s refused: nothing to recall at the end, and nothing asked to", async (what, hit, refusal, detail) => {
    const recalls: string[] = [];
    const target = await brokenTarget((e) => {
      if (e.method === "DELETE" || e.path.endsWith("/recall")) recalls.push(e.path);
      return hit(e) ? refusal : undefined;
    });
    const { fixtures } = createSession(target).ctx;
    const make = { batch: () => fixtures.batch(), message: () => fixtures.message(), notification: () => fixtures.task() }[what]!;
    await expect(make()).rejects.toThrow(detail);
    expect(await fixtures.cleanup()).toEqual([]);
    expect(recalls).toEqual([]);
  });
});
