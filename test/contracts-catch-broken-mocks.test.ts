// The suite can fail: run against deliberately broken variants of the mock, each breakage is caught by the
// contract that should catch it (and the unbroken mock passes every contract). One per contract, with no other
// contract tripped, is test/every-contract-can-fail.test.ts; these are further breakages of values and shapes.
import { describe, expect, it } from "vitest";
import { runContracts, type ContractResult } from "../contracts/index.js";
import { brokenTarget as brokenMock } from "./helpers/broken-mock.js";

/** These breakages rewrite an answer's body only; test/helpers/broken-mock.ts runs them (and wider ones). */
type Breakage = (path: string, body: any, url: URL) => any;

const brokenTarget = (breakage?: Breakage) =>
  brokenMock(breakage && ((exchange) => ({ body: breakage(exchange.path, exchange.body, exchange.url) })));

const failed = (results: ContractResult[]) => results.filter((r) => r.status === "failed").map((r) => `${r.id}: ${r.detail}`);

const breakages: [string, () => Breakage, RegExp][] = [
  [
    "a count sent as a string where the spec says integer",
    () => (path, body) => {
      if (path.endsWith("/get_progress") && body.code === 0) {
        body.data.batch_message_send_progress.valid_user_ids_count = String(body.data.batch_message_send_progress.valid_user_ids_count);
      }
      return body;
    },
    /feishu\.batch\.progress: .*valid_user_ids_count must be integer/,
  ],
  [
    "a missing field",
    () => (path, body) => {
      if (path.endsWith("/read_user") && body.code === 0) delete body.data.read_user.total_count;
      return body;
    },
    /feishu\.batch\.progress: .*must have required property 'total_count'/,
  ],
  [
    "a wrong error code",
    () => (path, body) => (path.endsWith("/get_progress") && body.code === 230030 ? { ...body, code: 230031 } : body),
    /feishu\.getBatchMessageProgress\.unknown-id: .*code 230031, which the spec does not document/,
  ],
  [
    "a count that decreases",
    () => {
      let calls = 0;
      return (path, body) => {
        const progress = body?.data?.batch_message_send_progress;
        if (path.endsWith("/get_progress") && progress && progress.success_user_ids_count > progress.read_user_ids_count && ++calls % 3 === 0) {
          progress.success_user_ids_count -= 1;
        }
        return body;
      };
    },
    /feishu\.batch\.(progress|recall): .*success went from \d+ down to \d+/,
  ],
  [
    "more read than delivered in one answer (caught by the shared per-answer invariants of spec/traffic)",
    () => (path, body) => {
      const progress = body?.data?.batch_message_send_progress;
      if (path.endsWith("/get_progress") && progress && progress.success_user_ids_count > 0) progress.read_user_ids_count = progress.success_user_ids_count + 1;
      return body;
    },
    /feishu\.batch\.progress: getBatchMessageProgress: ordered: read_user_ids_count \d+ > success_user_ids_count \d+/,
  ],
  [
    "a duplicate across pages",
    () => {
      let lastItem: unknown;
      return (path, body, url) => {
        if (!path.endsWith("/read_users") || body.code !== 0 || body.data.items.length === 0) return body;
        if (url.searchParams.has("page_token") && lastItem) body.data.items[0] = lastItem;
        lastItem = body.data.items.at(-1);
        return body;
      };
    },
    /feishu\.read_users\.paging-open_id: .*appeared on an earlier page/,
  ],
  [
    "a page_token on the last page (caught by the spec's schema, which ties it to has_more)",
    () => (path, body) => {
      if (path.endsWith("/read_users") && body.code === 0 && !body.data.has_more) body.data.page_token = "bGFzdA==";
      return body;
    },
    /feishu\.read_users\.paging-open_id: listMessageReadUsers HTTP 200 does not match the spec: \/data\/page_token must NOT have more than 0 characters/,
  ],
  [
    "a DingTalk task done at 99% (caught by the shared per-answer invariants of spec/traffic)",
    () => (path, body) => {
      if (path.endsWith("/getsendprogress") && body.errcode === 0 && body.progress.status === 2) body.progress.progress_in_percent = 99;
      return body;
    },
    /dingtalk\.getsendprogress\.progress: getSendProgress: ordered: status 2 \(done\) at 99%/,
  ],
  [
    "a DingTalk task not started at 5% (caught by the shared per-answer invariants of spec/traffic)",
    () => (path, body) => {
      if (path.endsWith("/getsendprogress") && body.errcode === 0 && body.progress.status === 0) body.progress.progress_in_percent = 5;
      return body;
    },
    /dingtalk\.getsendprogress\.progress: getSendProgress: ordered: status 0 \(not started\) at 5%/,
  ],
  [
    "a DingTalk percentage that goes down",
    () => {
      let previous = 0;
      return (path, body) => {
        if (path.endsWith("/getsendprogress") && body.errcode === 0 && body.progress.status === 1) {
          const shown = body.progress.progress_in_percent;
          body.progress.progress_in_percent = previous > 5 ? previous - 5 : shown;
          previous = shown;
        }
        return body;
      };
    },
    /dingtalk\.getsendprogress\.progress: .*percent went down/,
  ],
  [
    "the gateway's 99992402 without the field it refused",
    () => (path, body) => {
      if (body?.code === 99992402) body.error.field_violations = [];
      return body;
    },
    /feishu\.read_users\.page_size-0: .*99992402 without a field_violation for page_size/,
  ],
  [
    "the gateway's 99992402 for a field the spec says the endpoint judges",
    () => (path, body) => (path.endsWith("/read_users") && body?.code === 230110 ? { ...body, code: 99992402, error: { log_id: "x", field_violations: [{ field: "message_id", description: "deleted" }] } } : body),
    /feishu\.message\.recall: [\s\S]*\+ 99992402\n- 230110/,
  ],
  [
    "99991672 naming a scope the operation does not need",
    () => (path, body) => {
      if (body?.code === 99991672) body.error.permission_violations = [{ type: "action_scope_required", subject: "admin:everything" }];
      return body;
    },
    /feishu\.gateway\.missing-scope: .*admin:everything is not one of the operation's scopes/,
  ],
  [
    "a DingTalk 88 whose errmsg does not fold the sub_code in",
    () => (path, body) => (body?.errcode === 88 ? { ...body, errmsg: "鉴权异常" } : body),
    /dingtalk\.auth\.invalid-token: .*errmsg/,
  ],
  [
    "a token that stays valid after it was expired",
    () => {
      let expiredAt = false;
      return (path, body) => {
        if (path.endsWith("/tokens/expire")) expiredAt = true;
        // The stale token is answered as if it were still good.
        if (expiredAt && path.endsWith("/read_user") && body?.code === 99991663) return { ...body, code: 230030 };
        return body;
      };
    },
    /feishu\.auth\.token-refresh: [\s\S]*\+ 230030\n- 99991663/,
  ],
];

describe("the contract suite against broken mocks", () => {
  it("passes every contract against the unbroken mock", async () => {
    const results = await runContracts(await brokenTarget());
    expect(failed(results)).toEqual([]);
    expect(results.filter((r) => r.status === "passed").length).toBe(results.length);
  });

  it.each(breakages)("catches %s", async (_name, breakage, expected) => {
    const results = await runContracts(await brokenTarget(breakage()));
    const failures = failed(results);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.join("\n")).toMatch(expected);
  });
});
