// A DingTalk work notification end to end with plain fetch against the mock on a real port: token, asyncsend_v2,
// progress from "not started" to "done", who read it, the same call as a form, recall, and the errors a client
// meets (unknown task, bad token, a task past the 24-hour window). Mock time moves only through the control API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../mock-server/index.js";
import { controlOverHttp } from "./helpers/control-over-http.js";

const APPKEY = "dingmockappkey000001";
const APPSECRET = "mock-dingtalk-secret";
const AGENT_ID = 1000000001;
const START = "2026-03-02T01:00:00.000Z";
const SEND_PATH = "/topapi/message/corpconversation/asyncsend_v2";
const PROGRESS_PATH = "/topapi/message/corpconversation/getsendprogress";
const RESULT_PATH = "/topapi/message/corpconversation/getsendresult";
const RECALL_PATH = "/topapi/message/corpconversation/recall";

let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({ port: 0, config: { validate_responses: true, time: { frozen: true, start: START } } });
});

afterAll(async () => {
  await server?.close();
});

const { control, advance } = controlOverHttp(() => server.url);

async function getToken(): Promise<string> {
  const response = await fetch(`${server.dingtalkUrl}/gettoken?appkey=${APPKEY}&appsecret=${encodeURIComponent(APPSECRET)}`);
  expect(response.status).toBe(200);
  const body: any = await response.json();
  expect(body).toMatchObject({ errcode: 0, errmsg: "ok", expires_in: 7200 });
  expect(typeof body.access_token).toBe("string");
  expect(body.access_token.length).toBeGreaterThan(0);
  return body.access_token;
}

/** A topapi POST: JSON by default, or application/x-www-form-urlencoded. Always HTTP 200. */
async function topapi(path: string, token: string, body: Record<string, string | number>, as: "json" | "form" = "json"): Promise<any> {
  const init: RequestInit =
    as === "json"
      ? { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }
      : {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams(Object.entries(body).map(([k, v]): [string, string] => [k, String(v)])).toString(),
        };
  const response = await fetch(`${server.dingtalkUrl}${path}?access_token=${encodeURIComponent(token)}`, init);
  expect(response.status).toBe(200);
  return response.json();
}

const withoutRequestId = ({ request_id, ...rest }: any) => {
  expect(typeof request_id).toBe("string");
  return rest;
};

interface SendResult {
  read: string[];
  unread: string[];
}

