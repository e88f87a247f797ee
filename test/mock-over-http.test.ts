// The mock on a real port, spoken to with node:http: what only a real connection shows (bodies on GET,
// dropped connections, delays, 5xx answers, logging), and the programmatic API of startMockServer.
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer, type RequestLogEntry } from "../mock-server/index.js";
import { FEISHU_APP, START } from "./helpers/mock-harness.js";

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with full control of method, headers and body (fetch refuses a body on GET). */
function raw(url: string, method: string, body?: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: { ...headers, ...(body !== undefined && { "content-length": String(Buffer.byteLength(body)) }) } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

let server: MockServer;
const log: RequestLogEntry[] = [];
let token: string;
let batchId: string;

beforeAll(async () => {
  server = await startMockServer({
    port: 0,
    seed: 3,
    config: { validate_responses: true, time: { start: START, frozen: true } },
    log: (entry) => log.push(entry),
  });
  const answer = await fetch(`${server.feishuUrl}/open-apis/auth/v3/tenant_access_token/internal`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(FEISHU_APP),
  });
  token = ((await answer.json()) as { tenant_access_token: string }).tenant_access_token;
  const sent = await fetch(`${server.feishuUrl}/open-apis/message/v4/batch_send/`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ msg_type: "text", content: { text: "hi" }, department_ids: ["sales"] }),
  });
  batchId = ((await sent.json()) as { data: { message_id: string } }).data.message_id;
});

afterAll(async () => {
  await server.close();
  expect(server.mock.selfCheckFailures).toEqual([]);
});

const progressUrl = () => `${server.feishuUrl}/open-apis/im/v1/batch_messages/${batchId}/get_progress`;

describe("startMockServer", () => {
  it("listens on a free port and reports its URLs and clock", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.feishuUrl).toBe(server.url);
    expect(server.dingtalkUrl).toBe(server.url);
    expect(server.clock.state().iso).toBe(START);
  });

  it("accepts GET with the {} JSON body the official SDK sends", async () => {
    const answer = await raw(progressUrl(), "GET", "{}", { "content-type": "application/json", authorization: `Bearer ${token}` });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).code).toBe(0);
    expect(answer.headers["x-tt-logid"]).toBeTruthy();
  });

  it("reads headers as a fetch Headers would: any case, repeated ones joined (so two tokens are no token)", async () => {
    const upper = await raw(progressUrl(), "GET", undefined, { AUTHORIZATION: `Bearer ${token}` });
    expect(JSON.parse(upper.body).code).toBe(0);
    const twice = await new Promise<RawAnswer>((resolve, reject) => {
      const req = request(progressUrl(), (res) => {
        let text = "";
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      });
      req.setHeader("authorization", [`Bearer ${token}`, `Bearer ${token}`]); // two header lines
      req.on("error", reject);
      req.end();
    });
    expect(twice.status).toBe(400);
    expect(JSON.parse(twice.body).code).toBe(99991661);
    // The journal shows them folded into one, under the lower-case name, and masked past the first 4 characters.
    const entry = server.mock.journal.list({ limit: 1 }).requests[0]!;
    expect(entry.headers.authorization).toBe(`Bearer ${token.slice(0, 4)}…`);
    expect(entry.reason).toMatch(/not of the form Bearer/);
  });

  it("answers unknown paths as the vendors' gateways do (404, text)", async () => {
    const answer = await raw(`${server.url}/open-apis/im/v1/nothing`, "GET");
    expect(answer).toMatchObject({ status: 404, body: "404 page not found" });
  });

  it("logs one entry per request with the vendor code, never a whole token or secret", async () => {
    // Its own requests, so it holds run alone (as a mutation run runs it) as well as after the others.
    const progress = await raw(progressUrl(), "GET", undefined, { authorization: `Bearer ${token}` });
    expect(log.at(-1)).toMatchObject({ method: "GET", status: 200, code: 0, operationId: "getBatchMessageProgress" });
    expect(progress.status).toBe(200);
    const dingtalk = await fetch(`${server.dingtalkUrl}/gettoken?appkey=dingmockappkey000001&appsecret=mock-dingtalk-secret`);
    const accessToken = ((await dingtalk.json()) as { access_token: string }).access_token;
    await fetch(`${server.dingtalkUrl}/topapi/message/corpconversation/getsendprogress?access_token=${accessToken}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ agent_id: 1000000001, task_id: 1 }),
    });
    const last = log[log.length - 1]!;
    expect(last).toMatchObject({ method: "POST", status: 200, code: 40035, operationId: "getSendProgress" });
    expect(last.ms).toBeGreaterThanOrEqual(0);
    const printed = JSON.stringify(log);
    expect(printed).not.toContain(accessToken);
    expect(printed).not.toContain("mock-dingtalk-secret");
    expect(printed).not.toContain(token);
  });
});

describe("faults over a real connection", () => {
  const addFault = (rule: Record<string, unknown>) =>
    fetch(`${server.url}/__mock/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(rule) });

  it("drops the connection for the next matching request only", async () => {
    expect((await addFault({ operation: "getBatchMessageProgress", id: batchId, drop: true })).status).toBe(201);
    await expect(raw(progressUrl(), "GET", undefined, { authorization: `Bearer ${token}` })).rejects.toThrow();
    const after = await raw(progressUrl(), "GET", undefined, { authorization: `Bearer ${token}` });
    expect(after.status).toBe(200);
  });

  it("answers a 5xx, then a documented code, then normally", async () => {
    await addFault({ operation: "getBatchMessageProgress", http_status: 503 });
    await addFault({ operation: "getBatchMessageProgress", app: FEISHU_APP.app_id, error_code: 230012 });
    const headers = { authorization: `Bearer ${token}` };
    expect((await raw(progressUrl(), "GET", undefined, headers)).status).toBe(503);
    const documented = await raw(progressUrl(), "GET", undefined, headers);
    expect(documented.status).toBe(400);
    expect(JSON.parse(documented.body).code).toBe(230012);
    expect((await raw(progressUrl(), "GET", undefined, headers)).status).toBe(200);
  });

  it("delays an answer by the given wall time, without moving mock time", async () => {
    await addFault({ operation: "getBatchMessageProgress", delay_ms: 150 });
    const before = server.clock.now();
    const started = performance.now();
    const answer = await raw(progressUrl(), "GET", undefined, { authorization: `Bearer ${token}` });
    expect(answer.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(server.clock.now()).toBe(before);
  });
});
