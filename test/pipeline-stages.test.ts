// The stages around the operations: the Host guard (which names a mock answers, in-process here; over a port in
// on-a-port.test.ts) and the journal stage (what it records of a request: which paths, the body or its size,
// credentials masked in the path).
import { describe, expect, it } from "vitest";
import { createMockApp } from "../mock-server/index.js";
import { allowedHost, hostName } from "../mock-server/http/host-guard.js";
import { harness } from "./helpers/mock-harness.js";

describe("the Host guard", () => {
  it.each([
    [undefined, undefined],
    ["", undefined],
    ["Mock.Example:8080", "mock.example"],
    ["  localhost:80  ", "localhost"],
    ["127.0.0.1", "127.0.0.1"],
    ["[::1]:3000", "::1"],
    ["[FE80::1]", "fe80::1"],
    ["a:b:c", undefined],
    ["host:123456", undefined],
    ["host:", undefined],
    ["a]b", undefined],
    ["[::1", undefined],
  ])("reads the name of Host %j as %j", (header, name) => {
    expect(hostName(header)).toBe(name);
  });

  it("allows IP literals, localhost and its subdomains, and the configured names only", () => {
    const allowed = allowedHost(["Proxy.Example", "[fe80::2]"]);
    for (const name of ["127.0.0.1", "10.1.2.3", "::1", "localhost", "app.localhost", "proxy.example", "fe80::2"]) expect(allowed(name), name).toBe(true);
    for (const name of ["1.2.3", "1.2.3.4.5", "localhost.evil", "xlocalhost", "evil.example", "proxy.example.evil"]) expect(allowed(name), name).toBe(false);
  });

  it("answers 403 naming the Host (cut to 100 characters) on every route, and lets its own names through", async () => {
    const mock = createMockApp({ allowedHost: allowedHost(["mock.internal"]) });
    const get = (path: string, host?: string) => mock.fetch(`http://mock.test${path}`, host === undefined ? {} : { headers: { host } });
    const blocked = await get("/__mock/clock", "attacker.example:8080");
    expect(blocked.status).toBe(403);
    expect(await blocked.text()).toBe(
      'Blocked request: the Host "attacker.example:8080" is not one of this mock\'s names (allow it with --allowed-host or server.allowed_hosts)\n',
    );
    const long = await get("/gettoken", `${"a".repeat(150)}.example`);
    expect(long.status).toBe(403);
    expect(await long.text()).toContain(`the Host "${"a".repeat(100)}" is not`);
    expect((await get("/__mock/clock", "mock.internal")).status).toBe(200);
    expect((await get("/__mock/clock", "localhost:1234")).status).toBe(200);
    // Blocked requests never reach the journal.
    expect(mock.journal.lastEntryId).toBe(0);
  });
});

describe("the journal stage", () => {
  it("records vendor paths (even one that starts like the control API's) and not the control API's own", async () => {
    const h = harness();
    await h.call("GET", "/__mock");
    await h.call("GET", "/__mock/clock");
    await h.call("GET", "/__mockery");
    expect(h.mock.journal.list().requests.map((e) => [e.path, e.status])).toEqual([["/__mockery", 404]]);
  });

  it("keeps a read body up to 64 KB and notes a larger one by its size", async () => {
    const h = harness();
    const token = await h.feishuToken();
    const send = (pad: number) => h.call("POST", "/open-apis/im/v1/messages?receive_id_type=chat_id", { token, body: { uuid: "x".repeat(pad) } });
    const overhead = JSON.stringify({ uuid: "" }).length;
    await send(64 * 1024 - overhead);
    await send(64 * 1024 - overhead + 1);
    const [larger, kept] = h.mock.journal.list({ operation: "createMessage" }).requests;
    expect(kept!.body).toEqual({ uuid: "x".repeat(64 * 1024 - overhead) });
    expect(larger!.body).toBe(`[${64 * 1024 + 1} bytes, not kept]`);
  });

  it("notes a body too large to read by its declared size", async () => {
    const h = harness();
    const size = 2 * 1024 * 1024;
    const answer = await h.mock.fetch("http://mock.test/open-apis/not/modelled", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(size) },
      body: "x".repeat(size),
    });
    expect(answer.status).toBe(404);
    expect(h.mock.journal.list().requests[0]!.body).toBe(`[${size} bytes, not kept]`);
  });

  it("records a request with no body without one, and the arrival in mock time", async () => {
    const h = harness();
    h.advance(1500);
    await h.call("GET", "/gettoken?appkey=a&appsecret=b");
    const [entry] = h.mock.journal.list().requests;
    expect(entry).not.toHaveProperty("body");
    expect(entry!.at).toBe("2026-03-02T01:00:01.500Z");
    expect(entry!.method).toBe("GET");
    expect(entry!.query).toEqual({ appkey: "a", appsecret: "***" });
    expect(entry!.headers).toEqual({});
  });

  it("masks a token-like path segment", async () => {
    const h = harness();
    const token = `t-${"g".repeat(30)}`;
    await h.call("GET", `/open-apis/x/${token}/y`);
    expect(h.mock.journal.list().requests[0]!.path).toBe("/open-apis/x/t-gg…/y");
  });
});
