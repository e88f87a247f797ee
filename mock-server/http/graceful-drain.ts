// Stopping without a client seeing a reset: the listening socket closes; a request in flight (or arriving on a
// kept-alive connection meanwhile) is answered with `Connection: close`, after which Node closes that connection
// cleanly; kept-alive connections that stay idle for a moment are ended (FIN), not destroyed. The moment matters:
// a client under load sends its next request as soon as it has an answer, and a connection ended while that
// request is on its way is reset when the request arrives. Only at the deadline is anything cut.
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { Server as NetServer, type Socket } from "node:net";

/** How long a kept-alive connection must stay idle, once draining, before it is ended. */
const IDLE_GRACE_MS = 250;

export function gracefulDrain(server: Server): (deadlineMs: number) => Promise<void> {
  const inFlight = new Map<Socket, Set<ServerResponse>>();
  let draining = false;

  const lastRequest = new WeakMap<Socket, number>();
  const endIfIdle = (socket: Socket) => {
    const idle = () => (inFlight.get(socket)?.size ?? 0) === 0 && !socket.destroyed;
    if (!idle()) return;
    const since = lastRequest.get(socket);
    const timer = setTimeout(() => {
      if (idle() && lastRequest.get(socket) === since) socket.end();
    }, IDLE_GRACE_MS);
    timer.unref();
  };
  server.on("connection", (socket: Socket) => {
    inFlight.set(socket, new Set());
    socket.once("close", () => inFlight.delete(socket));
    if (draining) endIfIdle(socket);
  });
  // Before the app's own listener, so the header is there however fast the answer is.
  server.prependListener("request", (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket;
    const responses = inFlight.get(socket) ?? new Set();
    inFlight.set(socket, responses);
    responses.add(response);
    lastRequest.set(socket, performance.now());
    if (draining) response.setHeader("connection", "close");
    response.once("close", () => {
      responses.delete(response);
      if (draining) endIfIdle(socket);
    });
  });

  return (deadlineMs) =>
    new Promise<void>((resolve, reject) => {
      draining = true;
      const deadline = setTimeout(() => {
        for (const socket of inFlight.keys()) socket.destroy();
      }, deadlineMs);
      // net.Server's close: stop accepting, call back when every connection is gone (http.Server's own close
      // would also destroy idle connections at once, which resets one whose next request is on its way).
      NetServer.prototype.close.call(server, (error?: Error) => {
        clearTimeout(deadline);
        // Now http.Server's own close has nothing left to cut; it stops its timeout checks (its "not running"
        // error is expected).
        server.close(() => undefined);
        if (error) reject(error);
        else resolve();
      });
      for (const [socket, responses] of inFlight) {
        for (const response of responses) if (!response.headersSent) response.setHeader("connection", "close");
        endIfIdle(socket);
      }
    });
}
