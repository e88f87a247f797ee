// DingTalk work notifications on the mock: tokens, asyncsend_v2, progress 0 → 1 → 2, result, recall, refusals.
import { beforeEach, describe, expect, it } from "vitest";
import { DINGTALK_APP, harness, HOUR, type Harness } from "./helpers/mock-harness.js";

const CC = "/topapi/message/corpconversation";
const OTHER = { appkey: "dingotherappkey00002", appsecret: "other-secret", agent_id: 2000000002 };

let h: Harness;
let token: string;
let dir: any;

const post = (op: string, body: unknown, as = token) => h.call("POST", `${CC}/${op}?access_token=${as}`, { body });
const form = (op: string, fields: Record<string, string | number>, as = token) =>
  h.call("POST", `${CC}/${op}?access_token=${as}`, {
    raw: { text: new URLSearchParams(Object.entries(fields).map(([k, v]): [string, string] => [k, String(v)])).toString(), contentType: "application/x-www-form-urlencoded;charset=utf-8" },
  });
const text = { msgtype: "text", text: { content: "Please submit the daily report." } };

async function sendTask(body: Record<string, unknown> = {}, as = token): Promise<number> {
  const answer = await post("asyncsend_v2", { agent_id: DINGTALK_APP.agent_id, dept_id_list: "100001", msg: text, ...body }, as);
  expect(answer.body.errcode, JSON.stringify(answer.body)).toBe(0);
  return answer.body.task_id;
}

beforeEach(async () => {
  h = harness();
  token = await h.dingtalkToken();
  dir = await h.directory();
});

describe("gettoken", () => {
  it("returns the same token while valid (renewing it), a new one after expiry", async () => {
    const first = await h.call("GET", `/gettoken?appkey=${DINGTALK_APP.appkey}&appsecret=${DINGTALK_APP.appsecret}`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ errcode: 0, errmsg: "ok", expires_in: 7200 });
    h.advance(HOUR);
    expect(await h.dingtalkToken()).toBe(first.body.access_token);
    h.advance(2 * HOUR - 1); // renewed an hour ago: still valid
    expect((await post("getsendprogress", { agent_id: DINGTALK_APP.agent_id, task_id: 1 })).body.errcode).toBe(40035);
    h.advance(2 * HOUR);
    expect((await post("getsendprogress", { agent_id: DINGTALK_APP.agent_id, task_id: 1 })).body.errcode).toBe(40014);
    expect(await h.dingtalkToken()).not.toBe(first.body.access_token);
  });

  it.each([
    ["a wrong secret", `appkey=${DINGTALK_APP.appkey}&appsecret=nope`, 40096],
    ["an unknown appkey", "appkey=nobody&appsecret=nope", 40096],
    ["a missing appsecret", `appkey=${DINGTALK_APP.appkey}`, 40035],
  ])("answers %s with HTTP 200 and errcode %s", async (_case, query, errcode) => {
    const answer = await h.call("GET", `/gettoken?${query}`);
    expect(answer.status).toBe(200);
    expect(answer.body.errcode).toBe(errcode);
  });

  it("answers bad credentials with the documented 40089 when configured to", async () => {
    h = harness({ dingtalk: { bad_credentials_code: 40089 } });
    expect((await h.call("GET", "/gettoken?appkey=x&appsecret=y")).body.errcode).toBe(40089);
  });
});

