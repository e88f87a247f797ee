// GET /__mock/events: server-sent events a test or script can read (in-process and on a port), what each event
// carries, filtering, the control token, and a server that closes without waiting on open streams.
import { afterEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../mock-server/index.js";
import { FEISHU_APP, harness, MINUTE } from "./helpers/mock-harness.js";

interface ServerEvent {
  event: string;
  data: any;
}

/** Reads an SSE response event by event. */
function eventReader(response: Response) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  return {
    async next(): Promise<ServerEvent> {
      for (;;) {
        const end = buffer.indexOf("\n\n");
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const field = (name: string) => block.split("\n").find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2);
          return { event: field("event")!, data: JSON.parse(field("data")!) };
        }
        const { value, done } = await reader.read();
        if (done) throw new Error("the stream ended");
        buffer += value;
      }
    },
    /** The next event of this name (skipping clock ticks and others). */
    async until(name: string): Promise<ServerEvent> {
      for (;;) {
        const e = await this.next();
        if (e.event === name) return e;
      }
    },
    cancel: () => reader.cancel(),
  };
}

describe("in-process", () => {
  it("sends the clock at once, then records, control changes and resets as they happen", async () => {
    const h = harness();
    const response = await h.mock.fetch("http://mock.test/__mock/events?tick_ms=60000&events=clock,batch,control,reset");
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const events = eventReader(response);
    const first = await events.next();
    expect(first).toEqual({ event: "clock", data: h.mock.clock.state() });

    const token = await h.feishuToken();
    const sent = await h.call("POST", "/open-apis/message/v4/batch_send/", { token, body: { msg_type: "text", content: { text: "hi" }, department_ids: ["sales"] } });
    const batch = await events.next();
    expect(batch.event).toBe("batch");
    expect(batch.data).toMatchObject({ batch_message_id: sent.body.data.message_id, status: "queued", valid_user_ids_count: 0 });

    await h.control("POST", "/clock", { advance_ms: MINUTE });
    expect(await events.next()).toEqual({ event: "control", data: { method: "POST", path: "/__mock/clock", status: 200 } });
    expect((await events.next()).data.now).toBe(first.data.now + MINUTE);

    await h.call("DELETE", `/open-apis/im/v1/batch_messages/${sent.body.data.message_id}`, { token });
    expect((await events.until("batch")).data).toMatchObject({ recall: true, status: "recalling" });

    await h.control("POST", "/reset");
    expect((await events.until("reset")).data).toEqual({});
    await events.cancel();
  });

  it("tells of every request to the vendor routes, as the journal has it (without headers and body)", async () => {
    const h = harness();
    const events = eventReader(await h.mock.fetch("http://mock.test/__mock/events?events=request"));
    await h.call("POST", "/open-apis/auth/v3/tenant_access_token/internal", { body: FEISHU_APP });
    await h.call("GET", `/open-apis/im/v1/batch_messages/bm-${"0".repeat(32)}/get_progress`, { token: "t-nope" });
    const token = await events.next();
    expect(token).toMatchObject({ event: "request", data: { method: "POST", operation: "createTenantAccessToken", status: 200, code: 0 } });
    expect(token.data).not.toHaveProperty("body"); // the secret was in it; it is in the journal, masked
    expect(token.data).not.toHaveProperty("headers");
    const refused = await events.next();
    expect(refused.data).toMatchObject({ operation: "getBatchMessageProgress", status: 400, code: 99991663 });
    expect(refused.data.id).toBe(token.data.id + 1);
    expect((await h.control("GET", `/requests?since=${token.data.id}&limit=1`)).body.requests[0].id).toBe(refused.data.id);
    await events.cancel();
  });

  it("keeps only the events asked for, and refuses unknown ones", async () => {
    const h = harness();
    const events = eventReader(await h.mock.fetch("http://mock.test/__mock/events?events=task"));
    await h.control("POST", "/clock", { advance_ms: 1000 }); // neither a clock nor a control event reaches it
    const access = await h.dingtalkToken();
    await h.call("POST", `/topapi/message/corpconversation/asyncsend_v2?access_token=${access}`, {
      body: { agent_id: 1000000001, dept_id_list: "100021", msg: { msgtype: "text", text: { content: "x" } } },
    });
    const e = await events.next();
    expect(e.event).toBe("task");
    expect(e.data).toMatchObject({ recipients: 12, status: "queued" });
    expect(e.data).not.toHaveProperty("sent"); // the list view; the detail has what was sent
    await h.call("POST", `/topapi/message/corpconversation/recall?access_token=${access}`, { body: { agent_id: 1000000001, msg_task_id: e.data.task_id } });
    expect((await events.next()).data).toMatchObject({ task_id: e.data.task_id, recalled: true, status: "recalled" });
    await events.cancel();
    expect((await h.control("GET", "/events?events=clock,nope")).body.error).toMatch(/unknown events nope/);
  });

  it("needs the control token when one is set", async () => {
    const h = harness({ control: { token: "a-long-control-token" } });
    expect((await h.mock.fetch("http://mock.test/__mock/events")).status).toBe(401);
    const response = await h.mock.fetch("http://mock.test/__mock/events", { headers: { authorization: "Bearer a-long-control-token" } });
    const events = eventReader(response);
    expect((await events.next()).event).toBe("clock");
    await events.cancel();
  });
});

describe("on a port", () => {
  let server: MockServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("streams to a plain fetch, and close() ends open streams rather than waiting for the drain deadline", async () => {
    // A 60 s drain deadline: were close() to wait on the stream, the test would time out.
    server = await startMockServer({ port: 0, drainTimeoutMs: 60_000, config: { time: { frozen: true } } });
    const events = eventReader(await fetch(`${server.url}/__mock/events`));
    expect((await events.next()).event).toBe("clock");
    const token = await fetch(`${server.url}/open-apis/auth/v3/tenant_access_token/internal`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(FEISHU_APP),
    });
    expect(token.status).toBe(200);
    expect(server.mock.events.openStreams).toBe(1);
    await server.close();
    server = undefined;
    await expect(events.until("never")).rejects.toThrow(/ended|terminated/);
  });
});