describe("DingTalk work notification flow over plain fetch", () => {
  let token: string;
  let taskId: number;
  let recipients: Set<string>;
  let lastResult: SendResult;

  async function sendResult(): Promise<SendResult> {
    const answer = await topapi(RESULT_PATH, token, { agent_id: AGENT_ID, task_id: taskId });
    expect(answer).toMatchObject({ errcode: 0, errmsg: "ok" });
    const r = answer.send_result;
    expect(r.invalid_user_id_list).toEqual([]);
    expect(r.invalid_dept_id_list).toEqual([]);
    const read: string[] = r.read_user_id_list;
    const unread: string[] = r.unread_user_id_list;
    const everyone = [...read, ...unread];
    expect(new Set(everyone).size).toBe(everyone.length); // no one twice, and no one both read and unread
    for (const id of everyone) expect(recipients.has(id)).toBe(true);
    return { read, unread };
  }

  it("gets an access_token, the same one when asked again", async () => {
    token = await getToken();
    expect(await getToken()).toBe(token);
    const state = await control("GET", "/state");
    expect(state.tokens.dingtalk.map((t: any) => t.appkey)).toEqual([APPKEY]);
  });

  it("sends a work notification to two users and a department", async () => {
    const directory = await control("GET", "/directory?limit=1000");
    const users: any[] = directory.users.items;
    const support = directory.departments.find((d: any) => d.department_id === "support");
    expect(support).toBeDefined();
    expect(Number.isInteger(support.dingtalk_dept_id)).toBe(true);
    const members = users.filter((u) => u.department_ids.includes("support"));
    expect(members).toHaveLength(support.member_count); // the listing covers the whole department
    const two = users.filter((u) => !u.department_ids.includes("support")).slice(0, 2);
    expect(two).toHaveLength(2);
    for (const u of [...members, ...two]) expect(u.dingtalk_userid).toMatch(/^\S+$/);
    recipients = new Set([...members, ...two].map((u) => u.dingtalk_userid as string));
    expect(recipients.size).toBe(support.member_count + 2);

    const sent: any = await (
      await fetch(`${server.dingtalkUrl}${SEND_PATH}?access_token=${token}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          agent_id: AGENT_ID,
          userid_list: two.map((u) => u.dingtalk_userid).join(","),
          dept_id_list: String(support.dingtalk_dept_id),
          msg: { msgtype: "text", text: { content: "The office is closed on Friday." } },
        }),
      })
    ).json();
    expect(sent).toMatchObject({ errcode: 0, errmsg: "ok" });
    expect(typeof sent.task_id).toBe("number");
    expect(Number.isSafeInteger(sent.task_id)).toBe(true);
    expect(sent.task_id).toBeGreaterThan(0);
    expect(typeof sent.request_id).toBe("string");
    taskId = sent.task_id;

    const task = (await control("GET", "/state")).tasks.items.find((t: any) => t.task_id === taskId);
    expect(task).toMatchObject({ appkey: APPKEY, agent_id: AGENT_ID, recipients: recipients.size });
  });

  it("reports progress 0 → 1 → 2 with a rising percentage, and answers a form body as it answers JSON", async () => {
    const seen: { status: number; percent: number }[] = [];
    for (let poll = 0; poll < 200; poll++) {
      const json = await topapi(PROGRESS_PATH, token, { agent_id: AGENT_ID, task_id: taskId });
      const form = await topapi(PROGRESS_PATH, token, { agent_id: AGENT_ID, task_id: taskId }, "form");
      expect(withoutRequestId(form)).toEqual(withoutRequestId(json));
      expect(json).toMatchObject({ errcode: 0, errmsg: "ok" });
      const { status, progress_in_percent: percent } = json.progress;
      expect([0, 1, 2]).toContain(status);
      expect(Number.isInteger(percent)).toBe(true);
      expect(percent).toBeGreaterThanOrEqual(0);
      expect(percent).toBeLessThanOrEqual(100);
      if (status === 0) expect(percent).toBe(0);
      if (status === 1) expect(percent).toBeLessThan(100);
      if (status === 2) expect(percent).toBe(100);
      const previous = seen.at(-1);
      if (previous) {
        expect(status).toBeGreaterThanOrEqual(previous.status);
        expect(percent).toBeGreaterThanOrEqual(previous.percent);
      }
      seen.push({ status, percent });
      // While it is being delivered, who was reached is a growing subset of the recipients.
      const result = await sendResult();
      if (status === 0) expect(result.read.length + result.unread.length).toBe(0);
      if (lastResult) for (const id of [...lastResult.read, ...lastResult.unread]) expect([...result.read, ...result.unread]).toContain(id);
      lastResult = result;
      if (status === 2) break;
      await advance(250);
    }
    const statuses = seen.map((s) => s.status);
    expect(statuses[0]).toBe(0);
    expect(statuses).toContain(1);
    expect(statuses.at(-1)).toBe(2);
    // The percentage actually rose through status 1, not straight from 0 to 100.
    const inProgress = seen.filter((s) => s.status === 1).map((s) => s.percent);
    expect(new Set(inProgress).size).toBeGreaterThan(1);
    // Done: every recipient was reached, each exactly once.
    expect(new Set([...lastResult.read, ...lastResult.unread])).toEqual(recipients);
  });

  it("lists readers growing over time, read and unread always partitioning the recipients", async () => {
    await advance(11 * 60_000); // reads arrive over about ten minutes
    const result = await sendResult();
    expect(new Set([...result.read, ...result.unread])).toEqual(recipients);
    expect(result.read.length).toBeGreaterThan(0);
    expect(result.read.length).toBeGreaterThanOrEqual(lastResult.read.length);
    for (const id of lastResult.read) expect(result.read).toContain(id); // a reader stays a reader
    // Still done, and the same answer as a form.
    const form = await topapi(PROGRESS_PATH, token, { agent_id: AGENT_ID, task_id: taskId }, "form");
    expect(form).toMatchObject({ errcode: 0, progress: { status: 2, progress_in_percent: 100 } });
    lastResult = result;
  });

  it("recalls the notification with msg_task_id", async () => {
    const recalled = await topapi(RECALL_PATH, token, { agent_id: AGENT_ID, msg_task_id: taskId });
    expect(recalled).toMatchObject({ errcode: 0, errmsg: "ok" });
    expect(typeof recalled.request_id).toBe("string");
    const task = (await control("GET", "/state")).tasks.items.find((t: any) => t.task_id === taskId);
    expect(task.recalled).toBe(true);
  });

  it("answers an unknown task_id with 40035 and a bad access_token as the live topapi does (88, sub_code 40014)", async () => {
    const known = new Set((await control("GET", "/state")).tasks.items.map((t: any) => t.task_id));
    let unknown = taskId + 1;
    while (known.has(unknown)) unknown++;
    for (const path of [PROGRESS_PATH, RESULT_PATH]) {
      const answer = await topapi(path, token, { agent_id: AGENT_ID, task_id: unknown });
      expect(answer.errcode).toBe(40035);
      expect(typeof answer.errmsg).toBe("string");
    }
    const bad = token.slice(0, -1) + (token.endsWith("0") ? "1" : "0");
    expect(bad).not.toBe(token);
    const answer = await topapi(PROGRESS_PATH, bad, { agent_id: AGENT_ID, task_id: taskId });
    expect(answer).toMatchObject({
      errcode: 88,
      sub_code: "40014",
      sub_msg: "不合法的access_token",
      errmsg: "ding talk error[subcode=40014,submsg=不合法的access_token]",
    });
    // The real task still answers with the real token.
    expect((await topapi(PROGRESS_PATH, token, { agent_id: AGENT_ID, task_id: taskId })).errcode).toBe(0);
  });

  it("forgets the task after 24 hours of mock time: 40035, with the token it was told lasts 7200 s of real time", async () => {
    await advance(25 * 60 * 60_000);
    // Token lifetimes count the wall clock by default: the mock's 25-hour jump leaves the client's token valid.
    expect(await getToken()).toBe(token);
    for (const as of ["json", "form"] as const) {
      const answer = await topapi(PROGRESS_PATH, token, { agent_id: AGENT_ID, task_id: taskId }, as);
      expect(answer.errcode).toBe(40035);
    }
    expect((await topapi(RESULT_PATH, token, { agent_id: AGENT_ID, task_id: taskId })).errcode).toBe(40035);
  });

  it("leaves the mock with no self-check failures", async () => {
    expect((await control("GET", "/self-check")).failures).toEqual([]);
    expect(server.mock.selfCheckFailures).toEqual([]);
  });
});
