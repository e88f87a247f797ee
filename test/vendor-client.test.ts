// The suite's vendor client on its own, against the in-process mock with a fetch in between that drops, refuses
// or rewrites chosen requests: bounded retries with a doubling backoff, the rate-limit wait the header asks for,
// one token renewal on a stale-token answer (and none otherwise), the requests it builds, and every answer
// checked against the spec (schema, error catalog, invariants) with unknown fields reported as drift.
import { describe, expect, it } from "vitest";
import { ContractViolation, mockTarget, VendorClient, type Target } from "../contracts/index.js";
import { createMockApp } from "../mock-server/index.js";

const UNKNOWN_BATCH = `bm-${"0".repeat(32)}`;
/** Answers a request instead of the mock (or rewrites the mock's answer): undefined lets it through. */
type Intercept = (url: URL, init: RequestInit, forward: () => Promise<Response>) => Promise<Response> | undefined;

interface Sent {
  url: URL;
  init: RequestInit;
}

async function harness(options: { intercept?: Intercept; fidelity?: "live" | "documented"; policy?: Record<string, number> } = {}) {
  const mock = createMockApp({ config: { time: { frozen: true, start: "2026-03-02T01:00:00.000Z" }, ...(options.fidelity && { fidelity: options.fidelity }) } });
  const sent: Sent[] = [];
  const fetch = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const forward = () => mock.fetch(input as string, init) as Promise<Response>;
    if (url.pathname.startsWith("/__mock") || url.pathname === "/") return forward();
    sent.push({ url, init });
    return (options.intercept?.(url, init, forward) ?? forward()) as Promise<Response>;
  }) as typeof globalThis.fetch;
  const target: Target = await mockTarget({ name: "client test", baseUrl: "http://mock.test", fetch, driveClock: true, policy: { retryBackoffMs: 100, ...options.policy } });
  const sleeps: number[] = [];
  const { now, sleep } = target.clock;
  target.clock = { now, sleep: (ms) => (sleeps.push(ms), sleep(ms)) };
  const drift: [string, string[]][] = [];
  const client = (vendor: "feishu" | "dingtalk") => new VendorClient(vendor, target, { drift: (op, fields) => drift.push([op, fields]) });
  const count = (pathEnd: string) => sent.filter((s) => s.url.pathname.endsWith(pathEnd)).length;
  return { target, sent, sleeps, drift, count, feishu: client("feishu"), dingtalk: client("dingtalk") };
}

/** The first `times` requests whose path ends so are answered by `answer` instead. */
function onPath(pathEnd: string, times: number, answer: (forward: () => Promise<Response>, url: URL, init: RequestInit) => Promise<Response>): Intercept {
  let left = times;
  return (url, init, forward) => (url.pathname.endsWith(pathEnd) && left-- > 0 ? answer(forward, url, init) : undefined);
}

const drop = async (): Promise<Response> => {
  throw new TypeError("fetch failed");
};
const status = (code: number) => async () => new Response("upstream trouble", { status: code });
/** The mock's answer with its JSON body (and headers) rewritten. */
const rewrite = (edit: (body: any, headers: Headers) => unknown) => async (forward: () => Promise<Response>) => {
  const answer = await forward();
  const headers = new Headers(answer.headers);
  const body = edit(await answer.json(), headers);
  return new Response(typeof body === "string" ? body : JSON.stringify(body), { status: answer.status, headers });
};
const progressOfUnknown = (client: VendorClient) => client.call("getBatchMessageProgress", { path: { batch_message_id: UNKNOWN_BATCH } });

