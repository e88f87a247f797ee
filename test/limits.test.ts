// Size and time limits: bodies over the documented sizes get the documented error; a body over the 1 MB hard cap
// is refused without being read whole; a connection that never sends its request whole is closed.
import { connect } from "node:net";
import { request, type ClientRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../mock-server/index.js";
import { FEISHU_APP, START } from "./helpers/mock-harness.js";

let server: MockServer;
let token: string;
let chat: string;

beforeAll(async () => {
  server = await startMockServer({ port: 0, requestTimeoutMs: 300, config: { validate_responses: true, time: { start: START, frozen: true } } });
  const answer = await fetch(`${server.url}/open-apis/auth/v3/tenant_access_token/internal`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(FEISHU_APP),
  });
  token = ((await answer.json()) as { tenant_access_token: string }).tenant_access_token;
  chat = ((await (await fetch(`${server.url}/__mock/directory?limit=1`)).json()) as { chats: { chat_id: string }[] }).chats[0]!.chat_id;
});

afterAll(async () => {
  await server.close();
  expect(server.mock.selfCheckFailures).toEqual([]);
});

const post = (path: string, body: unknown) =>
  fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(body) }).then(async (r) => ({
    status: r.status,
    body: (await r.json()) as { code: number },
  }));

describe("documented size limits", () => {
  it.each([
    ["a batch text over 150 KB", "/open-apis/message/v4/batch_send/", { msg_type: "text", content: { text: "x".repeat(150 * 1024) }, department_ids: ["sales"] }, 200, 10003],
    ["a batch card over 30 KB", "/open-apis/message/v4/batch_send/", { msg_type: "interactive", card: { elements: [{ tag: "div", text: "x".repeat(31 * 1024) }] }, department_ids: ["sales"] }, 200, 10003],
    ["a message text over 150 KB", "/open-apis/im/v1/messages?receive_id_type=chat_id", { receive_id: "CHAT", msg_type: "text", content: JSON.stringify({ text: "x".repeat(150 * 1024) }) }, 400, 230025],
  ])("refuses %s", async (_case, path, body, status, code) => {
    const answer = await post(path, JSON.parse(JSON.stringify(body).replace("CHAT", chat)));
    expect(answer).toMatchObject({ status, body: { code } });
  });

  it("accepts a batch text just under 150 KB", async () => {
    const answer = await post("/open-apis/message/v4/batch_send/", { msg_type: "text", content: { text: "x".repeat(149 * 1024) }, department_ids: ["sales"] });
    expect(answer.body.code).toBe(0);
  });

  /** `make(pad)` with the padding chosen so that the part the limit measures is exactly `bytes` long. */
  function sized<T>(bytes: number, make: (pad: string) => T, measured: (value: T) => string): T {
    const overhead = new TextEncoder().encode(measured(make(""))).length;
    return make("x".repeat(bytes - overhead));
  }
  const batch = (msgType: string, bytes: number) =>
    msgType === "interactive"
      ? sized(bytes, (pad) => ({ msg_type: msgType, card: { elements: [{ tag: "div", text: { tag: "plain_text", content: pad } }] }, department_ids: ["sales"] }), (b) => JSON.stringify(b.card))
      : msgType === "post"
        ? sized(bytes, (pad) => ({ msg_type: msgType, content: { post: { zh_cn: { title: pad, content: [[{ tag: "text", text: "x" }]] } } }, department_ids: ["sales"] }), (b) => JSON.stringify(b.content))
        : sized(bytes, (pad) => ({ msg_type: msgType, content: { text: pad }, department_ids: ["sales"] }), (b) => JSON.stringify(b.content));

  // The limits are inclusive: a content of exactly the limit is sent, one byte more is refused.
  it.each([
    ["text", 150 * 1024],
    ["post", 30 * 1024],
    ["interactive", 30 * 1024],
  ])("batch send takes a %s content of exactly its limit (%i bytes), and refuses one byte more (10003)", async (msgType, limit) => {
    expect((await post("/open-apis/message/v4/batch_send/", batch(msgType, limit))).body.code).toBe(0);
    expect((await post("/open-apis/message/v4/batch_send/", batch(msgType, limit + 1))).body.code).toBe(10003);
  });

  it("batch send holds a post to its own 30 KB limit, not the text's 150 KB", async () => {
    expect((await post("/open-apis/message/v4/batch_send/", batch("post", 100 * 1024))).body.code).toBe(10003);
  });

  const message = (msgType: string, bytes: number) =>
    msgType === "post"
      ? sized(bytes, (pad) => ({ receive_id: chat, msg_type: msgType, content: JSON.stringify({ zh_cn: { title: pad, content: [[{ tag: "text", text: "x" }]] } }) }), (m) => m.content)
      : sized(bytes, (pad) => ({ receive_id: chat, msg_type: msgType, content: JSON.stringify({ text: pad }) }), (m) => m.content);

  it.each([
    ["text", 150 * 1024],
    ["post", 30 * 1024],
  ])("a message takes a %s content of exactly its limit (%i bytes), and refuses one byte more (230025)", async (msgType, limit) => {
    const path = "/open-apis/im/v1/messages?receive_id_type=chat_id";
    expect((await post(path, message(msgType, limit))).body.code).toBe(0);
    expect((await post(path, message(msgType, limit + 1))).body).toMatchObject({ code: 230025 });
  });

  it("a message holds a post to its own 30 KB limit, not the text's 150 KB", async () => {
    expect((await post("/open-apis/im/v1/messages?receive_id_type=chat_id", message("post", 100 * 1024))).body.code).toBe(230025);
  });
});

describe("the 1 MB hard cap", () => {
  /** A message send whose body `write` feeds as it likes; resolves with the answer as soon as it is whole. */
  function sendBody(headers: Record<string, string>, write: (req: ClientRequest) => void) {
    return new Promise<{ status: number; body: { code: number } }>((resolve, reject) => {
      const req = request(`${server.url}/open-apis/im/v1/messages?receive_id_type=chat_id`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...headers },
      });
      req.on("response", (res) => {
        let text = "";
        res.on("data", (d) => (text += d));
        res.on("end", () => {
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) });
          req.destroy();
        });
      });
      req.on("error", () => {}); // writing on after the answer may fail: expected
      setTimeout(() => reject(new Error("no answer")), 5000).unref();
      write(req);
    });
  }

  it("answers a request that declares a 50 MB body at once, before the body is sent", async () => {
    // 1 KB of the declared 50 MB, and then nothing.
    const answer = await sendBody({ "content-length": String(50 * 1024 * 1024) }, (req) => req.write("{".padEnd(1024, " ")));
    expect(answer).toMatchObject({ status: 400, body: { code: 230001 } });
  });

  it("stops reading a streamed body once it passes 1 MB", async () => {
    const answer = await sendBody({ "transfer-encoding": "chunked" }, (req) => {
      const chunk = "x".repeat(64 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < 4 * 1024 * 1024 && req.write(chunk)) sent += chunk.length;
        if (sent < 4 * 1024 * 1024) req.once("drain", pump);
      };
      pump();
    });
    expect(answer).toMatchObject({ status: 400, body: { code: 230001 } });
  });
});

describe("slow and half-open connections", () => {
  it("closes a connection whose request never arrives whole", async () => {
    const socket = connect(Number(new URL(server.url).port), "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    socket.write("POST /open-apis/im/v1/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{");
    let received = "";
    socket.on("data", (d) => (received += d));
    await new Promise((resolve) => socket.once("close", resolve));
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });
});
