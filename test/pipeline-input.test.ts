// The pipeline's edges that its stage tests leave open: how a request's headers and body are read (repeated
// headers, a body at exactly the hard cap), a token request with no body, what marks the state changed, which
// operations check the bot, and the wiring itself (every operation has a handler; a self-check names every problem).
import { connect } from "node:net";
import { Hono } from "hono";
import type { Context } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockApp, HANDLERS, startMockServer, type MockServer } from "../mock-server/index.js";
import { registerOperations, type PipelineDeps } from "../mock-server/http/operation-routes.js";
import { MAX_BODY_BYTES } from "../mock-server/http/request-input.js";
import { requestHeader } from "../mock-server/http/request-headers.js";
import { DINGTALK_APP, FEISHU_APP, harness, START } from "./helpers/mock-harness.js";
import { rawRequest } from "./helpers/raw-http.js";

const OTHER_APP = { app_id: "cli_00000000000000b7", app_secret: "other-secret" };

describe("request headers as Node parsed them", () => {
  const over = (rawHeaders: string[]) => ({ env: { incoming: { rawHeaders } } }) as unknown as Context;

  it("finds a header in any case, and joins repeated ones with a comma and a space, as fetch's Headers does", () => {
    const c = over(["Host", "mock.test", "X-Trace", "a", "x-trace", "b", "AUTHORIZATION", "Bearer t"]);
    expect(requestHeader(c, "host")).toBe("mock.test");
    expect(requestHeader(c, "x-trace")).toBe("a, b");
    expect(requestHeader(c, "authorization")).toBe("Bearer t");
    expect(requestHeader(c, "content-type")).toBeUndefined();
  });
});

describe("the body's hard cap, on a port", () => {
  let server: MockServer;
  let token: string;
  beforeAll(async () => {
    server = await startMockServer({ port: 0, config: { time: { start: START, frozen: true } } });
    const answer = await fetch(`${server.url}/open-apis/auth/v3/tenant_access_token/internal`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(FEISHU_APP),
    });
    token = ((await answer.json()) as { tenant_access_token: string }).tenant_access_token;
  });
  afterAll(() => server.close());

  /** A batch send whose JSON body is exactly `bytes` long (padded with whitespace, which JSON allows). */
  async function batchOf(bytes: number) {
    const json = JSON.stringify({ msg_type: "text", content: { text: "x".repeat(200 * 1024) }, department_ids: ["sales"] });
    const body = json.slice(0, -1) + " ".repeat(bytes - json.length) + "}";
    expect(Buffer.byteLength(body)).toBe(bytes);
    const answer = await fetch(`${server.url}/open-apis/message/v4/batch_send/`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body,
    });
    return { code: ((await answer.json()) as { code: number }).code, reason: answer.headers.get("x-mock-error-reason") };
  }

  it("reads a body of exactly the cap (its text is then refused as too long), and refuses one byte more unread", async () => {
    const at = await batchOf(MAX_BODY_BYTES);
    expect(at.code).toBe(10003);
    expect(at.reason).toMatch(/^the text content is over/);
    const past = await batchOf(MAX_BODY_BYTES + 1);
    expect(past).toEqual({ code: 10003, reason: `the body is over ${MAX_BODY_BYTES} bytes` });
    // Never read, it is journaled by the length it declared.
    expect(server.mock.journal.list({ limit: 1 }).requests[0]!.body).toBe(`[${MAX_BODY_BYTES + 1} bytes, not kept]`);
  });
});