describe("the vendor client's retries", () => {
  it("retries a dropped connection with a doubling backoff, then answers", async () => {
    const h = await harness({ intercept: onPath("/get_progress", 2, drop) });
    expect((await progressOfUnknown(h.feishu)).body.code).toBe(230030);
    expect(h.sleeps).toEqual([100, 200]);
    expect(h.feishu.calls.get("getBatchMessageProgress")).toBe(3);
  });

  it("gives up on a connection that never answers after maxRetries, with the cause", async () => {
    const h = await harness({ intercept: onPath("/get_progress", 100, drop) });
    await expect(progressOfUnknown(h.feishu)).rejects.toThrow("getBatchMessageProgress: no answer after 3 retries (TypeError: fetch failed)");
    expect(h.sleeps).toEqual([100, 200, 400]);
    expect(h.count("/get_progress")).toBe(4);
  });

  it("retries HTTP 500 and above the same way, and gives up with the status", async () => {
    const h = await harness({ intercept: onPath("/get_progress", 100, status(500)), policy: { retryBackoffMs: 30 } });
    await expect(progressOfUnknown(h.feishu)).rejects.toThrow("getBatchMessageProgress: HTTP 500 after 3 retries");
    expect(h.sleeps).toEqual([30, 60, 120]);
    expect(h.count("/get_progress")).toBe(4);
    const once = await harness({ intercept: onPath("/get_progress", 1, status(503)) });
    expect((await progressOfUnknown(once.feishu)).status).toBe(400);
    expect(once.sleeps).toEqual([100]);
  });

  it("answers a 4xx at once, without a retry", async () => {
    const h = await harness();
    const answer = await progressOfUnknown(h.feishu);
    expect([answer.status, answer.body.code, answer.operationId]).toEqual([400, 230030, "getBatchMessageProgress"]);
    expect(answer.headers.get("content-type")).toMatch(/json/);
    expect(h.sleeps).toEqual([]);
    expect(h.count("/get_progress")).toBe(1);
  });
});

describe("the vendor client's rate-limit wait", () => {
  it("waits the seconds x-ogw-ratelimit-reset gives, then answers", async () => {
    const h = await harness({
      intercept: onPath("/get_progress", 2, rewrite((_body, headers) => (headers.set("x-ogw-ratelimit-reset", "3"), rateLimited))),
    });
    expect((await progressOfUnknown(h.feishu)).body.code).toBe(230030);
    expect(h.sleeps).toEqual([3000, 3000]);
  });

  it.each([
    ["no header", null],
    ["a reset of 0", "0"],
    ["a reset that is not a number", "soon"],
  ])("waits one second for %s", async (_what, reset) => {
    const h = await harness({
      intercept: onPath("/get_progress", 1, rewrite((_body, headers) => (reset === null ? headers.delete("x-ogw-ratelimit-reset") : headers.set("x-ogw-ratelimit-reset", reset), rateLimited))),
    });
    expect((await progressOfUnknown(h.feishu)).body.code).toBe(230030);
    expect(h.sleeps).toEqual([1000]);
  });

  it("stops waiting after maxRateLimitWaits and hands the 99991400 on", async () => {
    const h = await harness({ intercept: onPath("/get_progress", 100, rewrite((_body, headers) => (headers.set("x-ogw-ratelimit-reset", "2"), rateLimited))) });
    const answer = await progressOfUnknown(h.feishu);
    expect(answer.body.code).toBe(99991400);
    expect(h.sleeps).toEqual([2000, 2000, 2000, 2000, 2000]);
    expect(h.count("/get_progress")).toBe(6);
  });

  it("checks a 99991400 against the spec before it waits", async () => {
    const h = await harness({ intercept: onPath("/get_progress", 1, rewrite(() => ({ ...rateLimited, code: "99991400" }))) });
    await expect(progressOfUnknown(h.feishu)).rejects.toThrow(ContractViolation);
    expect(h.sleeps).toEqual([]);
  });
});

// A Feishu 99991400 as the spec documents it (the mock's get_progress answer is replaced by it).
const rateLimited = { code: 99991400, msg: "request trigger frequency limit", error: { log_id: "20260302010000RATELIMITED000000" } };

