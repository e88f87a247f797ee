// Every error code in the specs' catalogs is reachable through HTTP: naturally where the mock can produce the
// situation (the table below), otherwise by a fault rule. Each is checked for its HTTP status and message, under
// both fidelity profiles: the documents' reading, and the live one (the gateway's 99991672 / 99992402 come before
// the endpoint's 230027 / 230001 where the spec says the gateway checks).
import { beforeAll, describe, expect, it } from "vitest";
import { allOperations, type OperationInfo } from "../spec/index.js";
import { DAY, DINGTALK_APP, harness, type Answer, type Harness } from "./helpers/mock-harness.js";

const NOBOT = { app_id: "cli_000000000000n0b0", app_secret: "s1" };
const NOSCOPE = { app_id: "cli_000000000000n05c", app_secret: "s2" };
const OTHER = { app_id: "cli_0000000000000the", app_secret: "s3" };
const FIVE = ["getBatchMessageProgress", "getBatchMessageReadUser", "deleteBatchMessage", "listMessageReadUsers", "getSendProgress"];

interface World {
  h: Harness;
  token: string;
  nobot: string;
  noscope: string;
  other: string;
  batch: string;
  oldBatch: string;
  message: string;
  p2p: string;
  dingtalk: string;
  task: number;
  dir: any;
}

type Scenario = (w: World) => Promise<Answer>;

const progress = (id: string) => `/open-apis/im/v1/batch_messages/${id}/get_progress`;
const readUser = (id: string) => `/open-apis/im/v1/batch_messages/${id}/read_user`;
const batch = (id: string) => `/open-apis/im/v1/batch_messages/${id}`;
/** read_users; user_id_type (required, seed 004) is open_id unless `q` names one. */
const readUsers = (id: string, q = "") =>
  `/open-apis/im/v1/messages/${id}/read_users${q.includes("user_id_type=") ? q : q ? `${q}&user_id_type=open_id` : "?user_id_type=open_id"}`;
const UNKNOWN_BM = `bm-${"0".repeat(32)}`;
const send = (w: World, body: Record<string, unknown>, token = w.token) =>
  w.h.call("POST", "/open-apis/message/v4/batch_send/", { token, body: { msg_type: "text", content: { text: "x" }, ...body } });
const burst = async (call: () => Promise<Answer>) => {
  let last: Answer;
  do last = await call();
  while (last.status !== 429);
  return last;
};
const dt = (w: World, op: string, body: unknown, token = w.dingtalk) =>
  w.h.call("POST", `/topapi/message/corpconversation/${op}?access_token=${token}`, { body });
const A = DINGTALK_APP.agent_id;

