// The self-check (validate_responses): an answer that does not match the spec, or breaks what one answer must
// satisfy on its own (a finished task at 100%), becomes a 500 naming the problem and is recorded; with the check
// off it goes out as the handler made it. A handler is swapped for a broken one only while the mock is built.
import { afterEach, describe, expect, it } from "vitest";
import { createMockApp, HANDLERS, type MockApp } from "../mock-server/index.js";
import type { OperationHandler } from "../mock-server/http/handler.js";
import { JsonText } from "../mock-server/http/json-text.js";
import { DINGTALK_APP, START } from "./helpers/mock-harness.js";

const PROGRESS = "/topapi/message/corpconversation/getsendprogress";
let made: MockApp[] = [];

function mockAnswering(answer: (requestId: string) => unknown, validate = true): MockApp {
  const original = HANDLERS.getSendProgress!;
  const broken: OperationHandler = (ctx) => answer(ctx.requestId);
  HANDLERS.getSendProgress = broken;
  try {
    const mock = createMockApp({ config: { validate_responses: validate, fidelity: "documented", time: { start: START, frozen: true } } });
    made.push(mock);
    return mock;
  } finally {
    HANDLERS.getSendProgress = original;
  }
}

async function askProgress(mock: MockApp): Promise<{ status: number; body: any; contentType: string | null }> {
  const token = await mock.fetch(`http://mock.test/gettoken?appkey=${DINGTALK_APP.appkey}&appsecret=${DINGTALK_APP.appsecret}`);
  const { access_token } = (await token.json()) as { access_token: string };
  const response = await mock.fetch(`http://mock.test${PROGRESS}?access_token=${access_token}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ agent_id: DINGTALK_APP.agent_id, task_id: 1 }),
  });
  return { status: response.status, body: await response.json(), contentType: response.headers.get("content-type") };
}

afterEach(() => {
  made = [];
});

describe("the self-check", () => {
  it("turns an answer the spec does not allow into a 500 naming the problem, and records it", async () => {
    const mock = mockAnswering(() => ({ errcode: 0, errmsg: "ok", progress: { progress_in_percent: "half", status: 1 }, request_id: "r" }));
    const answer = await askProgress(mock);
    expect(answer.status).toBe(500);
    expect(answer.body.mock_self_check_failed).toMatch(/^getSendProgress answered HTTP 200 that does not match the spec: .*progress_in_percent/);
    expect(answer.body.body).toEqual({ errcode: 0, errmsg: "ok", progress: { progress_in_percent: "half", status: 1 }, request_id: "r" });
    expect(mock.selfCheckFailures).toEqual([answer.body.mock_self_check_failed]);
    const listed = await mock.fetch("http://mock.test/__mock/self-check");
    expect(await listed.json()).toEqual({ failures: mock.selfCheckFailures });
    // The journal has it as answered: a 500 with no vendor code.
    const entry = mock.journal.list({ operation: "getSendProgress" }).requests[0]!;
    expect(entry.status).toBe(500);
    expect(entry.code).toBeUndefined();
  });

  it("holds a schema-valid answer to what one answer must satisfy: a finished task at 100%", async () => {
    const mock = mockAnswering((requestId) => ({ errcode: 0, errmsg: "ok", progress: { progress_in_percent: 40, status: 2 }, request_id: requestId }));
    const answer = await askProgress(mock);
    expect(answer.status).toBe(500);
    expect(answer.body.mock_self_check_failed).toBe("getSendProgress answered HTTP 200 that does not match the spec: ordered: status 2 (done) at 40%");
    expect(mock.selfCheckFailures).toHaveLength(1);
  });

  it("reads an already-serialised answer as what it says", async () => {
    const mock = mockAnswering(() => new JsonText('{"errcode":0,"errmsg":"ok","progress":{"progress_in_percent":"x","status":1},"request_id":"r"}'));
    const answer = await askProgress(mock);
    expect(answer.status).toBe(500);
    expect(answer.body.mock_self_check_failed).toMatch(/^getSendProgress answered HTTP 200 that does not match the spec: .*progress_in_percent/);
    // The 500 quotes the answer itself, as it does an unserialised one.
    expect(answer.body.body).toEqual({ errcode: 0, errmsg: "ok", progress: { progress_in_percent: "x", status: 1 }, request_id: "r" });
    expect(mock.selfCheckFailures).toHaveLength(1);
  });

  it("lets a good already-serialised answer out as its text, as JSON, journaled with code 0", async () => {
    const text = '{"errcode":0,"errmsg":"ok","progress":{"progress_in_percent":100,"status":2},"request_id":"r1"}';
    const mock = mockAnswering(() => new JsonText(text));
    const answer = await askProgress(mock);
    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe("application/json");
    expect(answer.body).toEqual(JSON.parse(text));
    expect(mock.journal.list({ operation: "getSendProgress" }).requests[0]!.code).toBe(0);
    expect(mock.selfCheckFailures).toEqual([]);
  });

  it("when off, lets the handler's answer out as it is", async () => {
    const mock = mockAnswering(() => ({ errcode: 0, errmsg: "ok", progress: { progress_in_percent: 40, status: 2 }, request_id: "r" }), false);
    const answer = await askProgress(mock);
    expect(answer.status).toBe(200);
    expect(answer.body.progress).toEqual({ progress_in_percent: 40, status: 2 });
    expect(mock.selfCheckFailures).toEqual([]);
  });
});