describe("the vendor client's token", () => {
  it("fetches one token and keeps it while it is good", async () => {
    const h = await harness();
    await progressOfUnknown(h.feishu);
    await progressOfUnknown(h.feishu);
    expect(h.count("/tenant_access_token/internal")).toBe(1);
    expect(h.sent.at(-1)!.init.headers).toMatchObject({ authorization: `Bearer ${await h.feishu.accessToken()}` });
  });

  it.each(["live", "documented"] as const)("renews a stale token once and goes on (Feishu and DingTalk, fidelity %s)", async (fidelity) => {
    const stale: number[] = [];
    const h = await harness({
      fidelity,
      intercept: (url, _init, forward) =>
        url.pathname.endsWith("/getsendprogress") ? forward().then(async (r) => (stale.push(((await r.clone().json()) as { errcode: number }).errcode), r)) : undefined,
    });
    const feishuBefore = await h.feishu.accessToken();
    const dingtalkBefore = await h.dingtalk.accessToken();
    await h.target.control!("POST", "/tokens/expire", { vendor: "feishu", app: h.target.feishu!.appId });
    await h.target.control!("POST", "/tokens/expire", { vendor: "dingtalk", app: h.target.dingtalk!.appKey });
    expect((await h.feishu.call("getBatchMessageReadUser", { path: { batch_message_id: UNKNOWN_BATCH } })).body.code).toBe(230030);
    const body = { agent_id: h.target.dingtalk!.agentId, task_id: 1 };
    expect((await h.dingtalk.call("getSendProgress", { auth: "default", body })).body.errcode).toBe(40035);
    expect(await h.feishu.accessToken()).not.toBe(feishuBefore);
    expect(await h.dingtalk.accessToken()).not.toBe(dingtalkBefore);
    expect([h.count("/tenant_access_token/internal"), h.count("/gettoken"), h.count("/read_user"), h.count("/getsendprogress")]).toEqual([2, 2, 2, 2]);
    // The live profile wraps the stale token as the topapi does (88, sub_code 40014); the documented one does not.
    expect(stale).toEqual([fidelity === "live" ? 88 : 40014, 40035]);
  });

  it("renews at most once per call, and never a token it was handed", async () => {
    const h = await harness({ intercept: onPath("/read_user", 100, rewrite(() => staleFeishu)) });
    const call = (auth?: string) => h.feishu.call("getBatchMessageReadUser", { path: { batch_message_id: UNKNOWN_BATCH }, ...(auth && { auth }) });
    expect((await call()).body.code).toBe(99991663);
    expect([h.count("/tenant_access_token/internal"), h.count("/read_user")]).toEqual([2, 2]);
    expect((await call("t-handed")).body.code).toBe(99991663);
    expect([h.count("/tenant_access_token/internal"), h.count("/read_user")]).toEqual([2, 3]);
  });

  it.each([
    ["Feishu 99991661 (no token)", "feishu", { code: 99991661, msg: "Missing access token for authorization. Please make a request with token attached.", error: { log_id: "20260302010000NOTOKEN0000000000" } }],
    ["DingTalk 40035 carrying sub_code 40014", "dingtalk", { errcode: 40035, errmsg: "不合法的参数", sub_code: "40014", request_id: "brokenmock" }],
    ["DingTalk 88 with another sub_code", "dingtalk", { errcode: 88, errmsg: "ding talk error[subcode=40000,submsg=access_token is blank]", sub_code: "40000", sub_msg: "access_token is blank", request_id: "brokenmock" }],
  ] as const)("keeps its token on an error that is not a stale token: %s", async (_what, vendor, answer) => {
    const pathEnd = vendor === "feishu" ? "/get_progress" : "/getsendprogress";
    const h = await harness({ intercept: onPath(pathEnd, 1, rewrite(() => answer)) });
    const client = h[vendor];
    const got = vendor === "feishu" ? await progressOfUnknown(client) : await client.call("getSendProgress", { body: { agent_id: h.target.dingtalk!.agentId, task_id: 1 } });
    expect(got.body).toEqual(answer);
    expect(h.count(vendor === "feishu" ? "/tenant_access_token/internal" : "/gettoken")).toBe(1);
    expect(h.count(pathEnd)).toBe(1);
  });

  it("reports a refused token, and fetches again on the next call", async () => {
    const h = await harness();
    const secrets = [h.target.feishu!.appSecret, h.target.dingtalk!.appSecret];
    h.target.feishu!.appSecret = "wrong";
    h.target.dingtalk!.appSecret = "wrong";
    await expect(h.feishu.accessToken()).rejects.toThrow(/^Feishu token refused: 10014 /);
    await expect(h.dingtalk.accessToken()).rejects.toThrow(/^DingTalk gettoken refused: 40096 /);
    [h.target.feishu!.appSecret, h.target.dingtalk!.appSecret] = secrets as [string, string];
    expect(await h.feishu.accessToken()).toMatch(/^t-/);
    expect(typeof (await h.dingtalk.accessToken())).toBe("string");
    expect([h.count("/tenant_access_token/internal"), h.count("/gettoken")]).toEqual([2, 2]);
  });
});

