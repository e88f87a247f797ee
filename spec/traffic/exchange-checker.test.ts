// One exchange at a time: each rule of the traffic checks catches its case, and a good exchange passes all of them.
import { describe, expect, it } from "vitest";
import { ExchangeChecker, type ObservedExchange } from "./exchange-checker.js";

const BATCH = `bm-${"a".repeat(32)}`;
const progress = {
  code: 0,
  msg: "success",
  data: {
    batch_message_send_progress: { valid_user_ids_count: 3, success_user_ids_count: 2, read_user_ids_count: 1 },
    batch_message_recall_progress: { recall: false, recall_count: 0 },
  },
};
const getProgress = (answer: unknown, status = 200, url = `/open-apis/im/v1/batch_messages/${BATCH}/get_progress`): ObservedExchange => ({
  method: "GET",
  url,
  headers: { authorization: "Bearer t-x", "content-type": "application/json" },
  body: "{}",
  status,
  responseBody: typeof answer === "string" ? answer : JSON.stringify(answer),
});
const rules = (checker: ExchangeChecker, exchange: ObservedExchange) => checker.check(exchange).violations.map((v) => v.rule);

describe("the exchange checker", () => {
  const checker = new ExchangeChecker().warm();

  it("passes a good exchange (the SDK's GET with a {} body included)", () => {
    expect(checker.check(getProgress(progress))).toEqual({ vendor: "feishu", operationId: "getBatchMessageProgress", violations: [], drift: [] });
  });

  it.each([
    ["request", getProgress(progress, 200, "/open-apis/im/v1/batch_messages/bm_nope/get_progress")],
    ["status", getProgress(progress, 418)],
    ["schema", getProgress({ ...progress, msg: 7 })],
    ["schema", getProgress("<html>busy</html>")],
    ["error-code", getProgress({ code: 123456, msg: "new", error: { log_id: "x" } }, 400)],
    ["ordered", getProgress({ ...progress, data: { ...progress.data, batch_message_send_progress: { valid_user_ids_count: 1, success_user_ids_count: 2, read_user_ids_count: 0 } } })],
  ])("catches a %s violation", (rule, exchange) => {
    expect(rules(new ExchangeChecker(), exchange)).toContain(rule);
  });

  it("says what the answer was, never what it held, when it is not JSON", () => {
    expect(new ExchangeChecker().check(getProgress("t-secret-token")).violations[0]!.message).toBe("HTTP 200 with a body that is not JSON (14 characters)");
  });

  it("reports unknown fields as drift", () => {
    const answer = { ...progress, data: { ...progress.data, extra: 1 } };
    expect(new ExchangeChecker().check(getProgress(answer)).drift).toEqual(["/data/extra"]);
  });

  it("reads a DingTalk form body as the vendor would, and keys the stream invariants by its task_id", () => {
    const c = new ExchangeChecker();
    const exchange = (percent: number): ObservedExchange => ({
      method: "POST",
      url: "/topapi/message/corpconversation/getsendprogress?access_token=abc",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "agent_id=1000000001&task_id=77",
      status: 200,
      responseBody: JSON.stringify({ errcode: 0, errmsg: "ok", progress: { progress_in_percent: percent, status: 1 }, request_id: "r" }),
    });
    expect(c.check(exchange(50)).violations).toEqual([]);
    expect(c.check(exchange(40)).violations).toEqual([{ rule: "monotonic", message: "progress_in_percent went from 50 down to 40 (77)" }]);
  });

  it("leaves an unmodelled route unchecked, with its vendor by path", () => {
    expect(checker.check({ method: "GET", url: "/open-apis/contact/v3/users", headers: {}, status: 500 })).toEqual({ vendor: "feishu", violations: [], drift: [] });
    expect(checker.check({ method: "GET", url: "/user/get", headers: {}, status: 200 }).vendor).toBe("dingtalk");
  });
});