/** How to reach a code without a fault rule, per operation. */
const NATURAL: Record<string, Record<number, Scenario>> = {
  getBatchMessageProgress: {
    230001: (w) => w.h.call("GET", progress("nonsense"), { token: w.token }),
    230006: (w) => w.h.call("GET", progress(w.batch), { token: w.nobot }),
    230012: (w) => w.h.call("GET", progress(w.batch), { token: w.other }),
    230027: (w) => w.h.call("GET", progress(w.batch), { token: w.noscope }),
    230030: (w) => w.h.call("GET", progress(w.oldBatch), { token: w.token }),
    99991661: (w) => w.h.call("GET", progress(w.batch)),
    99991663: (w) => w.h.call("GET", progress(w.batch), { token: "t-unknown" }),
    99991400: (w) => burst(() => w.h.call("GET", progress(w.batch), { token: w.token })),
  },
  getBatchMessageReadUser: {
    230001: (w) => w.h.call("GET", readUser("nonsense"), { token: w.token }),
    230012: (w) => w.h.call("GET", readUser(w.batch), { token: w.other }),
    230027: (w) => w.h.call("GET", readUser(w.batch), { token: w.noscope }),
    230030: (w) => w.h.call("GET", readUser(UNKNOWN_BM), { token: w.token }),
    99991661: (w) => w.h.call("GET", readUser(w.batch)),
    99991663: (w) => w.h.call("GET", readUser(w.batch), { token: "t-unknown" }),
    99991400: (w) => burst(() => w.h.call("GET", readUser(w.batch), { token: w.token })),
  },
  deleteBatchMessage: {
    230001: (w) => w.h.call("DELETE", batch("nonsense"), { token: w.token }),
    230006: (w) => w.h.call("DELETE", batch(w.batch), { token: w.nobot }),
    230009: async (w) => {
      const id = (await send(w, { department_ids: ["sales"] })).body.data.message_id;
      w.h.advance(DAY + 1);
      await refreshTokens(w);
      return w.h.call("DELETE", batch(id), { token: w.token });
    },
    230026: (w) => w.h.call("DELETE", batch(w.batch), { token: w.other }),
    230027: (w) => w.h.call("DELETE", batch(w.batch), { token: w.noscope }),
    230030: (w) => w.h.call("DELETE", batch(w.oldBatch), { token: w.token }),
    99991661: (w) => w.h.call("DELETE", batch(w.batch)),
    99991663: (w) => w.h.call("DELETE", batch(w.batch), { token: "t-unknown" }),
    99991400: (w) => burst(() => w.h.call("DELETE", batch(UNKNOWN_BM), { token: w.token })),
  },
  listMessageReadUsers: {
    230001: (w) => w.h.call("GET", readUsers(w.message, "?page_size=101"), { token: w.token }),
    230002: async (w) => {
      const chat = w.dir.chats.find((c: any) => c.name.startsWith("Product")).chat_id;
      await w.h.control("POST", `/chats/${chat}/bots`, { app_id: "cli_9f0a1b2c3d4e5f60", in_chat: false });
      const answer = await w.h.call("GET", readUsers(w.message), { token: w.token });
      await w.h.control("POST", `/chats/${chat}/bots`, { app_id: "cli_9f0a1b2c3d4e5f60", in_chat: true });
      return answer;
    },
    230006: (w) => w.h.call("GET", readUsers(w.message), { token: w.nobot }),
    230012: (w) => w.h.call("GET", readUsers(w.message), { token: w.other }),
    230013: async (w) => {
      await w.h.control("PATCH", "/apps/cli_9f0a1b2c3d4e5f60", { unavailable: ["contractors", w.dir.users.items[3].user_id] });
      const answer = await w.h.call("GET", readUsers(w.p2p), { token: w.token });
      await w.h.control("PATCH", "/apps/cli_9f0a1b2c3d4e5f60", { unavailable: ["contractors"] });
      return answer;
    },
    230027: (w) => w.h.call("GET", readUsers(w.message, "?user_id_type=user_id"), { token: w.noscope }),
    230033: async (w) => {
      w.h.advance(7 * DAY + 1);
      await refreshTokens(w);
      return w.h.call("GET", readUsers(w.message), { token: w.token });
    },
    230110: async (w) => {
      const id = (await w.h.call("POST", "/open-apis/im/v1/messages?receive_id_type=chat_id", {
        token: w.token,
        body: { receive_id: w.dir.chats[0].chat_id, msg_type: "text", content: '{"text":"x"}' },
      })).body.data.message_id;
      await w.h.call("DELETE", `/open-apis/im/v1/messages/${id}`, { token: w.token });
      return w.h.call("GET", readUsers(id), { token: w.token });
    },
    99991661: (w) => w.h.call("GET", readUsers(w.message)),
    99991663: (w) => w.h.call("GET", readUsers(w.message), { token: "t-unknown" }),
    99991400: (w) => burst(() => w.h.call("GET", readUsers(w.message), { token: w.token })),
  },
  deleteMessage: {
    230001: (w) => w.h.call("DELETE", `/open-apis/im/v1/messages/om_${"7".repeat(32)}`, { token: w.token }),
    230002: async (w) => {
      const chat = w.dir.chats.find((c: any) => c.name.startsWith("Product")).chat_id;
      await w.h.control("POST", `/chats/${chat}/bots`, { app_id: "cli_9f0a1b2c3d4e5f60", in_chat: false });
      const answer = await w.h.call("DELETE", `/open-apis/im/v1/messages/${w.message}`, { token: w.token });
      await w.h.control("POST", `/chats/${chat}/bots`, { app_id: "cli_9f0a1b2c3d4e5f60", in_chat: true });
      return answer;
    },
    230006: (w) => w.h.call("DELETE", `/open-apis/im/v1/messages/${w.message}`, { token: w.nobot }),
    230009: async (w) => {
      w.h.advance(DAY + 1);
      await refreshTokens(w);
      return w.h.call("DELETE", `/open-apis/im/v1/messages/${w.p2p}`, { token: w.token });
    },
    230026: (w) => w.h.call("DELETE", `/open-apis/im/v1/messages/${w.message}`, { token: w.other }),
    99991661: (w) => w.h.call("DELETE", `/open-apis/im/v1/messages/${w.message}`),
    99991663: (w) => w.h.call("DELETE", `/open-apis/im/v1/messages/${w.message}`, { token: "t-unknown" }),
    99991400: (w) => burst(() => w.h.call("DELETE", `/open-apis/im/v1/messages/om_${"7".repeat(32)}`, { token: w.token })),
  },
  getSendProgress: {
    40035: (w) => dt(w, "getsendprogress", { agent_id: A, task_id: w.task + 1 }),
    40014: (w) => dt(w, "getsendprogress", { agent_id: A, task_id: w.task }, "bad"),
    41001: (w) => w.h.call("POST", "/topapi/message/corpconversation/getsendprogress", { body: { agent_id: A, task_id: w.task } }),
  },
  batchSendMessage: {
    10003: (w) => send(w, {}),
    11203: (w) => send(w, { open_ids: ["ou_x"] }, w.noscope),
    11205: (w) => send(w, { open_ids: ["ou_x"] }, w.nobot),
    99991661: (w) => w.h.call("POST", "/open-apis/message/v4/batch_send/", { body: {} }),
  },
  createTenantAccessToken: {
    10003: (w) => w.h.call("POST", "/open-apis/auth/v3/tenant_access_token/internal", { body: { app_id: "x", app_secret: "y" } }),
    10014: (w) => w.h.call("POST", "/open-apis/auth/v3/tenant_access_token/internal", { body: { ...OTHER, app_secret: "no" } }),
  },
  getAccessToken: {
    40096: (w) => w.h.call("GET", "/gettoken?appkey=a&appsecret=b"),
    40035: (w) => w.h.call("GET", "/gettoken?appkey=a"),
  },
  asyncSendV2: {
    40035: (w) => dt(w, "asyncsend_v2", { agent_id: A, msg: { msgtype: "text", text: { content: "x" } } }),
    40056: (w) => dt(w, "asyncsend_v2", { agent_id: 7, to_all_user: true, msg: { msgtype: "text", text: { content: "x" } } }),
  },
  recallWorkNotification: {
    400002: (w) => dt(w, "recall", { agent_id: A, msg_task_id: w.task + 1 }),
  },
};

