// startMockServer(): the mock app on a real port with @hono/node-server. The only file that knows about Node's
// HTTP server. Resolves once listening; close() stops accepting, lets in-flight requests finish, then resolves.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createMockApp, type MockApp, type MockAppOptions } from "./app.js";
import type { MockClock } from "./clock.js";

export interface StartOptions extends Omit<MockAppOptions, "control"> {
  /** 0 picks a free port (default 3000). */
  port?: number;
  host?: string;
  /** Shorthand for config.seed. */
  seed?: number;
  /** Serve /__mock (default: on for a loopback host, off otherwise). */
  control?: boolean;
}

export interface MockServer {
  /** http://host:port */
  url: string;
  feishuUrl: string;
  dingtalkUrl: string;
  clock: MockClock;
  mock: MockApp;
  close: () => Promise<void>;
}

export const isLoopback = (host: string) => host === "localhost" || host === "::1" || /^127\./.test(host);

export async function startMockServer(options: StartOptions = {}): Promise<MockServer> {
  const host = options.host ?? "127.0.0.1";
  const baseConfig = (options.config ?? {}) as Record<string, unknown>;
  const config = options.seed === undefined ? baseConfig : { ...baseConfig, seed: options.seed };
  const controlConfig = (config.control ?? {}) as { enabled?: boolean; token?: string };
  const control = options.control ?? controlConfig.enabled ?? isLoopback(host);
  if (control && !isLoopback(host) && controlConfig.token === undefined) {
    throw new Error(`The control API on a non-loopback address (${host}) needs a control token (--control-token).`);
  }
  const mock = createMockApp({ ...options, config, control });

  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: mock.app.fetch, port: options.port ?? 3000, hostname: host }, () => resolve(s as Server)) as Server;
    s.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  return {
    url,
    feishuUrl: url,
    dingtalkUrl: url,
    clock: mock.clock,
    mock,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}
