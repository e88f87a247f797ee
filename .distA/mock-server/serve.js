import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { serve } from "@hono/node-server";
import { createMockApp } from "./app.js";
import { gracefulDrain } from "./http/graceful-drain.js";
import { allowedHost } from "./http/host-guard.js";
import { StateStore } from "./persistence/state-store.js";
import { restoreConflicts } from "./persistence/restore-conflicts.js";
let collector;
let collecting;
/**
 * After a million records are dropped, V8 holds the memory until a full collection, which nothing small triggers:
 * RSS stayed at 290 MB. Two full collections a second apart give it back (about 100 MB).
 */
function collectGarbageSoon() {
    if (collecting)
        return;
    if (!collector) {
        setFlagsFromString("--expose-gc");
        collector = runInNewContext("gc");
    }
    collecting = setTimeout(() => {
        collector();
        setTimeout(() => {
            collector();
            collecting = undefined;
        }, 1000).unref();
    }, 100);
    collecting.unref();
}
export const isLoopback = (host) => host === "localhost" || host === "::1" || /^127\./.test(host);
/** Node HTTP server settings shared by the mock and the proxy: slow or half-open requests are cut off. */
export function httpServerOptions(requestTimeout) {
    return {
        requestTimeout: requestTimeout,
        headersTimeout: Math.min(requestTimeout, 10_000),
        // How often Node looks for requests past their timeout.
        connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(requestTimeout / 4))),
    };
}
export async function startMockServer(options = {}) {
    const host = options.host ?? "127.0.0.1";
    const baseConfig = (options.config ?? {});
    const config = options.seed === undefined ? baseConfig : { ...baseConfig, seed: options.seed };
    const controlConfig = (config.control ?? {});
    const control = options.control ?? controlConfig.enabled ?? isLoopback(host);
    if (control && !isLoopback(host) && controlConfig.token === undefined) {
        throw new Error(`The control API on a non-loopback address (${host}) needs a control token (--control-token).`);
    }
    const extraHosts = (config.server ?? {}).allowed_hosts ?? [];
    const mock = createMockApp({ ...options, config: config, control, allowedHost: allowedHost([host, ...extraHosts]) });
    const stateFile = options.stateFile
        ? new StateStore(options.stateFile, mock.state, {
            ...(options.saveIntervalMs !== undefined && { intervalMs: options.saveIntervalMs }),
            ...(options.onStateFileMessage && { log: options.onStateFileMessage }),
        })
        : undefined;
    const restored = (await stateFile?.open()) ?? false;
    const conflicts = restored ? restoreConflicts(config, mock.state) : [];
    const requestTimeout = options.requestTimeoutMs ?? 30_000;
    const server = await new Promise((resolve, reject) => {
        const s = serve({
            fetch: mock.app.fetch,
            port: options.port ?? 3000,
            hostname: host,
            serverOptions: httpServerOptions(requestTimeout),
        }, () => resolve(s));
        s.once("error", (error) => {
            void stateFile?.stop().catch(() => undefined); // releases the lock
            reject(error);
        });
    });
    const drain = gracefulDrain(server);
    mock.state.retention.afterLargeEviction = collectGarbageSoon;
    stateFile?.start();
    const { port } = server.address();
    const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
    let closing;
    const close = () => (closing ??= (async () => {
        mock.events.closeStreams(); // open event streams would otherwise hold the drain until its deadline
        let drainError;
        await drain(options.drainTimeoutMs ?? 10_000).catch((error) => (drainError = error));
        await stateFile?.stop(); // everything answered is in the file (or this says why not)
        if (drainError)
            throw drainError;
    })());
    return {
        url,
        feishuUrl: url,
        dingtalkUrl: url,
        clock: mock.clock,
        mock,
        restored,
        control,
        conflicts,
        close,
        reset: mock.reset,
        requests: (filter) => mock.journal.list(filter).requests,
        waitForRequest: (filter, waitOptions) => mock.journal.waitFor(filter, waitOptions),
    };
}
//# sourceMappingURL=serve.js.map