/** A request the operation would answer with success: a fault rule then turns it into the code. */
const VALID: Record<string, Scenario> = {
  createTenantAccessToken: (w) => w.h.call("POST", "/open-apis/auth/v3/tenant_access_token/internal", { body: OTHER }),
  batchSendMessage: (w) => send(w, { department_ids: ["sales"] }),
  createMessage: (w) =>
    w.h.call("POST", "/open-apis/im/v1/messages?receive_id_type=chat_id", {
      token: w.token,
      body: { receive_id: w.dir.chats[0].chat_id, msg_type: "text", content: '{"text":"x"}' },
    }),
  deleteMessage: (w) => w.h.call("DELETE", `/open-apis/im/v1/messages/${w.message}`, { token: w.token }),
  getBatchMessageProgress: (w) => w.h.call("GET", progress(w.batch), { token: w.token }),
  getBatchMessageReadUser: (w) => w.h.call("GET", readUser(w.batch), { token: w.token }),
  deleteBatchMessage: (w) => w.h.call("DELETE", batch(w.batch), { token: w.token }),
  listMessageReadUsers: (w) => w.h.call("GET", readUsers(w.message), { token: w.token }),
  getAccessToken: (w) => w.h.call("GET", `/gettoken?appkey=${DINGTALK_APP.appkey}&appsecret=${DINGTALK_APP.appsecret}`),
  asyncSendV2: (w) => dt(w, "asyncsend_v2", { agent_id: A, to_all_user: true, msg: { msgtype: "text", text: { content: "x" } } }),
  getSendProgress: (w) => dt(w, "getsendprogress", { agent_id: A, task_id: w.task }),
  getSendResult: (w) => dt(w, "getsendresult", { agent_id: A, task_id: w.task }),
  recallWorkNotification: (w) => dt(w, "recall", { agent_id: A, msg_task_id: w.task }),
};

/** Under `fidelity: live`, where the gateway answers first: the same situations give the gateway's codes. */
function liveNatural(): Record<string, Record<number, Scenario>> {
  const natural = Object.fromEntries(Object.entries(NATURAL).map(([op, codes]) => [op, { ...codes }]));
  for (const op of allOperations().filter((o) => o.operation["x-gateway-scopes"] === true)) {
    const codes = (natural[op.operationId] ??= {});
    if (codes[230027]) {
      codes[99991672] = codes[230027];
      delete codes[230027];
    }
  }
  natural.listMessageReadUsers![99992402] = natural.listMessageReadUsers![230001]!; // page_size=101
  natural.listMessageReadUsers![230001] = (w) => w.h.call("GET", readUsers(w.message, "?page_token=bm9uc2Vuc2U"), { token: w.token });
  natural.createMessage = {
    99992402: (w) =>
      w.h.call("POST", "/open-apis/im/v1/messages", {
        token: w.token,
        body: { receive_id: w.dir.chats[0].chat_id, msg_type: "text", content: '{"text":"x"}' },
      }),
  };
  return natural;
}

const PROFILES = {
  documented: { natural: NATURAL, config: { fidelity: "documented" } },
  // Live, but with the documented texts and DingTalk's plain auth codes (test/fidelity-*.test.ts cover those).
  live: { natural: liveNatural(), config: { fidelity: "live", error_messages: "documented", dingtalk: { auth_errors: "plain" } } },
} as const;

