// What the contracts send, not only what they accept. A contract that sent `{}` for a body, left a path id out or
// forgot its credentials could still pass against a mock that answers the token check first: so each contract is
// run on its own against a recording mock, and its requests are held to what it means to send. They are ones the
// spec accepts (but for the one refused request a refusal contract is about, refused for exactly that), name the
// ids the target issued or the suite's unknown ones, go to the target's test users, carry the credentials the
// contract means (none, its invalid token, one the target issued), tell the control API exactly what to do, and
// a poll stops once its answer is in.
import { describe, expect, it } from "vitest";
import { CONTRACTS, runContracts, type ContractResult, type Target } from "../contracts/index.js";
import { contentSchemaPointer, SpecValidator, type OperationInfo } from "../spec/index.js";
import { decodeQuery, matchOperation, requestProblems } from "../spec/traffic/index.js";
import { brokenTarget, type Exchange } from "./helpers/broken-mock.js";

const UNKNOWN_BATCH = `bm-${"0".repeat(32)}`;
const UNKNOWN_MESSAGE = `om_${"0".repeat(32)}`;
const UNKNOWN_TASK = 1;
const validator = new SpecValidator();

/** The refusal contracts' one refused request: what the spec says is wrong with it. */
const REFUSED: Record<string, string[]> = {
  "feishu.create_message.receive_id_type-required": ["query parameter receive_id_type is required"],
  "feishu.read_users.page_size-0": ["page_size: (root) must be >= 1"],
  "feishu.read_users.page_size-101": ["page_size: (root) must be <= 100"],
  "feishu.read_users.page_size-abc": ["page_size: (root) must be integer"],
  "feishu.read_users.user_id_type-required": ["query parameter user_id_type is required"],
};

/** The credentials a contract sends on purpose instead of a token the target issued. */
const OWN_CREDENTIALS: Record<string, string | undefined> = {
  "feishu.auth.missing-token": undefined,
  "feishu.auth.invalid-token": "t-g1044invalidcontractsuitetoken0000",
  "dingtalk.auth.invalid-token": "contract-suite-invalid-token",
};

interface Recorded {
  result: ContractResult;
  /** The vendor requests, in order, as the spec reads them. */
  calls: { operationId: string; authenticated: boolean; path: Record<string, string>; query: Record<string, unknown>; body: any; credential?: string; answer: any; problems: string[] }[];
  /** The control API requests (/__mock/…). */
  control: { method: string; path: string; body: any }[];
}

/**
 * What is wrong with a body's JSON-string `content` for its `msg_type` (the spec's contentSchema, which a schema
 * validator leaves to the endpoint: the mock parses and checks it, answering 230001). A refusal contract's message
 * must be wrong for its one reason only, so that the mock refuses it for that reason and no other.
 */
function contentProblems(op: OperationInfo, body: any): string[] {
  const pointer = op.requestBody?.content["application/json"]?.schemaPointer;
  if (!pointer || typeof body?.content !== "string") return [];
  const at = contentSchemaPointer(op.vendor, pointer, "content", "msg_type", body.msg_type);
  if (!at) return [];
  let content: unknown;
  try {
    content = JSON.parse(body.content);
  } catch {
    return ["content is not JSON"];
  }
  const check = validator.validateAt(op.vendor, at, content);
  return check.valid ? [] : [`content of a ${body.msg_type} message: ${check.errors.join("; ")}`];
}

function recorder() {
  let log: Exchange[] = [];
  const breakage = (exchange: Exchange) => void log.push(exchange);
  const take = (result: ContractResult): Recorded => {
    const recorded: Recorded = { result, calls: [], control: [] };
    for (const e of log) {
      if (e.path.startsWith("/__mock/")) {
        recorded.control.push({ method: e.method, path: e.path.slice("/__mock".length), body: e.request });
        continue;
      }
      const match = matchOperation(e.method, e.path);
      if (!match) throw new Error(`the suite called ${e.method} ${e.path}, which is no operation of the spec`);
      const { op, path } = match;
      const query = decodeQuery(op, e.url.searchParams);
      const credential = op.vendor === "feishu" ? e.headers.get("authorization") ?? undefined : e.url.searchParams.get("access_token") ?? undefined;
      recorded.calls.push({
        operationId: op.operationId,
        authenticated: op.authenticated,
        path,
        query,
        body: e.request,
        credential,
        answer: e.body,
        problems: [...requestProblems(op, { path, query, body: e.request }, validator), ...contentProblems(op, e.request)],
      });
    }
    log = [];
    return recorded;
  };
  return { breakage, take, reset: () => void (log = []) };
}

/** Runs the named contracts, each on its own (its own session), in the suite's order, against one recording mock. */
async function recordEach(config: Record<string, unknown> | undefined, only: string[]): Promise<{ target: Target; byId: Map<string, Recorded> }> {
  const rec = recorder();
  const target = await brokenTarget(rec.breakage, config);
  rec.reset(); // the target's own set-up requests
  const byId = new Map<string, Recorded>();
  for (const contract of CONTRACTS.filter((c) => only.includes(c.id))) {
    const [result] = await runContracts(target, [contract]);
    byId.set(contract.id, rec.take(result!));
  }
  return { target, byId };
}