const staleFeishu = { code: 99991663, msg: "Invalid access token for authorization. Please make a request with token attached.", error: { log_id: "20260302010000STALETOKEN00000000" } };

describe("the requests the vendor client builds", () => {
  it("puts path and query parameters, bodies and credentials where each vendor wants them", async () => {
    const h = await harness();
    await h.feishu.call("getBatchMessageProgress", { path: { batch_message_id: "bm-a/b c" } }).catch(() => undefined);
    const progress = h.sent.at(-1)!;
    expect(progress.url.pathname).toMatch(/\/batch_messages?\/bm-a%2Fb%20c\/get_progress$/);
    expect(progress.init).toStrictEqual({ method: "GET", headers: { authorization: `Bearer ${await h.feishu.accessToken()}` } });

    await h.feishu.call("listMessageReadUsers", { path: { message_id: "om_x" }, query: { user_id_type: "open_id", page_size: 5 }, auth: "t-given" }).catch(() => undefined);
    const receipts = h.sent.at(-1)!;
    expect(Object.fromEntries(receipts.url.searchParams)).toEqual({ user_id_type: "open_id", page_size: "5" });
    expect(receipts.init.headers).toEqual({ authorization: "Bearer t-given" });

    await h.feishu.call("getBatchMessageProgress", { path: { batch_message_id: UNKNOWN_BATCH }, auth: "none" });
    expect(h.sent.at(-1)!.init.headers).toEqual({});

    const body = { agent_id: h.target.dingtalk!.agentId, task_id: 1 };
    await h.dingtalk.call("getSendProgress", { body });
    const json = h.sent.at(-1)!;
    expect(json.url.searchParams.get("access_token")).toBe(await h.dingtalk.accessToken());
    expect(json.init).toEqual({ method: "POST", headers: { "content-type": "application/json; charset=utf-8" }, body: JSON.stringify(body) });

    await h.dingtalk.call("getSendProgress", { form: body }).catch(() => undefined);
    expect(h.sent.at(-1)!.init).toMatchObject({ headers: { "content-type": "application/x-www-form-urlencoded;charset=utf-8" }, body: "agent_id=1000000001&task_id=1" });

    const token = h.sent.find((s) => s.url.pathname.endsWith("/gettoken"))!;
    expect(Object.fromEntries(token.url.searchParams)).toEqual({ appkey: h.target.dingtalk!.appKey, appsecret: h.target.dingtalk!.appSecret });
    expect(h.feishu.calls.get("getBatchMessageProgress")).toBe(2);
  });

  it("sends each vendor's calls to its own base URL", async () => {
    const h = await harness();
    h.target.dingtalkUrl = "http://dingtalk.test";
    await progressOfUnknown(h.feishu);
    await h.dingtalk.call("getSendProgress", { body: { agent_id: h.target.dingtalk!.agentId, task_id: 1 } });
    expect([...new Set(h.sent.map((s) => s.url.host))]).toEqual(["mock.test", "dingtalk.test"]);
    expect(h.sent.filter((s) => s.url.host === "dingtalk.test").map((s) => s.url.pathname)).toEqual(["/gettoken", "/topapi/message/corpconversation/getsendprogress"]);
  });

  it("refuses an operation of the other vendor", async () => {
    const h = await harness();
    await expect(h.feishu.call("getSendProgress")).rejects.toThrow("getSendProgress is not a feishu operation");
    expect(h.sent).toEqual([]);
  });
});