async function world(profile: keyof typeof PROFILES): Promise<World> {
  const config = PROFILES[profile].config;
  const h = harness({ ...config, feishu: { rate_limit: { enabled: true, per_second: 5 } } });
  for (const app of [NOBOT, NOSCOPE, OTHER]) await h.control("POST", "/apps", { vendor: "feishu", ...app });
  await h.control("PATCH", `/apps/${NOBOT.app_id}`, { bot: false });
  // Can send and read messages, but holds neither batch scope nor the user_id field scope.
  await h.control("PATCH", `/apps/${NOSCOPE.app_id}`, { scopes: ["im:message"] });
  const w = { h, dir: await h.directory() } as World;
  await refreshTokens(w);
  w.oldBatch = (await send(w, { department_ids: ["support"] })).body.data.message_id;
  h.advance(31 * DAY);
  await refreshTokens(w);
  w.batch = (await send(w, { department_ids: ["sales"] })).body.data.message_id;
  const chat = w.dir.chats.find((c: any) => c.name.startsWith("Product")).chat_id;
  const msg = (type: string, id: string) =>
    h.call("POST", `/open-apis/im/v1/messages?receive_id_type=${type}`, {
      token: w.token,
      body: { receive_id: id, msg_type: "text", content: '{"text":"x"}' },
    });
  w.message = (await msg("chat_id", chat)).body.data.message_id;
  w.p2p = (await msg("user_id", w.dir.users.items[3].user_id)).body.data.message_id;
  w.task = (await VALID.asyncSendV2!(w)).body.task_id;
  h.advance(1000);
  return w;
}

/** Fresh tokens for every app, after the clock has jumped past their expiry. */
async function refreshTokens(w: World): Promise<void> {
  w.token = await w.h.feishuToken();
  w.nobot = await w.h.feishuToken(NOBOT);
  w.noscope = await w.h.feishuToken(NOSCOPE);
  w.other = await w.h.feishuToken(OTHER);
  w.dingtalk = await w.h.dingtalkToken();
}

/** A catalog message, or for a templated one (99991672) a pattern with its placeholders filled by anything. */
const expectedMsg = (entry: { msg: string; msg_is_template?: boolean }) =>
  entry.msg_is_template
    ? expect.stringMatching(new RegExp(`^${entry.msg.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{[a-z_]+\\?\}/g, ".*")}$`))
    : entry.msg;

describe.each(Object.keys(PROFILES) as (keyof typeof PROFILES)[])("fidelity: %s", (profile) => {
  const NATURAL_HERE = PROFILES[profile].natural;
  const cases = allOperations().flatMap((op) => op.errorCodes.map((entry) => ({ op, entry, natural: NATURAL_HERE[op.operationId]?.[entry.code] })));

  describe.each(allOperations().map((op) => [op.operationId, op] as const))("%s", (_id, op: OperationInfo) => {
    let w: World;
    beforeAll(async () => {
      w = await world(profile);
    });

    it.each(cases.filter((c) => c.op === op).map((c) => [c.entry.code, c.natural ? "naturally" : "by a fault rule", c] as const))(
      "reaches %s %s",
      async (_code, _how, { entry, natural }) => {
        w.h.advance(1000); // a fresh rate-limit window for every case
        let answer: Answer;
        if (natural) {
          answer = await natural(w);
        } else {
          const rule = await w.h.control("POST", "/faults", { operation: op.operationId, error_code: entry.code });
          expect(rule.status).toBe(201);
          answer = await VALID[op.operationId]!(w);
        }
        const body = answer.body;
        expect(answer.status).toBe(entry.http_status);
        expect(op.vendor === "feishu" ? body.code : body.errcode).toBe(entry.code);
        expect(op.vendor === "feishu" ? body.msg : body.errmsg).toEqual(expectedMsg(entry));
      },
    );
  });

  describe("coverage of the five core endpoints", () => {
    it("reaches most of their codes without fault rules", () => {
      const five = cases.filter((c) => FIVE.includes(c.op.operationId));
      const byFault = five.filter((c) => !c.natural).map((c) => `${c.op.operationId}:${c.entry.code}`);
      // Only what no request can cause — the vendors' internal errors — and the other layer's scope/parameter codes.
      const otherLayer =
        profile === "documented"
          ? ["getBatchMessageProgress:99991672", "getBatchMessageReadUser:99991672", "deleteBatchMessage:99991672", "listMessageReadUsers:99991672", "listMessageReadUsers:99992402"]
          : ["getBatchMessageProgress:230027", "getBatchMessageReadUser:230027", "deleteBatchMessage:230027", "listMessageReadUsers:230027"];
      expect(byFault.sort()).toEqual([...otherLayer, "getSendProgress:500", "getSendProgress:88", "getSendProgress:-1"].sort());
    });
  });
});
