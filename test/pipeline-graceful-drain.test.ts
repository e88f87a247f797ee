// The graceful drain (graceful-drain.ts) step by step, beyond test/on-a-port.test.ts: a real HTTP server and raw
// keep-alive connections on 127.0.0.1, with the drain's timers on vitest's fake clock (only setTimeout: sockets stay
// real), so the grace of 250 ms and the deadline are exact and nothing waits on the wall clock. What the server-side
// socket says (`writableEnded`: a FIN sent; `destroyed`) is read at once, not polled.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { gracefulDrain } from "../mock-server/http/graceful-drain.js";

const REQUEST = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
const GRACE = 250;

/** The server's side is left open for one millisecond less than the grace, and ended at the grace exactly. */
function expectEndedAfterGrace(server: { writableEnded: boolean }): void {
  vi.advanceTimersByTime(GRACE - 1);
  expect(server.writableEnded).toBe(false);
  vi.advanceTimersByTime(1);
  expect(server.writableEnded).toBe(true);
}

let open: { server: Server; clients: Socket[] } | undefined;
afterEach(async () => {
  vi.useRealTimers();
  if (!open) return;
  for (const c of open.clients) c.destroy();
  open.server.closeAllConnections();
  await new Promise((resolve) => open!.server.close(resolve));
  open = undefined;
});

/** A server with the drain; its handler is the test's; `accepted` gives the server side of each connection. */
async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const server = createServer(handler);
  const drain = gracefulDrain(server);
  const accepted: Socket[] = [];
  server.on("connection", (s: Socket) => accepted.push(s));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  open = { server, clients: [] };
  const client = async () => {
    const socket = connect(port, "127.0.0.1");
    open!.clients.push(socket);
    const seen = { data: "", ended: false, error: undefined as Error | undefined };
    socket.on("data", (d) => (seen.data += d));
    socket.on("error", (e) => (seen.error = e));
    const ended = new Promise<void>((resolve) => socket.on("end", () => ((seen.ended = true), resolve())));
    await new Promise((resolve) => socket.once("connect", resolve));
    await until(() => accepted.length >= open!.clients.length);
    return { socket, seen, ended, server: accepted[open!.clients.length - 1]! };
  };
  return { drain, client };
}

/** Real event-loop turns (socket I/O) until the condition holds; the fake clock does not move meanwhile. */
async function until(condition: () => boolean) {
  for (let i = 0; i < 10_000 && !condition(); i++) await new Promise((resolve) => setImmediate(resolve));
  expect(condition()).toBe(true);
}

const fakeClock = () => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });

describe("the graceful drain", () => {
  it("ends an idle kept-alive connection (a FIN) once it has stayed idle for the grace, not before, and resolves", async () => {
    fakeClock();
    const { drain, client } = await serve((_req, res) => res.end("ok"));
    const c = await client();
    c.socket.write(REQUEST);
    await until(() => c.seen.data.endsWith("ok"));
    expect(c.seen.data).toMatch(/keep-alive/i);
    const closing = drain(60_000);
    expectEndedAfterGrace(c.server);
    await c.ended;
    await closing;
    expect(c.seen.error).toBeUndefined();
    expect(c.server.destroyed).toBe(true);
  });

  it("keeps a connection whose next request came during the grace while it is answered, then closes it", async () => {
    fakeClock();
    let release: (() => void) | undefined;
    let second = false;
    const { drain, client } = await serve((_req, res) => {
      if (!second) return res.end("first");
      release = () => res.end("second");
    });
    const c = await client();
    c.socket.write(REQUEST);
    await until(() => c.seen.data.endsWith("first"));
    const closing = drain(60_000);
    vi.advanceTimersByTime(100);
    second = true;
    c.socket.write(REQUEST);
    await until(() => release !== undefined);
    vi.advanceTimersByTime(GRACE * 4);
    expect(c.server.writableEnded).toBe(false);
    release!();
    await c.ended;
    await closing;
    expect(c.seen.data).toMatch(/\r\n\r\nsecond$/);
    expect(c.seen.data.split("HTTP/1.1 200")[2]).toMatch(/\r\nconnection: close\r\n/i);
    expect(c.seen.error).toBeUndefined();
  });

  it("lets a response whose headers went out before the drain finish on its connection, which then ends after the grace", async () => {
    fakeClock();
    let release = () => {};
    const { drain, client } = await serve((_req, res) => {
      res.writeHead(200, { "content-length": "4" });
      res.write("ab");
      release = () => res.end("cd");
    });
    const c = await client();
    c.socket.write(REQUEST);
    await until(() => c.seen.data.endsWith("ab"));
    const closing = drain(60_000);
    vi.advanceTimersByTime(GRACE * 4);
    expect(c.server.writableEnded).toBe(false);
    release();
    await until(() => c.seen.data.endsWith("abcd"));
    expect(c.seen.data).not.toMatch(/connection: close/i);
    expectEndedAfterGrace(c.server);
    await c.ended;
    await closing;
  });

  it("ends a connection that has sent nothing yet after the grace, once draining", async () => {
    fakeClock();
    const { drain, client } = await serve((_req, res) => res.end("ok"));
    const c = await client();
    const closing = drain(60_000);
    expectEndedAfterGrace(c.server);
    await c.ended;
    await closing;
    expect(c.seen).toMatchObject({ data: "", error: undefined });
  });

  it("leaves a connection that has sent nothing alone while the server is not draining", async () => {
    fakeClock();
    const { client } = await serve((_req, res) => res.end("ok"));
    const c = await client();
    vi.advanceTimersByTime(GRACE * 10);
    expect(c.server.writableEnded).toBe(false);
    c.socket.write(REQUEST);
    await until(() => c.seen.data.endsWith("ok"));
  });

  it("cuts what is still being answered at the deadline, not before, and then resolves", async () => {
    fakeClock();
    let received = false;
    const { drain, client } = await serve(() => {
      received = true; // and never answers
    });
    const c = await client();
    c.socket.write(REQUEST);
    await until(() => received);
    const closing = drain(1000);
    vi.advanceTimersByTime(999);
    expect(c.server.destroyed).toBe(false);
    vi.advanceTimersByTime(1);
    expect(c.server.destroyed).toBe(true);
    await closing;
  });

  it("rejects with the server's error when the server is not listening", async () => {
    const server = createServer();
    await expect(gracefulDrain(server)(1000)).rejects.toThrow(/not running/);
  });
});