// Each test records its own contracts (not in a beforeAll): what a test runs is what it covers, so a mutation run
// (scripts/mutation.ts, --ignore-static) runs these tests against the mutants of the contracts they record.
const record = async (id: string, config?: Record<string, unknown>) => {
  const { target, byId } = await recordEach(config, [id]);
  return { target, ...byId.get(id)! };
};

/** The tokens the target issued in a recording (the Authorization value for Feishu, the access_token for DingTalk). */
const issuedIn = (calls: Recorded["calls"]) =>
  new Set(
    calls.flatMap((c) =>
      c.operationId === "createTenantAccessToken" && c.answer?.code === 0
        ? [`Bearer ${c.answer.tenant_access_token}`]
        : c.operationId === "getAccessToken" && c.answer?.errcode === 0
          ? [c.answer.access_token as string]
          : [],
    ),
  );

describe("the requests each contract sends", () => {
  it.each(CONTRACTS.map((c) => c.id))("%s: spec-valid (but the one it means refused), naming the target's ids, with the credentials it means", async (id) => {
    const { result, calls, target } = await record(id);
    expect(result.status, result.detail).toBe("passed");
    // The spec's view of each request: nothing wrong with it, but for a refusal contract's one refused request.
    expect(calls.flatMap((c) => c.problems)).toEqual(REFUSED[id] ?? []);
    // The ids it names: the suite's unknown ones, or ones the target issued to it earlier in the run.
    const named: string[] = [];
    const known = new Set<string>([UNKNOWN_BATCH, UNKNOWN_MESSAGE, String(UNKNOWN_TASK)]);
    for (const call of calls) {
      for (const value of [call.path.batch_message_id, call.path.message_id, call.body?.task_id, call.body?.msg_task_id]) {
        if (value !== undefined) named.push(String(value));
      }
      if (call.operationId === "batchSendMessage" || call.operationId === "createMessage") known.add(call.answer?.data?.message_id);
      if (call.operationId === "asyncSendV2") known.add(String(call.answer?.task_id));
    }
    expect(named.filter((v) => !known.has(v))).toEqual([]);
    // What it sends goes to the target's test users and chat.
    for (const send of calls) {
      if (send.operationId === "batchSendMessage") expect(send.body.open_ids).toEqual(target.feishu!.openIds);
      if (send.operationId === "createMessage") expect(send.body.receive_id).toBe(target.feishu!.chatId);
      if (send.operationId === "asyncSendV2") {
        expect(send.body.userid_list).toBe(target.dingtalk!.userIds.join(","));
        expect(send.body.agent_id).toBe(target.dingtalk!.agentId);
      }
    }
    // Its credentials: none, or its own invalid token, where that is the point; else a token the target issued.
    const authenticated = calls.filter((c) => c.authenticated);
    if (id in OWN_CREDENTIALS) {
      const want = OWN_CREDENTIALS[id];
      // Feishu's missing token is no Authorization header at all (not an empty Bearer); an invalid one is sent as is.
      const sent = id.startsWith("feishu.") && want !== undefined ? `Bearer ${want}` : want;
      expect(authenticated.map((c) => c.credential)).toEqual([sent]);
    } else {
      const issued = issuedIn(calls);
      expect(authenticated.map((c) => c.credential).filter((c) => c === undefined || !issued.has(c))).toEqual([]);
    }
  });

  it("sends the 24-hour window contract's own notification, then asks about it", async () => {
    const { calls } = await record("mock.dingtalk.window");
    expect(calls.map((c) => c.operationId)).toEqual(["getAccessToken", "asyncSendV2", "getSendProgress"]);
    expect(calls[1]!.body.msg).toEqual({ msgtype: "text", text: { content: "window" } });
    expect(calls[2]!.body).toEqual({ agent_id: calls[1]!.body.agent_id, task_id: calls[1]!.answer.task_id });
  });

  it.each([
    ["feishu.auth.token-refresh", { vendor: "feishu", app: "cli_9f0a1b2c3d4e5f60" }, "getBatchMessageReadUser"],
    ["dingtalk.auth.token-refresh", { vendor: "dingtalk", app: "dingmockappkey000001" }, "getSendProgress"],
  ] as const)("%s expires the suite's own app's tokens only, then calls with the stale one and with a renewed one", async (id, expire, operationId) => {
    const { control, calls, target } = await record(id);
    expect(id === "feishu.auth.token-refresh" ? target.feishu!.appId : target.dingtalk!.appKey).toBe(expire.app);
    expect(control.filter((c) => c.path === "/tokens/expire")).toEqual([{ method: "POST", path: "/tokens/expire", body: expire }]);
    const reads = calls.filter((c) => c.operationId === operationId).map((c) => c.credential);
    // The contract's stale call, the client's own try with the same token (refused), then the renewed token.
    expect(reads).toHaveLength(3);
    expect(reads[0]).toBe(reads[1]);
    expect(reads[2]).not.toBe(reads[0]);
  });

  it("makes its app without the batch scopes through the control API, asks with that app's token, and removes it", async () => {
    const { control, calls } = await record("feishu.gateway.missing-scope");
    const app = { vendor: "feishu", app_id: "cli_c0ntract0n0sc0pe", app_secret: "contract-suite-no-scope", scopes: ["im:message"] };
    expect(control.filter((c) => c.path.startsWith("/apps"))).toEqual([
      { method: "POST", path: "/apps", body: app },
      { method: "DELETE", path: `/apps/${app.app_id}`, body: undefined },
    ]);
    const [token, call] = calls;
    expect(token!.body).toEqual({ app_id: app.app_id, app_secret: app.app_secret });
    expect(call!.credential).toBe(`Bearer ${token!.answer.tenant_access_token}`);
  });

  it.each(["open_id", "union_id", "user_id"])("feishu.read_users.paging-%s polls the first page until readers arrive (has_more), and no further", async (type) => {
    const { calls } = await record(`feishu.read_users.paging-${type}`);
    const more = calls.filter((c) => c.operationId === "listMessageReadUsers" && c.query.page_token === undefined).map((c) => c.answer.data.has_more);
    expect(more.length).toBeGreaterThan(1);
    expect(more.indexOf(true)).toBe(more.length - 1);
  });

  it("feishu.batch.progress polls until three samples in a row agree on a scheduled batch's success count, and no further", async () => {
    const { calls } = await record("feishu.batch.progress");
    // A sample: get_progress, read_user, get_progress; what the poll looks at is its second get_progress.
    const progress = calls.filter((c) => c.operationId === "getBatchMessageProgress").map((c) => c.answer.data.batch_message_send_progress);
    expect(calls.filter((c) => c.operationId === "getBatchMessageReadUser")).toHaveLength(progress.length / 2);
    const after = progress.filter((_, i) => i % 2 === 1);
    const settled = (i: number) => i >= 2 && [after[i - 2]!, after[i - 1]!].every((p) => p.valid_user_ids_count > 0 && p.success_user_ids_count === after[i]!.success_user_ids_count) && after[i]!.valid_user_ids_count > 0;
    expect(after.length).toBeGreaterThan(3);
    expect(after.map((_, i) => settled(i)).indexOf(true)).toBe(after.length - 1);
  });

  it("feishu.batch.recall polls until recall_count has caught up with what was delivered, and no further", async () => {
    // After the progress contract, as in the suite: the batch is delivered when it is recalled.
    const rec = recorder();
    const target = await brokenTarget(rec.breakage);
    rec.reset();
    const results = await runContracts(target, CONTRACTS.filter((c) => c.id === "feishu.batch.progress" || c.id === "feishu.batch.recall"));
    expect(results.map((r) => r.status)).toEqual(["passed", "passed"]);
    const { calls } = rec.take(results[1]!);
    const recall = calls.findIndex((c) => c.operationId === "deleteBatchMessage");
    const progress = (c: Recorded["calls"][number]) => ({ ...c.answer.data.batch_message_send_progress, ...c.answer.data.batch_message_recall_progress });
    const before = progress(calls[recall - 1]!);
    const after = calls.slice(recall + 1).filter((c) => c.operationId === "getBatchMessageProgress").map(progress);
    const caughtUp = after.map((p) => p.recall_count >= p.success_user_ids_count && p.success_user_ids_count >= before.success_user_ids_count);
    expect(before.success_user_ids_count).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(1);
    expect(caughtUp.indexOf(true)).toBe(after.length - 1);
  });

  it("polls a DingTalk task's progress until it is done, and no further", async () => {
    const { calls } = await record("dingtalk.getsendprogress.progress");
    const statuses = calls.filter((c) => c.operationId === "getSendProgress").map((c) => c.answer.progress.status);
    expect(statuses.length).toBeGreaterThan(1);
    expect(statuses.indexOf(2)).toBe(statuses.length - 1);
  });
});

describe("the not-yet-scheduled contract", () => {
  it.each([false, true])("freezes the clock for the moment of sending, and leaves it as it found it (frozen: %s)", async (frozen) => {
    const { byId } = await recordEach({ time: { frozen, start: "2026-03-02T01:00:00.000Z" } }, ["mock.feishu.not-yet-scheduled"]);
    const recorded = byId.get("mock.feishu.not-yet-scheduled")!;
    expect(recorded.result.status).toBe("passed");
    const freezes = recorded.control.filter((c) => c.method === "POST" && c.path === "/clock" && "freeze" in (c.body ?? {})).map((c) => c.body);
    expect(freezes).toEqual([{ freeze: true }, { freeze: frozen }]);
    // …and recalls the batch it sent.
    const sent = recorded.calls.find((c) => c.operationId === "batchSendMessage")!.answer.data.message_id;
    expect(recorded.calls.filter((c) => c.operationId === "deleteBatchMessage").map((c) => c.path.batch_message_id)).toEqual([sent]);
  });
});