describe("a request target with a fragment, on a port", () => {
  it("reads the query up to the '#': a client that sends one still has its access_token read", async () => {
    const server = await startMockServer({ port: 0, config: { time: { start: START, frozen: true } } });
    try {
      const token = (await (await fetch(`${server.url}/gettoken?appkey=${DINGTALK_APP.appkey}&appsecret=${DINGTALK_APP.appsecret}`)).json()) as { access_token: string };
      const body = JSON.stringify({ agent_id: DINGTALK_APP.agent_id, task_id: 1 });
      const raw = await new Promise<string>((resolve, reject) => {
        // fetch drops a fragment before sending: only a raw request carries one.
        const socket = connect(Number(new URL(server.url).port), "127.0.0.1", () =>
          socket.write(
            `POST /topapi/message/corpconversation/getsendprogress?access_token=${token.access_token}#progress HTTP/1.1\r\nHost: 127.0.0.1\r\n` +
              `Content-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
          ),
        );
        let text = "";
        socket.on("data", (d) => (text += d));
        socket.on("end", () => resolve(text));
        socket.on("error", reject);
      });
      // Task 1 is no task of this app: the token was read, and the answer is about the task.
      const answer = JSON.parse(raw.slice(raw.indexOf("\r\n\r\n") + 4)) as { errcode: number };
      expect(raw.startsWith("HTTP/1.1 200")).toBe(true);
      expect(answer.errcode).not.toBe(88);
      expect(answer.errcode).not.toBe(41001);
    } finally {
      await server.close();
    }
  });
});

describe("a body on an operation that takes none, on a port", () => {
  it("is ignored, as servers do: read_user answers a GET with a JSON body as it answers one without", async () => {
    const server = await startMockServer({ port: 0, config: { time: { start: START, frozen: true } } });
    try {
      const issued = await fetch(`${server.url}/open-apis/auth/v3/tenant_access_token/internal`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(FEISHU_APP),
      });
      const { tenant_access_token: token } = (await issued.json()) as { tenant_access_token: string };
      const path = "/open-apis/im/v1/batch_messages/bm-00000000000000000000000000000000/read_user";
      // fetch refuses a GET with a body: a raw request sends one, as the Feishu SDK does.
      const get = async (body?: string) => {
        const headers = { authorization: `Bearer ${token}`, ...(body !== undefined && { "content-type": "application/json" }) };
        const answer = await rawRequest(`${server.url}${path}`, { headers, body });
        return { status: answer.status, body: JSON.parse(answer.body.toString()) as { code: number; msg: string } };
      };
      const without = await get();
      const withBody = await get(JSON.stringify({ user_id_type: 42, anything: ["else"] }));
      expect(without.body.code).toBe(230030); // no such batch: the handler answered
      expect({ status: withBody.status, code: withBody.body.code, msg: withBody.body.msg }).toEqual({ status: without.status, code: 230030, msg: without.body.msg });
    } finally {
      await server.close();
    }
  });
});

describe("what the pipeline does around the handlers", () => {
  it("answers a token request without a body with the documented refusal, not a 500", async () => {
    const h = harness();
    const answer = await h.call("POST", "/open-apis/auth/v3/tenant_access_token/internal");
    expect(answer.status).toBeLessThan(500);
    expect(answer.body.code).not.toBe(0);
    expect(answer.headers.get("x-mock-error-reason")).toBe("a request body is required");
  });

  it("marks the state changed for what issues a token, never for a read", async () => {
    const h = harness();
    const token = await h.feishuToken();
    const sent = await h.call("POST", "/open-apis/message/v4/batch_send/", { token, body: { msg_type: "text", content: { text: "hi" }, department_ids: ["sales"] } });
    const id = sent.body.data.message_id as string;
    const revision = h.mock.state.revision;
    for (const path of [`/open-apis/im/v1/batch_messages/${id}/get_progress`, `/open-apis/im/v1/batch_messages/${id}/read_user`]) {
      expect((await h.call("GET", path, { token })).body.code).toBe(0);
    }
    expect(h.mock.state.revision).toBe(revision);
    await h.dingtalkToken();
    expect(h.mock.state.revision).toBe(revision + 1);
  });

  it("checks the bot only where the spec says the operation needs one: get_progress does, read_user does not", async () => {
    const h = harness();
    await h.control("POST", "/apps", { vendor: "feishu", ...OTHER_APP });
    const token = await h.feishuToken(OTHER_APP);
    const sent = await h.call("POST", "/open-apis/message/v4/batch_send/", { token, body: { msg_type: "text", content: { text: "hi" }, department_ids: ["sales"] } });
    const id = sent.body.data.message_id as string;
    await h.control("PATCH", `/apps/${OTHER_APP.app_id}`, { bot: false });
    expect((await h.call("GET", `/open-apis/im/v1/batch_messages/${id}/get_progress`, { token })).body.code).toBe(230006);
    expect((await h.call("GET", `/open-apis/im/v1/batch_messages/${id}/read_user`, { token })).body.code).toBe(0);
  });

  it("matches a fault rule's id against the task ids the body gives, not against ones it lacks", async () => {
    const h = harness();
    const token = await h.dingtalkToken();
    // A rule naming "undefined": what a missing msg_task_id would read as, were it taken.
    expect((await h.control("POST", "/faults", { operation: "getSendProgress", id: "undefined", http_status: 503 })).status).toBe(201);
    const answer = await h.call("POST", `/topapi/message/corpconversation/getsendprogress?access_token=${token}`, { body: { agent_id: DINGTALK_APP.agent_id, task_id: 1 } });
    expect(answer.status).toBe(200);
  });

  it("refuses to wire an operation without a handler", () => {
    const { getSendProgress: _left, ...handlers } = HANDLERS;
    const deps = { handlers, state: { config: { feishu: { gateway_errors: true } } } } as unknown as PipelineDeps;
    expect(() => registerOperations(new Hono(), deps, (answer) => answer)).toThrow("Mock bug: no handler for getSendProgress");
  });

  it("names every problem of a spec-invalid answer in its self-check, one after another", async () => {
    const original = HANDLERS.getSendProgress!;
    HANDLERS.getSendProgress = () => ({ errcode: 0, errmsg: "ok", progress: { progress_in_percent: "half", status: "done" }, request_id: "r" });
    let mock;
    try {
      mock = createMockApp({ config: { validate_responses: true, time: { start: START, frozen: true } } });
    } finally {
      HANDLERS.getSendProgress = original;
    }
    const token = (await (await mock.fetch(`http://mock.test/gettoken?appkey=${DINGTALK_APP.appkey}&appsecret=${DINGTALK_APP.appsecret}`)).json()) as { access_token: string };
    const answer = await mock.fetch(`http://mock.test/topapi/message/corpconversation/getsendprogress?access_token=${token.access_token}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ agent_id: DINGTALK_APP.agent_id, task_id: 1 }),
    });
    const problem = ((await answer.json()) as { mock_self_check_failed: string }).mock_self_check_failed;
    const [, list] = /does not match the spec: (.*)$/.exec(problem)!;
    const problems = list!.split("; ");
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems.some((p) => p.includes("progress_in_percent"))).toBe(true);
    expect(problems.some((p) => p.includes("status"))).toBe(true);
  });
});

describe("query strings, parsed once and shared by the requests that send the same one", () => {
  const h = harness();

  it("reads every distinct query string afresh, past the cache's size, and a long one too", async () => {
    for (let i = 0; i < 300; i++) {
      // Every other one with the wrong secret: the answer follows each request's own query, never a neighbour's.
      const secret = i % 2 === 0 ? DINGTALK_APP.appsecret : "wrong-secret-000000";
      const answer = await h.call("GET", `/gettoken?appkey=${DINGTALK_APP.appkey}&appsecret=${secret}&n=${i % 260}`);
      expect(answer.body.errcode, `request ${i}`).toBe(i % 2 === 0 ? 0 : 40096);
    }
    const long = await h.call("GET", `/gettoken?pad=${"p".repeat(600)}&appkey=${DINGTALK_APP.appkey}&appsecret=${DINGTALK_APP.appsecret}`);
    expect(long.body.errcode).toBe(0);
    const again = await h.call("GET", `/gettoken?pad=${"p".repeat(600)}&appkey=${DINGTALK_APP.appkey}&appsecret=wrong-secret-000000`);
    expect(again.body.errcode).toBe(40096);
  });
});
