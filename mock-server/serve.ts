// startMockServer(): the mock app on a real port with @hono/node-server. The only file that knows about Node's
// HTTP server. Resolves once listening; close() stops accepting, lets in-flight requests finish (up to a deadline)
// and closes kept-alive connections cleanly, saves the state file if there is one, then resolves.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { serve } from "@hono/node-server";
import { createMockApp, type MockApp, type MockAppOptions } from "./app.js";
import type { MockClock } from "./clock.js";
import type { MockConfigInput } from "./config-input.js";
import type { JournalEntry, JournalFilter, JournalWaitOptions } from "./http/journal.js";
import { gracefulDrain } from "./http/graceful-drain.js";
import { allowedHost } from "./http/host-guard.js";
import { StateStore } from "./persistence/state-store.js";
import { restoreConflicts } from "./persistence/restore-conflicts.js";

export interface StartOptions extends Omit<MockAppOptions, "control"> {
  /** 0 picks a free port (default 3000). */
  port?: number;
  host?: string;
  /** Shorthand for config.seed. */
  seed?: number;
  /** Serve /__mock (default: on for a loopback host, off otherwise). */
  control?: boolean;
  /** Save the state to this file (atomically, every saveIntervalMs when changed, and on close); restore it on start. */
  stateFile?: string;
  saveIntervalMs?: number;
  /** A request must arrive whole within this (slow or half-open connections are closed). Default 30 s. */
  requestTimeoutMs?: number;
  /** close() waits this long for in-flight requests before closing their connections. Default 10 s. */
  drainTimeoutMs?: number;
  /** Where state-file save failures and recoveries are told (default: stderr). */
  onStateFileMessage?: (line: string) => void;
}

export interface MockServer {
  /** http://host:port */
  url: string;
  feishuUrl: string;
  dingtalkUrl: string;
  clock: MockClock;
  mock: MockApp;
  /** Whether the state came from the state file. */
  restored: boolean;
  /** Whether /__mock is served. */
  control: boolean;
  /** Settings given at start that the restored state file overrides (the file wins; each is said at start). */
  conflicts: string[];
  close: () => Promise<void>;
  /** As POST /__mock/reset (whether or not the control API is served): see MockApp.reset. */
  reset: () => void;
  /** The journal's kept requests matching the filter, newest first. */
  requests: (filter?: JournalFilter) => JournalEntry[];
  /** Resolves on the next request matching the filter or predicate (see Journal.waitFor); rejects after timeoutMs. */
  waitForRequest: (filter?: JournalFilter | ((entry: JournalEntry) => boolean), options?: JournalWaitOptions) => Promise<JournalEntry>;
}

let collector: (() => void) | undefined;
let collecting: ReturnType<typeof setTimeout> | undefined;
/**
 * After a million records are dropped, V8 holds the memory until a full collection, which nothing small triggers:
 * RSS stayed at 290 MB. Two full collections a second apart give it back (about 100 MB).
 */
function collectGarbageSoon(): void {
  if (collecting) return;
  if (!collector) {
    setFlagsFromString("--expose-gc");
    collector = runInNewContext("gc") as () => void;
  }
  collecting = setTimeout(() => {
    collector!();
    setTimeout(() => {
      collector!();
      collecting = undefined;
    }, 1000).unref();
  }, 100);
  collecting.unref();
}

export const isLoopback = (host: string) => host === "localhost" || host === "::1" || /^127\./.test(host);

/** Node HTTP server settings shared by the mock and the proxy: slow or half-open requests are cut off. */
export function httpServerOptions(requestTimeout: number) {
  return {
    requestTimeout: requestTimeout,
    headersTimeout: Math.min(requestTimeout, 10_000),
    // How often Node looks for requests past their timeout.
    connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(requestTimeout / 4))),
  };
}

export async function startMockServer(options: StartOptions = {}): Promise<MockServer> {
  const host = options.host ?? "127.0.0.1";
  const baseConfig = (options.config ?? {}) as Record<string, unknown>;
  const config = options.seed === undefined ? baseConfig : { ...baseConfig, seed: options.seed };
  const controlConfig = (config.control ?? {}) as { enabled?: boolean; token?: string };
  const control = options.control ?? controlConfig.enabled ?? isLoopback(host);
  if (control && !isLoopback(host) && controlConfig.token === undefined) {
    throw new Error(`The control API on a non-loopback address (${host}) needs a control token (--control-token).`);
  }
  const extraHosts = ((config.server ?? {}) as { allowed_hosts?: string[] }).allowed_hosts ?? [];
  const mock = createMockApp({ ...options, config: config as MockConfigInput, control, allowedHost: allowedHost([host, ...extraHosts]) });
  const stateFile = options.stateFile
    ? new StateStore(options.stateFile, mock.state, {
        ...(options.saveIntervalMs !== undefined && { intervalMs: options.saveIntervalMs }),
        ...(options.onStateFileMessage && { log: options.onStateFileMessage }),
      })
    : undefined;
  const restored = (await stateFile?.open()) ?? false;
  const conflicts = restored ? restoreConflicts(config, mock.state) : [];

  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve(
      {
        fetch: mock.app.fetch,
        port: options.port ?? 3000,
        hostname: host,
        serverOptions: httpServerOptions(requestTimeout),
      },
      () => resolve(s as Server),
    ) as Server;
    s.once("error", (error) => {
      void stateFile?.stop().catch(() => undefined); // releases the lock
      reject(error);
    });
  });
  const drain = gracefulDrain(server);
  mock.state.retention.afterLargeEviction = collectGarbageSoon;
  stateFile?.start();
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      mock.events.closeStreams(); // open event streams would otherwise hold the drain until its deadline
      let drainError: unknown;
      await drain(options.drainTimeoutMs ?? 10_000).catch((error: unknown) => (drainError = error));
      await stateFile?.stop(); // everything answered is in the file (or this says why not)
      if (drainError) throw drainError;
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