describe("the vendor client's checks of every answer", () => {
  const cases: [string, ReturnType<typeof rewrite>, string | RegExp][] = [
    ["a body that is not JSON", async () => new Response(`not json ${"x".repeat(300)}`, { status: 200 }), `getBatchMessageProgress answered HTTP 200 with a body that is not JSON: not json ${"x".repeat(191)}`],
    ["a code the operation does not document", rewrite((body) => ({ ...body, code: 230031 })), "getBatchMessageProgress answered code 230031, which the spec does not document for it"],
    ["a body against the schema", rewrite((body) => ({ ...body, code: "230030", msg: 5 })), /^getBatchMessageProgress HTTP 400 does not match the spec: .+; /],
    ["a JSON null", async () => new Response("null", { status: 400 }), /^getBatchMessageProgress HTTP 400 does not match the spec: /],
  ];
  it.each(cases)("refuses %s", async (_what, answer, message) => {
    const h = await harness({ intercept: onPath("/get_progress", 1, answer) });
    const error = (await progressOfUnknown(h.feishu).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(ContractViolation);
    expect(error.name).toBe("ContractViolation");
    if (typeof message === "string") expect(error.message).toBe(message);
    else expect(error.message).toMatch(message);
  });

  it("refuses a DingTalk answer of JSON null", async () => {
    const body = { agent_id: 1000000001, task_id: 1 };
    const nulls = await harness({ intercept: onPath("/getsendprogress", 1, async () => new Response("null", { status: 200 })) });
    await expect(nulls.dingtalk.call("getSendProgress", { body })).rejects.toThrow(/^getSendProgress HTTP 200 does not match the spec: /);
  });

  it("refuses a successful answer that breaks a per-answer invariant, and reports unknown fields as drift", async () => {
    let edit: ((body: any) => unknown) | undefined;
    const h = await harness({ intercept: (url, _init, forward) => (url.pathname.endsWith("/get_progress") && edit ? rewrite(edit)(forward) : undefined) });
    const sent = await h.feishu.call("batchSendMessage", { body: { msg_type: "text", content: { text: "x" }, open_ids: h.target.feishu!.openIds } });
    await h.target.clock.sleep(120_000);
    const call = () => h.feishu.call("getBatchMessageProgress", { path: { batch_message_id: sent.body.data.message_id } });
    expect((await call()).body.code).toBe(0);
    expect(h.drift).toEqual([]);
    edit = (body) => ({ ...body, data: { ...body.data, surprise: 1 } });
    expect((await call()).body.data.surprise).toBe(1);
    expect(h.drift).toEqual([["getBatchMessageProgress", [expect.stringContaining("surprise")]]]);
    edit = (body) => {
      const send = body.data.batch_message_send_progress;
      Object.assign(send, { success_user_ids_count: send.valid_user_ids_count + 1, read_user_ids_count: send.valid_user_ids_count + 2 });
      return body;
    };
    const error = (await call().catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(ContractViolation);
    // Both broken rules, each named.
    expect(error.message).toMatch(/^getBatchMessageProgress: ordered: [^;]+; ordered: /);
  });
});
