// For every contract of the suite, a deliberately broken mock that it catches: values, shapes, codes, ordering,
// time and tokens. `also` names the other contracts the same breakage trips (the closer to none, the sharper the
// contract); test/every-contract-can-fail.test.ts runs each and checks exactly that set fails.
import type { Breakage } from "./helpers/broken-mock.js";

export interface ContractBreakage {
  /** The contract that must catch it. */
  contract: string;
  what: string;
  breakage: () => Breakage;
  /** How the contract's failure reads: the assertion that caught it, not just any. */
  detail: RegExp;
  /** Other contracts that fail too, by design. */
  also?: string[];
}

const UNKNOWN_BATCH = `bm-${"0".repeat(32)}`;
const UNKNOWN_MESSAGE = `om_${"0".repeat(32)}`;
const feishuError = (code: number, msg: string) => ({ status: 400, body: { code, msg, error: { log_id: "20260302010000BROKENMOCK00000000" } } });
const emptyPage = { status: 200, body: { code: 0, msg: "success", data: { items: [], has_more: false } } };
const isReadUsers = (path: string) => path.endsWith("/read_users");

export const CONTRACT_BREAKAGES: ContractBreakage[] = [
  {
    contract: "feishu.auth.token",
    what: "a token that expires at once (expire 0)",
    detail: /^expire 0$/,
    breakage: () => ({ path, body }) => (path.endsWith("/tenant_access_token/internal") && body.code === 0 ? { body: { ...body, expire: 0 } } : undefined),
  },
  ...(
    [
      ["a token refused (10014)", (body: any) => ({ status: 400, body: { code: 10014, msg: "app secret invalid" } }), /^token refused: app secret invalid\n/],
      ["a token that is not a tenant token (no t- at the start)", (body: any) => ({ body: { ...body, tenant_access_token: `xt-${body.tenant_access_token}` } }), /match[\s\S]*\^t-/],
    ] as const
  ).map(
    ([what, answer, detail]): ContractBreakage => ({
      contract: "feishu.auth.token",
      what: `${what}, to the contract's own token request only`,
      detail,
      // The contract's request is the run's first token request; the client's own token comes after, unbroken.
      breakage: () => {
        let first = true;
        return ({ path, body }) => {
          if (!path.endsWith("/tenant_access_token/internal") || !first) return undefined;
          first = false;
          return answer(body);
        };
      },
    }),
  ),
  {
    contract: "feishu.auth.missing-token",
    what: "no token answered as an invalid one (99991663 for 99991661)",
    detail: /99991663\b[\s\S]*\b99991661/,
    breakage: () => ({ body }) => (body?.code === 99991661 ? feishuError(99991663, "Invalid access token for authorization. Please make a request with token attached") : undefined),
  },
  {
    contract: "feishu.auth.invalid-token",
    what: "an unknown token answered as a missing one (99991661 for 99991663)",
    detail: /99991661\b[\s\S]*\b99991663/,
    breakage: () => ({ headers, body }) =>
      body?.code === 99991663 && headers.get("authorization")?.includes("invalidcontractsuitetoken") ? feishuError(99991661, "Need a token") : undefined,
  },
  ...(["get_progress", "read_user", "DELETE"] as const).map(
    (op): ContractBreakage => ({
      contract: `feishu.${{ get_progress: "getBatchMessageProgress", read_user: "getBatchMessageReadUser", DELETE: "deleteBatchMessage" }[op]}.unknown-id`,
      what: `an unknown batch answered 230001 instead of 230030 (${op})`,
      detail: /230001\b[\s\S]*\b230030/,
      breakage: () => ({ method, path, body }) => {
        const hit = op === "DELETE" ? method === "DELETE" && path.endsWith(UNKNOWN_BATCH) : path.endsWith(`${UNKNOWN_BATCH}/${op}`);
        return hit && body?.code === 230030 ? feishuError(230001, "Your request contains an invalid request parameter.") : undefined;
      },
      // The token-refresh contract reads the same unknown batch after renewing.
      also: op === "read_user" ? ["feishu.auth.token-refresh"] : [],
    }),
  ),
  {
    contract: "feishu.read_users.unknown-id",
    what: "an unknown message answered as an empty page",
    detail: /200\b[\s\S]*\b400/,
    breakage: () => ({ path }) => (isReadUsers(path) && path.includes(UNKNOWN_MESSAGE) ? emptyPage : undefined),
  },
  {
    contract: "feishu.batch.progress",
    what: "read_user's total_count above get_progress's success count",
    detail: /^poll 0: read_user total_count 1000 outside \[0, 0\]$/,
    breakage: () => ({ path, body }) => {
      if (!path.endsWith("/read_user") || body.code !== 0) return undefined;
      body.data.read_user.total_count = String(Number(body.data.read_user.total_count) + 1000);
      return { body };
    },
  },
  {
    contract: "feishu.batch.recall",
    what: "a recalled batch that never shows recall: true",
    detail: /^poll 0 after the recall: recall is still false\n/,
    breakage: () => ({ path, body }) => {
      if (!path.endsWith("/get_progress") || body.code !== 0) return undefined;
      body.data.batch_message_recall_progress.recall = false;
      return { body };
    },
  },
  {
    contract: "feishu.batch.progress",
    what: "read_user's read_count above what get_progress said just after",
    detail: /^poll 0: read_user read_count \d+ outside \[\d+, \d+\]$/,
    breakage: () => ({ path, body }) => {
      if (!path.endsWith("/read_user") || body.code !== 0) return undefined;
      body.data.read_user.read_count = String(Number(body.data.read_user.read_count) + 1000);
      body.data.read_user.total_count = String(Number(body.data.read_user.total_count) + 1000);
      return { body };
    },
  },
  {
    contract: "feishu.batch.progress",
    what: "read_user's total_count below what get_progress said just before",
    detail: /^poll \d+: read_user total_count 0 outside \[[1-9]\d*, \d+\]$/,
    breakage: () => ({ path, body }) => {
      if (!path.endsWith("/read_user") || body.code !== 0) return undefined;
      body.data.read_user.total_count = "0";
      body.data.read_user.read_count = "0";
      return { body };
    },
  },
  {
    contract: "feishu.batch.progress",
    what: "read_user's read_count below what get_progress said just before",
    detail: /^poll \d+: read_user read_count 0 outside \[[1-9]\d*, \d+\]$/,
    // get_progress says everyone delivered has read it; read_user, asked next, says no one has.
    breakage: () => ({ path, body }) => {
      if (body?.code !== 0) return undefined;
      const send = body.data?.batch_message_send_progress;
      if (path.endsWith("/get_progress") && send) send.read_user_ids_count = send.success_user_ids_count;
      else if (path.endsWith("/read_user")) body.data.read_user.read_count = "0";
      else return undefined;
      return { body };
    },
  },
  ...([["read", "read_user_ids_count"]] as const).map(
    ([key, field]): ContractBreakage => ({
      contract: "feishu.batch.recall",
      what: `${field} that goes down after the recall`,
      detail: new RegExp(`^poll \\d+: ${key} went from \\d+ down to \\d+`),
      breakage: () => {
        let answers = 0;
        return ({ path, body }) => {
          if (!path.endsWith("/get_progress") || body?.code !== 0 || !body.data.batch_message_recall_progress.recall) return undefined;
          const send = body.data.batch_message_send_progress;
          // The first answer after the recall counts everyone delivered; the next ones as they are (fewer, at first).
          if (answers++ === 0) {
            send[field] = send.success_user_ids_count;
          }
          return { body };
        };
      },
    }),
  ),
  {
    contract: "feishu.batch.recall",
    what: "the suite's batch recall refused (230030)",
    detail: /^recall: 230030 /,
    breakage: () => ({ method, path, body }) =>
      method === "DELETE" && path.includes("/batch_messages/") && !path.endsWith(UNKNOWN_BATCH) && body?.code === 0
        ? feishuError(230030, "The message id is invalid, record not found.")
        : undefined,
  },
  {
    contract: "feishu.batch.recall",
    what: "a recalled batch whose recall_count stays 0",
    detail: /^recall_count stayed 0 over \d+ polls$/,
    breakage: () => ({ path, body }) => {
      if (!path.endsWith("/get_progress") || body?.code !== 0 || !body.data.batch_message_recall_progress.recall) return undefined;
      body.data.batch_message_recall_progress.recall_count = 0;
      return { body };
    },
  },
  {
    contract: "feishu.create_message.receive_id_type-required",
    what: "99992402 naming another field than receive_id_type",
    detail: /^99992402 without a field_violation for receive_id_type: \[\{"field":"receive_type"/,
    breakage: () => ({ path, body }) => {
      if (!path.endsWith("/im/v1/messages") || body?.code !== 99992402) return undefined;
      body.error.field_violations = [{ field: "receive_type", description: "receive_type is required" }];
      return { body };
    },
  },
  {
    contract: "feishu.gateway.missing-scope",
    what: "99991672 whose message names no scope",
    detail: /^the message does not name im:message/,
    breakage: () => ({ body }) => (body?.code === 99991672 ? { status: 400, body: { ...body, msg: "Access denied." } } : undefined),
  },
  ...(["0", "101", "abc"] as const).map(
    (size): ContractBreakage => ({
      contract: `feishu.read_users.page_size-${size}`,
      what: `page_size=${size} accepted (an empty page)`,
      detail: /200\b[\s\S]*\b400/,
      breakage: () => ({ url }) => (isReadUsers(url.pathname) && url.searchParams.get("page_size") === size ? emptyPage : undefined),
    }),
  ),
  {
    contract: "feishu.read_users.user_id_type-required",
    what: "read_users without user_id_type accepted",
    detail: /200\b[\s\S]*\b400/,
    breakage: () => ({ url }) => (isReadUsers(url.pathname) && !url.searchParams.has("user_id_type") ? emptyPage : undefined),
  },
  ...(
    [
      ["open_id", (id: string) => id.replace(/^ou_/, "on_")],
      ["union_id", (id: string) => id.replace(/^on_/, "ou_")],
      ["user_id", (id: string) => `ou_${id}`],
    ] as const
  ).map(
    ([type, wrong]): ContractBreakage => ({
      contract: `feishu.read_users.paging-${type}`,
      what: `${type} items given in another id's format`,
      detail: /^page 0: \S+ is not a (open_id|union_id|user_id)$/,
      breakage: () => ({ url, body }) => {
        if (!isReadUsers(url.pathname) || url.searchParams.get("user_id_type") !== type || body.code !== 0) return undefined;
        for (const item of body.data.items) item.user_id = wrong(item.user_id);
        return { body };
      },
    }),
  ),
  {
    // An id padded with a space (an untrimmed value): a user_id is any run of non-space characters, to its end.
    contract: "feishu.read_users.paging-user_id",
    what: "user_id items given with a trailing space",
    detail: /^page 0: \S+ {2}is not a user_id$/,
    breakage: () => ({ url, body }) => {
      if (!isReadUsers(url.pathname) || url.searchParams.get("user_id_type") !== "user_id" || body.code !== 0) return undefined;
      for (const item of body.data.items) item.user_id = `${item.user_id} `;
      return { body };
    },
  },
  {
    contract: "feishu.message.recall",
    what: "a recalled message's read receipts still answered (0 instead of 230110)",
    detail: /0\b[\s\S]*\b230110/,
    breakage: () => ({ path, body }) => (isReadUsers(path) && body?.code === 230110 ? emptyPage : undefined),
  },
  {
    contract: "feishu.read_users.paging-open_id",
    what: "open_id pages refused as if the app lacked the user_id field scope (230027)",
    detail: /^read_users: 230027 Lack of necessary permissions/,
    breakage: () => ({ url, body }) =>
      isReadUsers(url.pathname) && url.searchParams.get("user_id_type") === "open_id" && url.searchParams.get("page_size") === "2" && body?.code === 0
        ? feishuError(230027, "Lack of necessary permissions, ext=contact:user.employee_id:readonly")
        : undefined,
  },
  {
    contract: "feishu.read_users.paging-union_id",
    what: "a page longer than page_size",
    detail: /^page 0: 3 items for page_size 2$/,
    breakage: () => ({ url, body }) => {
      if (!isReadUsers(url.pathname) || url.searchParams.get("user_id_type") !== "union_id" || body.code !== 0 || body.data.items.length === 0) return undefined;
      const [first] = body.data.items;
      body.data.items = [0, 1, 2].map((n) => ({ ...first, user_id: `on_${"e".repeat(31)}${n}` }));
      return { body };
    },
  },
  {
    contract: "feishu.read_users.paging-open_id",
    what: "items that say another user_id_type than asked",
    detail: /union_id[\s\S]*open_id/,
    breakage: () => ({ url, body }) => {
      if (!isReadUsers(url.pathname) || url.searchParams.get("user_id_type") !== "open_id" || body.code !== 0) return undefined;
      for (const item of body.data.items) item.user_id_type = "union_id";
      return { body };
    },
  },
  {
    contract: "dingtalk.auth.invalid-token",
    what: "an invalid access_token wrapped with sub_code 40000 (blank) instead of 40014",
    detail: /^errcode 88, sub_code 40000$/,
    breakage: () => ({ url, body }) =>
      url.searchParams.get("access_token") === "contract-suite-invalid-token" && body?.errcode === 88
        ? { body: { ...body, sub_code: "40000", sub_msg: "access_token is blank", errmsg: "ding talk error[subcode=40000,submsg=access_token is blank]" } }
        : undefined,
  },
  {
    contract: "dingtalk.getsendprogress.unknown-task",
    what: "an unknown task answered -1 (system busy) instead of 40035",
    detail: /-1\b[\s\S]*\b40035/,
    breakage: () => ({ path, request, body }) =>
      path.endsWith("/getsendprogress") && request?.task_id === 1 && body?.errcode === 40035 ? { body: { ...body, errcode: -1, errmsg: "系统繁忙" } } : undefined,
    also: ["dingtalk.auth.token-refresh"],
  },
  {
    contract: "dingtalk.getsendprogress.progress",
    what: "a percentage over 100",
    detail: /progress_in_percent must be <= 100/,
    breakage: () => ({ path, body }) => {
      if (!path.endsWith("/getsendprogress") || body?.errcode !== 0 || body.progress.status !== 2) return undefined;
      body.progress.progress_in_percent = 101;
      return { body };
    },
    // The 24-hour window contract reads a task that finished too.
  },
  {
    contract: "dingtalk.getsendresult.consistent",
    what: "a recipient listed both read and unread",
    detail: /^a user is listed twice\n/,
    breakage: () => ({ path, body }) => {
      if (!path.endsWith("/getsendresult") || body?.errcode !== 0) return undefined;
      const { read_user_id_list: read, unread_user_id_list: unread } = body.send_result;
      const someone = read[0] ?? unread[0];
      if (someone !== undefined) body.send_result.unread_user_id_list = [...unread, someone];
      return { body };
    },
  },
  {
    contract: "dingtalk.getsendprogress.progress",
    what: "a status that goes back (1, then 0 again)",
    detail: /^poll \d+: status went from 1 back to 0/,
    breakage: () => {
      let seen = false;
      return ({ path, body }) => {
        if (!path.endsWith("/getsendprogress") || body?.errcode !== 0 || body.progress.status !== 1) return undefined;
        if (!seen) return void (seen = true);
        body.progress = { status: 0, progress_in_percent: 0 };
        return { body };
      };
    },
  },
  {
    contract: "dingtalk.getsendresult.consistent",
    what: "someone listed who was not sent to",
    detail: /^nobody-sent-to was not a recipient/,
    breakage: () => ({ path, body }) => {
      if (!path.endsWith("/getsendresult") || body?.errcode !== 0) return undefined;
      body.send_result.unread_user_id_list = [...body.send_result.unread_user_id_list, "nobody-sent-to"];
      return { body };
    },
  },
  {
    contract: "feishu.message.recall",
    what: "the suite's message recall refused (230026)",
    detail: /^message recall: 230026 /,
    breakage: () => ({ method, path, body }) =>
      method === "DELETE" && path.includes("/im/v1/messages/") && body?.code === 0 ? feishuError(230026, "No permission to recall this message.") : undefined,
  },
  {
    contract: "dingtalk.recall",
    what: "a recall refused (400002)",
    detail: /^recall: 400002 /,
    breakage: () => ({ path, body }) =>
      path.endsWith("/corpconversation/recall") && body?.errcode === 0 ? { body: { errcode: 400002, errmsg: "agentId不合法或taskId不合法", request_id: body.request_id } } : undefined,
  },
  {
    contract: "feishu.auth.token-refresh",
    what: "a Feishu token that stays valid after it was expired",
    detail: /230030\b[\s\S]*\b99991663/,
    breakage: () => {
      let expired = false;
      return ({ path, body }) => {
        if (path.endsWith("/tokens/expire")) expired = true;
        return expired && path.endsWith("/read_user") && body?.code === 99991663 ? feishuError(230030, "The message id is invalid, record not found.") : undefined;
      };
    },
  },
  {
    contract: "dingtalk.auth.token-refresh",
    what: "a DingTalk token that stays valid after it was expired",
    detail: /^stale token: errcode 40035, sub_code undefined$/,
    breakage: () => {
      let expired = false;
      return ({ path, body }) => {
        if (path.endsWith("/tokens/expire")) expired = true;
        return expired && path.endsWith("/getsendprogress") && body?.errcode === 88 && body.sub_code === "40014"
          ? { body: { errcode: 40035, errmsg: "不合法的参数", request_id: body.request_id } }
          : undefined;
      };
    },
  },
  {
    contract: "mock.feishu.not-yet-scheduled",
    what: "valid_user_ids_count before the job is scheduled",
    detail: /3\b[\s\S]*\b0/,
    breakage: () => ({ path, body }) => {
      if (!path.endsWith("/get_progress") || body?.code !== 0) return undefined;
      const send = body.data.batch_message_send_progress;
      if (send.valid_user_ids_count === 0) send.valid_user_ids_count = 3;
      return { body };
    },
  },
  {
    contract: "mock.feishu.not-yet-scheduled",
    what: "a batch job that is never scheduled",
    detail: /^still not scheduled a minute later/,
    breakage: () => ({ path, body }) => {
      if (!path.endsWith("/get_progress") || body?.code !== 0) return undefined;
      Object.assign(body.data.batch_message_send_progress, { valid_user_ids_count: 0, success_user_ids_count: 0, read_user_ids_count: 0 });
      return { body };
    },
    // The suite's own batch is then never scheduled either; its recall has nothing delivered to count.
    also: ["feishu.batch.progress"],
  },
  ...(["get_progress", "read_user", "DELETE"] as const).map(
    (op): ContractBreakage => ({
      contract: "mock.feishu.windows",
      what: `a 30-day-old batch answered 230001 instead of 230030 (${op})`,
      detail: new RegExp(`^${{ get_progress: "getBatchMessageProgress", read_user: "getBatchMessageReadUser", DELETE: "deleteBatchMessage" }[op]} of a 30-day-old batch`),
      breakage: () => ({ method, path, body }) => {
        const hit = op === "DELETE" ? method === "DELETE" && path.includes("/batch_messages/") : path.endsWith(`/${op}`);
        return hit && !path.includes(UNKNOWN_BATCH) && body?.code === 230030 ? feishuError(230001, "Your request contains an invalid request parameter.") : undefined;
      },
    }),
  ),
  {
    contract: "mock.feishu.windows",
    what: "read receipts answered after 7 days",
    detail: /0\b[\s\S]*\b230033/,
    breakage: () => ({ path, body }) => (isReadUsers(path) && body?.code === 230033 ? emptyPage : undefined),
  },
  {
    contract: "mock.dingtalk.window",
    what: "a task answered after 24 hours",
    detail: /0\b[\s\S]*\b40035/,
    breakage: () => ({ path, request, body }) =>
      path.endsWith("/getsendprogress") && request?.task_id !== 1 && body?.errcode === 40035
        ? { body: { errcode: 0, errmsg: "ok", progress: { progress_in_percent: 100, status: 2 }, request_id: body.request_id } }
        : undefined,
  },
  // Each of the following makes one assertion of its contract the one that fails, its message included (the
  // messages are how a CI log tells what broke).
  {
    contract: "dingtalk.getsendprogress.progress",
    what: "the suite's task's progress refused (-1, system busy)",
    detail: /^getsendprogress: -1 系统繁忙/,
    breakage: () => ({ path, body }) =>
      path.endsWith("/getsendprogress") && body?.errcode === 0 ? { body: { errcode: -1, errmsg: "系统繁忙", request_id: body.request_id } } : undefined,
  },
  {
    contract: "dingtalk.getsendprogress.progress",
    what: "a task that never finishes (status 1 at 99%)",
    detail: /^not done after \d+ polls/,
    breakage: () => ({ path, body }) => {
      if (!path.endsWith("/getsendprogress") || body?.errcode !== 0 || body.progress.status !== 2) return undefined;
      body.progress = { status: 1, progress_in_percent: 99 };
      return { body };
    },
  },
  {
    contract: "dingtalk.getsendresult.consistent",
    what: "the send result refused (-1, system busy)",
    detail: /^getsendresult: -1 系统繁忙/,
    breakage: () => ({ path, body }) =>
      path.endsWith("/getsendresult") && body?.errcode === 0 ? { body: { errcode: -1, errmsg: "系统繁忙", request_id: body.request_id } } : undefined,
  },
  {
    contract: "dingtalk.auth.invalid-token",
    what: "an invalid access_token answered -1 with a stray sub_code 40014 (only 88 carries the reason there)",
    detail: /^errcode -1, sub_code 40014$/,
    breakage: () => ({ url, body }) =>
      url.searchParams.get("access_token") === "contract-suite-invalid-token" && body?.errcode === 88
        ? { body: { errcode: -1, errmsg: "系统繁忙", sub_code: "40014", request_id: body.request_id } }
        : undefined,
  },
  ...(
    [
      ["88 with sub_code 40000 (blank) instead of 40014", { errcode: 88, sub_code: "40000", sub_msg: "access_token is blank", errmsg: "ding talk error[subcode=40000,submsg=access_token is blank]" }, /^stale token: errcode 88, sub_code 40000$/],
      ["-1 with a stray sub_code 40014", { errcode: -1, sub_code: "40014", errmsg: "系统繁忙" }, /^stale token: errcode -1, sub_code 40014$/],
    ] as const
  ).map(
    ([what, answer, detail]): ContractBreakage => ({
      contract: "dingtalk.auth.token-refresh",
      what: `the expired access_token answered ${what}`,
      detail,
      breakage: () => {
        let expired = false;
        return ({ path, body }) => {
          if (path.endsWith("/tokens/expire")) expired = true;
          if (!expired || !path.endsWith("/getsendprogress") || body?.errcode !== 88) return undefined;
          expired = false; // the stale call only: the client's own renewal goes through
          return { body: { ...answer, request_id: body.request_id } };
        };
      },
    }),
  ),
  {
    contract: "feishu.auth.token-refresh",
    what: "the renewed token refused where the unknown batch should answer 230030 (230001)",
    detail: /^after renewal: 230001 /,
    breakage: () => {
      let expired = false;
      return ({ path, body }) => {
        if (path.endsWith("/tokens/expire")) expired = true;
        if (!expired || !path.endsWith(`${UNKNOWN_BATCH}/read_user`) || body?.code !== 230030) return undefined;
        expired = false;
        return feishuError(230001, "Your request contains an invalid request parameter.");
      };
    },
  },
  ...(
    [
      ["feishu.auth.token-refresh", "Feishu", "/tenant_access_token/internal", "tenant_access_token", "/read_user"],
      ["dingtalk.auth.token-refresh", "DingTalk", "/gettoken", "access_token", "/getsendprogress"],
    ] as const
  ).map(
    ([contract, vendor, tokenPath, field, readPath]): ContractBreakage => ({
      contract,
      what: `a ${vendor} token endpoint that issues the expired token again (and the gateway takes it)`,
      detail: /^the client kept the expired token/,
      breakage: () => {
        let issued: string | undefined;
        let expired = false;
        let reissued = false;
        let stale = 0;
        return ({ path, body }) => {
          if (path.endsWith("/tokens/expire")) expired = true;
          if (path.endsWith(tokenPath) && body?.[field]) {
            if (!expired) return void (issued ??= body[field]);
            if (reissued) return undefined;
            reissued = true;
            return { body: { ...body, [field]: issued } };
          }
          if (!reissued || !path.endsWith(readPath)) return undefined;
          // The contract's stale call and the client's first try are refused, as they should be; the retry with
          // the re-issued token is answered as a fresh token's would be (once: later contracts renew for real).
          if (++stale !== 1) return undefined;
          return vendor === "Feishu"
            ? feishuError(230030, "The message id is invalid, record not found.")
            : { body: { errcode: 40035, errmsg: "不合法的参数", request_id: body.request_id } };
        };
      },
    }),
  ),
  ...(
    [
      ["get_progress", "/get_progress", /^get_progress: 230001 /],
      ["read_user", "/read_user", /^read_user: 230001 /],
    ] as const
  ).map(
    ([what, suffix, detail]): ContractBreakage => ({
      contract: "feishu.batch.progress",
      what: `the suite's batch's first ${what} refused (230001)`,
      detail,
      breakage: () => {
        let first = true;
        return ({ path, body }) => {
          if (!first || !path.endsWith(suffix) || path.includes(UNKNOWN_BATCH) || body?.code !== 0) return undefined;
          first = false;
          return feishuError(230001, "Your request contains an invalid request parameter.");
        };
      },
    }),
  ),
  {
    contract: "feishu.batch.progress",
    what: "a batch shown recalled once, then not recalled again",
    detail: /^poll 1: recall went back to false\n/,
    breakage: () => {
      let answers = 0;
      return ({ path, body }) => {
        // The second answer about the suite's batch is poll 0's last reading; poll 1 then reads recall false.
        if (!path.endsWith("/get_progress") || body?.code !== 0 || ++answers !== 2) return undefined;
        body.data.batch_message_recall_progress.recall = true;
        return { body };
      };
    },
  },
  {
    contract: "feishu.batch.progress",
    what: "a batch shown recalled, then not recalled in the same sample's second reading",
    detail: /^poll 0: recall went back to false\n/,
    breakage: () => {
      let answers = 0;
      return ({ path, body }) => {
        // The first answer about the suite's batch is poll 0's first reading; its second then reads recall false.
        if (!path.endsWith("/get_progress") || body?.code !== 0 || ++answers !== 1) return undefined;
        body.data.batch_message_recall_progress.recall = true;
        return { body };
      };
    },
  },
  {
    contract: "feishu.batch.progress",
    what: "a batch job that is never scheduled (the progress contract's own words)",
    detail: /^the batch job was not scheduled within \d+ polls \(valid_user_ids_count still 0\)$/,
    breakage: () => ({ path, body }) => {
      if (body?.code !== 0) return undefined;
      if (path.endsWith("/get_progress")) {
        Object.assign(body.data.batch_message_send_progress, { valid_user_ids_count: 0, success_user_ids_count: 0, read_user_ids_count: 0 });
      } else if (path.endsWith("/read_user")) {
        Object.assign(body.data.read_user, { read_count: "0", total_count: "0" });
      } else return undefined;
      return { body };
    },
    also: ["mock.feishu.not-yet-scheduled"],
  },
  {
    contract: "feishu.read_users.paging-open_id",
    what: "a next page refused (230001)",
    detail: /^page 1: 230001 /,
    breakage: () => ({ url, body }) =>
      isReadUsers(url.pathname) && url.searchParams.get("user_id_type") === "open_id" && url.searchParams.has("page_token") && body?.code === 0
        ? feishuError(230001, "Your request contains an invalid request parameter.")
        : undefined,
  },
  ...(
    [
      ["open_id", "with a prefix", (id: string) => `x${id}`],
      ["open_id", "with a trailing character no id has", (id: string) => `${id}!`],
      ["union_id", "with a prefix", (id: string) => `x${id}`],
      ["union_id", "with a trailing character no id has", (id: string) => `${id}!`],
    ] as const
  ).map(
    ([type, what, wrong]): ContractBreakage => ({
      contract: `feishu.read_users.paging-${type}`,
      what: `${type} items ${what}`,
      detail: new RegExp(`^page 0: \\S+ is not a ${type}`),
      breakage: () => ({ url, body }) => {
        if (!isReadUsers(url.pathname) || url.searchParams.get("user_id_type") !== type || body.code !== 0) return undefined;
        for (const item of body.data.items) item.user_id = wrong(item.user_id);
        return { body };
      },
    }),
  ),
  {
    contract: "dingtalk.auth.token-refresh",
    what: "the renewed access_token refused where the unknown task should answer 40035 (-1)",
    detail: /^after renewal: -1 系统繁忙/,
    breakage: () => {
      let expired = false;
      return ({ path, body }) => {
        if (path.endsWith("/tokens/expire")) expired = true;
        if (!expired || !path.endsWith("/getsendprogress") || body?.errcode !== 40035) return undefined;
        expired = false;
        return { body: { errcode: -1, errmsg: "系统繁忙", request_id: body.request_id } };
      };
    },
  },
];
