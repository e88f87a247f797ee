// What only a real port shows: the Host allow-list against DNS rebinding (every route), and a graceful drain
// (kept-alive connections get their answers with Connection: close, idle ones a clean FIN, nobody a reset).
import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../mock-server/index.js";

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A raw HTTP/1.1 exchange; resolves with what came back before the socket ended or `until` matched. */
function raw(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(request));
    let received = "";
    socket.on("data", (d) => (received += d));
    socket.on("error", reject);
    socket.on("end", () => resolve(received));
    socket.setTimeout(5000, () => socket.destroy(new Error("timed out")));
  });
}

const get = (path: string, host: string) => `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`;

describe("Host allow-list", () => {
  it("refuses a Host that is not the mock's own on every route; takes loopback names, IP literals and configured names", async () => {
    server = await startMockServer({ port: 0, config: { server: { allowed_hosts: ["mock.internal"] } } });
    const port = Number(new URL(server.url).port);
    for (const path of ["/__mock/state", "/gettoken?appkey=dingmockappkey000001&appsecret=mock-dingtalk-secret", "/open-apis/im/v1/batch_messages/bm-1/get_progress", "/nowhere"]) {
      const answer = await raw(port, get(path, `attacker.example:${port}`));
      expect(answer, path).toMatch(/^HTTP\/1\.1 403/);
      expect(answer).toContain('Host "attacker.example');
      expect(answer).not.toContain("mock-dingtalk-secret");
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `app.localhost:${port}`, "mock.internal", `10.1.2.3:${port}`]) {
      expect(await raw(port, get("/__mock/clock", host)), host).toMatch(/^HTTP\/1\.1 200/);
    }
    expect(await raw(port, "GET /__mock/clock HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n")).toMatch(/^HTTP\/1\.1 (400|403)/);
  });
});

/** An open keep-alive connection that records what it receives and how it ends. */
function keepAlive(port: number) {
  const socket: Socket = connect(port, "127.0.0.1");
  const seen = { data: "", ended: false, error: undefined as Error | undefined, closed: false };
  socket.on("data", (d) => (seen.data += d));
  socket.on("end", () => {
    seen.ended = true;
    socket.end();
  });
  socket.on("error", (e) => (seen.error = e));
  socket.on("close", () => (seen.closed = true));
  const connected = new Promise((resolve) => socket.once("connect", resolve));
  return { socket, seen, connected };
}

describe("graceful drain", () => {
  it("answers in-flight requests with Connection: close and ends idle kept-alive connections with a FIN", async () => {
    server = await startMockServer({ port: 0 });
    const port = Number(new URL(server.url).port);
    const request = "GET /__mock/clock HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

    const idle = keepAlive(port);
    await idle.connected;
    idle.socket.write(request);
    await expect.poll(() => idle.seen.data).toMatch(/keep-alive/i);

    // A request held in flight by a delay fault on a kept-alive connection.
    await fetch(`${server.url}/__mock/faults`, { method: "POST", body: JSON.stringify({ operation: "getAccessToken", delay_ms: 300 }) });
    const busy = keepAlive(port);
    await busy.connected;
    busy.socket.write("GET /gettoken?appkey=dingmockappkey000001&appsecret=mock-dingtalk-secret HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    await expect.poll(async () => ((await (await fetch(`${server!.url}/__mock/faults`, { headers: { connection: "close" } })).json()) as { faults: unknown[] }).faults.length).toBe(0);

    const closing = server.close();
    server = undefined;
    await closing;
    await expect.poll(() => idle.seen.closed && busy.seen.closed).toBe(true);
    expect(idle.seen).toMatchObject({ ended: true, error: undefined });
    expect(busy.seen).toMatchObject({ ended: true, error: undefined });
    expect(busy.seen.data).toMatch(/^HTTP\/1\.1 200/);
    expect(busy.seen.data).toMatch(/\r\nconnection: close\r\n/i);
    expect(busy.seen.data).toContain('"errcode":0');
  });

  it("answers a request that arrives on an idle kept-alive connection just as the drain begins (no reset)", async () => {
    server = await startMockServer({ port: 0 });
    const port = Number(new URL(server.url).port);
    const request = "GET /__mock/clock HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    const client = keepAlive(port);
    await client.connected;
    client.socket.write(request);
    await expect.poll(() => client.seen.data).toMatch(/keep-alive/i);
    client.seen.data = "";
    const closing = server.close();
    server = undefined;
    client.socket.write(request); // on its way while the server starts to drain
    await closing;
    await expect.poll(() => client.seen.closed).toBe(true);
    expect(client.seen.error).toBeUndefined();
    expect(client.seen.data).toMatch(/^HTTP\/1\.1 200/);
    expect(client.seen.data).toMatch(/\r\nconnection: close\r\n/i);
  });
});
