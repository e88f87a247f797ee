// How the pipeline reads a request's body in-process, whatever the client declares: a declared length, none (a
// stream), a body over the 1 MB cap (refused without reading on, declared or discovered), exactly at the cap, a
// stream that breaks, and an empty body. Over a port, test/limits.test.ts does the same with real sockets.
import { describe, expect, it } from "vitest";
import { harness, type Harness } from "./helpers/mock-harness.js";

const CAP = 1024 * 1024;
const SEND = "/open-apis/im/v1/messages?receive_id_type=chat_id";

function stream(chunks: Uint8Array[], breakAfter?: number): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (breakAfter !== undefined && i === breakAfter) return controller.error(new Error("the client went away"));
      if (i === chunks.length) return controller.close();
      controller.enqueue(chunks[i++]!);
    },
  });
}

async function send(h: Harness, token: string, body: RequestInit["body"] | undefined, headers: Record<string, string> = {}) {
  const response = await h.mock.fetch(`http://mock.test${SEND}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
    ...(body !== undefined && { body, duplex: "half" }),
  } as RequestInit);
  return { status: response.status, code: ((await response.json()) as { code: number }).code, reason: response.headers.get("x-mock-error-reason") };
}

/** A JSON body of exactly `bytes` bytes, split in chunks of at most 64 KB. */
function jsonOf(bytes: number): Uint8Array[] {
  const text = JSON.stringify({ uuid: "x".repeat(bytes - JSON.stringify({ uuid: "" }).length) });
  const all = new TextEncoder().encode(text);
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < all.length; at += 64 * 1024) chunks.push(all.subarray(at, at + 64 * 1024));
  return chunks;
}

describe("reading the body in-process", () => {
  it("reads a streamed body of unknown length, in pieces, up to the cap", async () => {
    const h = harness();
    const token = await h.feishuToken();
    const atCap = await send(h, token, stream(jsonOf(CAP)));
    // Read whole: the endpoint judges it (the uuid is far over its length), not the cap.
    expect(atCap.status).toBe(400);
    expect(atCap.reason).not.toMatch(/over|could not be read/);
    const kept = h.mock.journal.list({ operation: "createMessage" }).requests[0]!;
    expect(kept.body).toBe(`[${CAP} bytes, not kept]`);
    const small = await send(h, token, stream([new TextEncoder().encode('{"receive_id":'), new TextEncoder().encode('"oc_x"}')]));
    expect(small.reason).toBe("body(root) must have required property 'msg_type'; body(root) must have required property 'content'");
  });

  it("refuses a streamed body past the cap, and one that declares a length past it", async () => {
    const h = harness();
    const token = await h.feishuToken();
    const over = await send(h, token, stream(jsonOf(CAP + 1)));
    expect(over).toEqual({ status: 400, code: 230001, reason: `the body is over ${CAP} bytes` });
    const declared = await send(h, token, "x".repeat(CAP + 1), { "content-length": String(CAP + 1) });
    expect(declared).toEqual({ status: 400, code: 230001, reason: `the body is over ${CAP} bytes` });
  });

  it("says so when the body breaks off, streamed or of a declared length", async () => {
    const h = harness();
    const token = await h.feishuToken();
    const broken = await send(h, token, stream([new TextEncoder().encode('{"receive_id":')], 1));
    expect(broken.status).toBe(400);
    expect(broken.reason).toMatch(/^the body could not be read: .*the client went away/);
    const declared = await send(h, token, stream([new TextEncoder().encode('{"a":')], 1), { "content-length": "100" });
    expect(declared.status).toBe(400);
    expect(declared.reason).toMatch(/^the body could not be read: /);
  });

  it("takes an empty body, declared or not, as none", async () => {
    const h = harness();
    const token = await h.feishuToken();
    expect((await send(h, token, "", { "content-length": "0" })).reason).toBe("a request body is required");
    expect((await send(h, token, stream([]))).reason).toBe("a request body is required");
    expect((await send(h, token, undefined)).reason).toBe("a request body is required");
    // Declared chunked yet sent without a body (an in-process Request can): read as no body, not a crash.
    expect(await send(h, token, undefined, { "transfer-encoding": "chunked" })).toEqual({ status: 400, code: 230001, reason: "a request body is required" });
    const gettoken = await h.call("GET", "/gettoken?appkey=dingmockappkey000001&appsecret=mock-dingtalk-secret", { headers: { "transfer-encoding": "chunked" } });
    expect([gettoken.status, gettoken.body.errcode]).toEqual([200, 0]);
  });
});
