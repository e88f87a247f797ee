import type { IncomingMessage } from "node:http";
import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { Upstream } from "./upstream.js";

const OK = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\n{}";

/** A raw upstream: `onRequest(n, requestOnThisConnection, socket)` for each request head it receives. */
function upstream(onRequest: (connection: number, request: number, socket: Socket) => void): Promise<{ server: Server; url: URL; connections: () => number }> {
  let connections = 0;
  const server = createServer((socket) => {
    const connection = ++connections;
    let requests = 0;
    let buffered = "";
    socket.on("data", (chunk) => {
      buffered += chunk;
      while (buffered.includes("\r\n\r\n")) {
        buffered = buffered.slice(buffered.indexOf("\r\n\r\n") + 4);
        onRequest(connection, ++requests, socket);
      }
    });
    socket.on("error", () => undefined);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      resolve({ server, url: new URL(`http://127.0.0.1:${port}`), connections: () => connections });
    }),
  );
}

/** The answer's status, once its body is read (only then is the connection free for the next request). */
async function statusOf(answer: Promise<IncomingMessage>): Promise<number | undefined> {
  const message = await answer;
  for await (const _chunk of message);
  return message.statusCode;
}

const servers: Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

describe("the proxy's upstream", () => {
  it("sends a request again on a fresh connection when the kept-alive one it reused was closed under it", async () => {
    // The first connection answers once, then resets as the second request arrives: an idle timeout's race.
    const u = await upstream((connection, request, socket) => (connection === 1 && request === 2 ? socket.resetAndDestroy() : socket.write(OK)));
    servers.push(u.server);
    const client = new Upstream(u.url, 2000);
    try {
      expect(await statusOf(client.forward("GET", "/a", [], Buffer.alloc(0)))).toBe(200);
      expect(await statusOf(client.forward("GET", "/b", [], Buffer.alloc(0)))).toBe(200);
      expect(u.connections()).toBe(2);
    } finally {
      client.close();
    }
  });

  it("does not send again when a fresh connection is reset: that is the upstream's failure", async () => {
    let requests = 0;
    const u = await upstream((_connection, _request, socket) => {
      requests += 1;
      socket.resetAndDestroy();
    });
    servers.push(u.server);
    const client = new Upstream(u.url, 2000);
    try {
      await expect(client.forward("POST", "/a", [], Buffer.from("{}"))).rejects.toThrow(/ECONNRESET|socket hang up/);
      expect(requests).toBe(1);
    } finally {
      client.close();
    }
  });
});
