import { Server as NetServer } from "node:net";
/** How long a kept-alive connection must stay idle, once draining, before it is ended. */
const IDLE_GRACE_MS = 250;
/** The latest response on a connection (responses finish in order, so when it has, all have) and a request count. */
const LATEST = Symbol("latest response");
const SEEN = Symbol("requests seen");
/** Still being answered: its latest response has not finished. */
const busy = (socket) => {
    const response = socket[LATEST];
    return response !== undefined && !response.writableFinished && !response.destroyed;
};
export function gracefulDrain(server) {
    const sockets = new Set();
    let draining = false;
    const endIfIdle = (socket) => {
        if (busy(socket) || socket.destroyed)
            return;
        const since = socket[SEEN];
        const timer = setTimeout(() => {
            if (!busy(socket) && !socket.destroyed && socket[SEEN] === since)
                socket.end();
        }, IDLE_GRACE_MS);
        timer.unref();
    };
    /** Once draining: the answer says the connection closes, and the connection is ended when idle after it. */
    const closeAfter = (socket, response) => {
        if (!response.headersSent)
            response.setHeader("connection", "close");
        response.once("close", () => endIfIdle(socket));
    };
    server.on("connection", (socket) => {
        sockets.add(socket);
        socket.once("close", () => sockets.delete(socket));
        if (draining)
            endIfIdle(socket);
    });
    // Before the app's own listener, so the header is there however fast the answer is. Until the drain, a request
    // costs two property writes here: no listener per response (a measurable share of a request, issue 11).
    server.prependListener("request", (request, response) => {
        const socket = request.socket;
        socket[LATEST] = response;
        socket[SEEN] = (socket[SEEN] ?? 0) + 1;
        if (draining)
            closeAfter(socket, response);
    });
    return (deadlineMs) => new Promise((resolve, reject) => {
        draining = true;
        const deadline = setTimeout(() => {
            for (const socket of sockets)
                socket.destroy();
        }, deadlineMs);
        // net.Server's close: stop accepting, call back when every connection is gone (http.Server's own close
        // would also destroy idle connections at once, which resets one whose next request is on its way).
        NetServer.prototype.close.call(server, (error) => {
            clearTimeout(deadline);
            // Now http.Server's own close has nothing left to cut; it stops its timeout checks (its "not running"
            // error is expected).
            server.close(() => undefined);
            if (error)
                reject(error);
            else
                resolve();
        });
        for (const socket of sockets) {
            if (busy(socket))
                closeAfter(socket, socket[LATEST]);
            else
                endIfIdle(socket);
        }
    });
}
//# sourceMappingURL=graceful-drain.js.map