describe("authentication", () => {
  it("answers a missing token 41001 and a bad one 40014 (HTTP 200)", async () => {
    const missing = await h.call("POST", `${CC}/getsendprogress`, { body: { agent_id: 1, task_id: 1 } });
    expect(missing.status).toBe(200);
    expect(missing.body.errcode).toBe(41001);
    expect((await post("getsendprogress", { agent_id: 1, task_id: 1 }, "bad")).body).toMatchObject({ errcode: 40014, errmsg: "Invalid access_token" });
    const feishu = await h.feishuToken();
    expect((await post("getsendprogress", { agent_id: 1, task_id: 1 }, feishu)).body.errcode).toBe(40014);
  });

  it("says why a token is refused: none, unknown, a Feishu one, expired, replaced by a newer one", async () => {
    const reason = async (query: string) => {
      const answer = await h.call("POST", `${CC}/getsendprogress${query}`, { body: { agent_id: 1, task_id: 1 } });
      expect(answer.body.errcode).toBe(query ? 40014 : 41001);
      return answer.headers.get("x-mock-error-reason");
    };
    expect(await reason("")).toBe("no access_token in the query string (GET /gettoken gives one)");
    expect(await reason("?access_token=bad")).toMatch(/^no such access_token was issued by this mock \(.*replaced by a newer one/);
    expect(await reason(`?access_token=${await h.feishuToken()}`)).toBe("this is a Feishu tenant_access_token, not a DingTalk access_token");
    h.advance(2 * HOUR + 1);
    expect(await reason(`?access_token=${token}`)).toMatch(/^the token expired at /);
    await h.dingtalkToken();
    expect(await reason(`?access_token=${token}`)).toMatch(/^no such access_token was issued by this mock/);
  });

  it("lets a fault rule name the app: its live tokens' calls hit it, another app's and an expired token's do not", async () => {
    await h.control("POST", "/apps", { vendor: "dingtalk", ...OTHER });
    const other = await h.dingtalkToken(OTHER);
    expect((await h.control("POST", "/faults", { app: DINGTALK_APP.appkey, operation: "getSendProgress", error_code: -1, count: 100 })).status).toBe(201);
    const progress = async (as: string, agentId = DINGTALK_APP.agent_id) => (await post("getsendprogress", { agent_id: agentId, task_id: 1 }, as)).body.errcode;
    expect(await progress(token)).toBe(-1);
    expect(await progress(other, OTHER.agent_id)).toBe(40035);
    h.advance(2 * HOUR + 1);
    expect(await progress(token)).toBe(40014);
  });

  it("keeps a task from another app that shares its agent_id (40035)", async () => {
    const taskId = await sendTask();
    const twin = { appkey: "dingtwinappkey000003", appsecret: "twin-secret", agent_id: DINGTALK_APP.agent_id };
    await h.control("POST", "/apps", { vendor: "dingtalk", ...twin });
    const answer = await post("getsendprogress", { agent_id: DINGTALK_APP.agent_id, task_id: taskId }, await h.dingtalkToken(twin));
    expect(answer.body.errcode).toBe(40035);
  });

  it("refuses the token of an app the mock no longer has (40014), saying so", async () => {
    await h.control("POST", "/apps", { vendor: "dingtalk", ...OTHER });
    const other = await h.dingtalkToken(OTHER);
    expect((await h.control("DELETE", `/apps/${OTHER.appkey}`)).status).toBeLessThan(300);
    const answer = await post("getsendprogress", { agent_id: OTHER.agent_id, task_id: 1 }, other);
    expect(answer.body.errcode).toBe(40014);
    expect(answer.headers.get("x-mock-error-reason")).toBe(`the token was issued to app ${OTHER.appkey}, which this mock no longer has`);
  });

  it("takes a token from a form body only through the lenient (live) gateway", async () => {
    const body = (access: string) => ({
      raw: { text: new URLSearchParams({ access_token: access, agent_id: "1", task_id: "1" }).toString(), contentType: "application/x-www-form-urlencoded" },
    });
    expect((await h.call("POST", `${CC}/getsendprogress`, body(token))).body.errcode).toBe(41001);
    h = harness({ dingtalk: { lenient_gateway: true } });
    token = await h.dingtalkToken();
    expect((await h.call("POST", `${CC}/getsendprogress`, body(token))).body.errcode).toBe(40035);
    // A form body only: the same token in a JSON body is not looked at, even by the lenient gateway.
    const json = await h.call("POST", `${CC}/getsendprogress`, { body: { access_token: token, agent_id: 1, task_id: 1 } });
    expect(json.body.errcode).toBe(41001);
  });

  it("wraps auth errors in errcode 88 with sub_code when configured as the live topapi", async () => {
    h = harness({ dingtalk: { auth_errors: "wrapped" }, error_messages: "live" });
    const answer = await h.call("POST", `${CC}/getsendprogress?access_token=bad`, { body: { agent_id: 1, task_id: 1 } });
    expect(answer.body).toMatchObject({
      errcode: 88,
      sub_code: "40014",
      sub_msg: "不合法的access_token",
      errmsg: "ding talk error[subcode=40014,submsg=不合法的access_token]",
    });
    expect(answer.body.request_id).toMatch(/^[0-9a-z]{12}$/);
  });
});

describe("asyncsend_v2 → getsendprogress → getsendresult → recall", () => {
  it("goes 0 → 1 → 2 with a rising percentage, and its result agrees", async () => {
    const users = dir.users.items.slice(0, 2).map((u: any) => u.dingtalk_userid);
    const answer = await post("asyncsend_v2", {
      agent_id: DINGTALK_APP.agent_id,
      userid_list: [...users, "nobody"].join(","),
      dept_id_list: "100011,999",
      msg: text,
    });
    expect(answer.body.errcode).toBe(0);
    expect(Number.isSafeInteger(answer.body.task_id)).toBe(true);
    const taskId = answer.body.task_id;
    const statuses: number[] = [];
    let percent = 0;
    for (let i = 0; i < 40; i++) {
      const p = (await post("getsendprogress", { agent_id: DINGTALK_APP.agent_id, task_id: taskId })).body.progress;
      expect(p.progress_in_percent).toBeGreaterThanOrEqual(percent);
      if (p.status === 2) expect(p.progress_in_percent).toBe(100);
      else expect(p.progress_in_percent).toBeLessThan(100);
      percent = p.progress_in_percent;
      statuses.push(p.status);
      h.advance(200);
    }
    expect(statuses[0]).toBe(0);
    expect(statuses.at(-1)).toBe(2);
    expect([...statuses].sort()).toEqual(statuses); // 0s, then 1s, then 2s
    expect(statuses).toContain(1);

    h.advance(HOUR);
    const result = (await post("getsendresult", { agent_id: DINGTALK_APP.agent_id, task_id: taskId })).body.send_result;
    expect(result.invalid_user_id_list).toEqual(["nobody"]);
    expect(result.invalid_dept_id_list).toEqual([999]);
    const reached = [...result.read_user_id_list, ...result.unread_user_id_list];
    const sales = dir.users.items.filter((u: any) => u.department_ids.includes("sales")).map((u: any) => u.dingtalk_userid);
    expect(new Set(reached)).toEqual(new Set([...users, ...sales]));
    expect(result.read_user_id_list.length).toBeGreaterThan(0);

    expect((await post("recall", { agent_id: DINGTALK_APP.agent_id, msg_task_id: taskId })).body).toMatchObject({ errcode: 0, errmsg: "ok" });
    expect((await post("recall", { agent_id: DINGTALK_APP.agent_id, msg_task_id: taskId })).body.errcode).toBe(0);
  });

  it("accepts form-encoded bodies as the vendor's own examples send them", async () => {
    const sent = await form("asyncsend_v2", { agent_id: DINGTALK_APP.agent_id, to_all_user: "true", msg: JSON.stringify(text) });
    expect(sent.body.errcode).toBe(0);
    const p = await form("getsendprogress", { agent_id: DINGTALK_APP.agent_id, task_id: sent.body.task_id });
    expect(p.body).toMatchObject({ errcode: 0, progress: { status: 0 } });
    expect((await form("recall", { agent_id: DINGTALK_APP.agent_id, msg_task_id: sent.body.task_id })).body.errcode).toBe(0);
  });

  it.each([
    ["no recipients", { dept_id_list: undefined }],
    ["to_all_user false alone", { dept_id_list: undefined, to_all_user: false }],
    ["a text message without text", { msg: { msgtype: "text" } }],
    ["an agent_id that is not a number", { agent_id: "1000000001x" }],
    ["a dept_id_list that is not numbers", { dept_id_list: "sales" }],
  ])("refuses %s with 40035", async (_case, body) => {
    const answer = await post("asyncsend_v2", { agent_id: DINGTALK_APP.agent_id, dept_id_list: "100001", msg: text, ...body });
    expect(answer.body.errcode).toBe(40035);
  });

  it("answers errmsg ok, lists no invalid, forbidden or failed ids for a clean send, and splits who was reached into read and unread", async () => {
    const sent = await post("asyncsend_v2", { agent_id: DINGTALK_APP.agent_id, dept_id_list: "100011", msg: text });
    expect(sent.body).toMatchObject({ errcode: 0, errmsg: "ok" });
    const taskId = sent.body.task_id;
    expect((await post("getsendprogress", { agent_id: DINGTALK_APP.agent_id, task_id: taskId })).body).toMatchObject({ errcode: 0, errmsg: "ok" });
    h.advance(5 * 60_000);
    const answer = (await post("getsendresult", { agent_id: DINGTALK_APP.agent_id, task_id: taskId })).body;
    expect(answer).toMatchObject({ errcode: 0, errmsg: "ok" });
    const r = answer.send_result;
    for (const list of ["invalid_user_id_list", "forbidden_user_id_list", "failed_user_id_list", "invalid_dept_id_list", "forbidden_list"]) expect(r[list], list).toEqual([]);
    const sales = dir.users.items.filter((u: any) => u.department_ids.includes("sales")).map((u: any) => u.dingtalk_userid);
    // Halfway through the 10-minute read spread: some read, some not, and together exactly the department.
    expect(r.read_user_id_list.length).toBeGreaterThan(0);
    expect(r.unread_user_id_list.length).toBeGreaterThan(0);
    expect([...r.read_user_id_list, ...r.unread_user_id_list].sort()).toEqual([...sales].sort());
  });

  it("reaches everyone with to_all_user and with the root department (1)", async () => {
    // A directory small enough for getsendresult to list everyone.
    h = harness({ directory: { large_department_size: 100 } });
    token = await h.dingtalkToken();
    dir = await h.directory();
    expect(dir.users.total).toBeLessThan(5000);
    const everyone = async (body: Record<string, unknown>) => {
      const taskId = await sendTask({ dept_id_list: undefined, ...body });
      h.advance(HOUR);
      token = await h.dingtalkToken();
      const r = (await post("getsendresult", { agent_id: DINGTALK_APP.agent_id, task_id: taskId })).body.send_result;
      return new Set([...r.read_user_id_list, ...r.unread_user_id_list]);
    };
    const all = await everyone({ to_all_user: true });
    expect(all.size).toBe(dir.users.total);
    expect(await everyone({ dept_id_list: "1" })).toEqual(all);
  });

  it("takes up to 5000 user ids and 500 department ids, and refuses one more of either (40035)", async () => {
    const ids = (n: number, id: string) => Array.from({ length: n }, () => id).join(",");
    const user = dir.users.items[0].dingtalk_userid;
    const send = (body: Record<string, unknown>) => post("asyncsend_v2", { agent_id: DINGTALK_APP.agent_id, msg: text, ...body });
    expect((await send({ userid_list: ids(5000, user) })).body.errcode).toBe(0);
    expect((await send({ userid_list: ids(5001, user) })).body.errcode).toBe(40035);
    expect((await send({ dept_id_list: ids(500, "100001") })).body.errcode).toBe(0);
    expect((await send({ dept_id_list: ids(501, "100001") })).body.errcode).toBe(40035);
    // A userid is at most 64 characters: one that long is taken (and listed as invalid, naming no one).
    const longest = await send({ userid_list: "u".repeat(64) });
    expect([longest.body.errcode, longest.body.errmsg]).toEqual([0, "ok"]);
    expect((await send({ userid_list: "u".repeat(65) })).body.errcode).toBe(40035);
  });

  it("announces each task it sends (kind and id) to the state's change listeners, which feed /__mock/events", async () => {
    const changes: unknown[] = [];
    const stop = h.mock.state.onRecordChange((change) => changes.push(change));
    const taskId = await sendTask();
    stop();
    expect(changes).toEqual([{ kind: "task", id: String(taskId) }]);
  });

  it("stops reaching and reading at a recall, and reports the task done from then on", async () => {
    const taskId = await sendTask({ dept_id_list: undefined, to_all_user: true });
    const progress = async () => (await post("getsendprogress", { agent_id: DINGTALK_APP.agent_id, task_id: taskId })).body.progress;
    const result = async () => (await post("getsendresult", { agent_id: DINGTALK_APP.agent_id, task_id: taskId })).body.send_result;
    for (let i = 0; i < 100 && (await progress()).status !== 1; i++) h.advance(100);
    expect((await progress()).status).toBe(1);
    h.advance(200);
    const before = await result();
    const reached = before.read_user_id_list.length + before.unread_user_id_list.length;
    expect(reached).toBeGreaterThan(0);
    expect((await post("recall", { agent_id: DINGTALK_APP.agent_id, msg_task_id: taskId })).body.errcode).toBe(0);
    expect(await progress()).toEqual({ progress_in_percent: 100, status: 2 });
    h.advance(HOUR);
    const after = await result();
    expect(after.read_user_id_list.length + after.unread_user_id_list.length).toBe(reached);
    expect(after.read_user_id_list).toEqual(before.read_user_id_list);
    expect(await progress()).toEqual({ progress_in_percent: 100, status: 2 });
    // A second recall answers ok and moves nothing: the sending still stopped where the first left it.
    expect((await post("recall", { agent_id: DINGTALK_APP.agent_id, msg_task_id: taskId })).body.errcode).toBe(0);
    h.advance(10 * 60_000);
    expect(await result()).toEqual(after);
  });

  it("answers for a task exactly 24 hours old, and not a millisecond later", async () => {
    const taskId = await sendTask();
    h.advance(24 * HOUR);
    token = await h.dingtalkToken();
    expect((await post("getsendprogress", { agent_id: DINGTALK_APP.agent_id, task_id: taskId })).body.errcode).toBe(0);
    expect((await post("getsendresult", { agent_id: DINGTALK_APP.agent_id, task_id: taskId })).body.errcode).toBe(0);
    h.advance(1);
    expect((await post("getsendresult", { agent_id: DINGTALK_APP.agent_id, task_id: taskId })).body.errcode).toBe(40035);
  });

  it("refuses another agent's agent_id on send (40056)", async () => {
    expect((await post("asyncsend_v2", { agent_id: 42, dept_id_list: "100001", msg: text })).body.errcode).toBe(40056);
  });

  it("keeps apps apart and honours the 24-hour window (40035; recall 400002)", async () => {
    const taskId = await sendTask();
    await h.control("POST", "/apps", { vendor: "dingtalk", ...OTHER });
    const other = await h.dingtalkToken(OTHER);
    for (const agentId of [OTHER.agent_id, DINGTALK_APP.agent_id]) {
      expect((await post("getsendprogress", { agent_id: agentId, task_id: taskId }, other)).body.errcode).toBe(40035);
      expect((await post("getsendresult", { agent_id: agentId, task_id: taskId }, other)).body.errcode).toBe(40035);
      expect((await post("recall", { agent_id: agentId, msg_task_id: taskId }, other)).body.errcode).toBe(400002);
    }
    expect((await post("getsendprogress", { agent_id: DINGTALK_APP.agent_id, task_id: taskId + 1 })).body.errcode).toBe(40035);
    h.advance(24 * HOUR + 1);
    token = await h.dingtalkToken();
    expect((await post("getsendprogress", { agent_id: DINGTALK_APP.agent_id, task_id: taskId })).body.errcode).toBe(40035);
    expect((await post("recall", { agent_id: DINGTALK_APP.agent_id, msg_task_id: taskId })).body.errcode).toBe(400002);
  });
});
