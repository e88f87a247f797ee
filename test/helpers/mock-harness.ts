// An in-process mock with a frozen clock and response self-checks on, plus terse helpers to call it.
// Tests advance the mock's clock; nothing here sleeps.
import { createMockApp, type MockApp } from "../../mock-server/index.js";

export const START = "2026-03-02T01:00:00.000Z";
export const FEISHU_APP = { app_id: "cli_9f0a1b2c3d4e5f60", app_secret: "mock-feishu-secret" };
export const DINGTALK_APP = { appkey: "dingmockappkey000001", appsecret: "mock-dingtalk-secret", agent_id: 1000000001 };

export interface Answer<B = any> {
  status: number;
  body: B;
  headers: Headers;
}

export interface CallOptions {
  body?: unknown;
  /** Sent as-is (with this content type) instead of JSON. */
  raw?: { text: string; contentType: string };
  token?: string;
  headers?: Record<string, string>;
}

export interface Harness {
  mock: MockApp;
  call: (method: string, path: string, options?: CallOptions) => Promise<Answer>;
  feishuToken: (app?: { app_id: string; app_secret: string }) => Promise<string>;
  dingtalkToken: (app?: { appkey: string; appsecret: string }) => Promise<string>;
  control: (method: string, path: string, body?: unknown) => Promise<Answer>;
  advance: (ms: number) => void;
  /** The directory as the control API shows it (open_ids of the default app unless another is named). */
  directory: (appId?: string, limit?: number, offset?: number) => Promise<any>;
}

/** Mocks made during the current test; test/helpers/setup.ts fails the test if any answered off-spec. */
export const liveMocks = new Set<MockApp>();

/**
 * Deep-merges test settings over the harness defaults (frozen clock at START, self-check on, the documents'
 * reading — `fidelity: "documented"` — unless a test asks for "live"; test/fidelity-*.test.ts cover the live one).
 */
export function harness(config: Record<string, any> = {}, wallClock?: () => number): Harness {
  const mock = createMockApp({
    ...(wallClock && { wallClock }),
    config: {
      validate_responses: true,
      fidelity: "documented",
      ...config,
      time: { start: START, frozen: true, ...config.time },
    },
  });
  liveMocks.add(mock);
  const call = async (method: string, path: string, options: CallOptions = {}): Promise<Answer> => {
    const headers: Record<string, string> = { ...options.headers };
    let body: string | undefined;
    if (options.raw) {
      body = options.raw.text;
      headers["content-type"] = options.raw.contentType;
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers["content-type"] = "application/json";
    }
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    const response = await mock.fetch(`http://mock.test${path}`, { method, headers, ...(body !== undefined && { body }) });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed, headers: response.headers };
  };
  return {
    mock,
    call,
    feishuToken: async (app = FEISHU_APP) => {
      const answer = await call("POST", "/open-apis/auth/v3/tenant_access_token/internal", { body: app });
      if (answer.body.code !== 0) throw new Error(`token: ${JSON.stringify(answer.body)}`);
      return answer.body.tenant_access_token as string;
    },
    dingtalkToken: async (app = DINGTALK_APP) => {
      const answer = await call("GET", `/gettoken?appkey=${app.appkey}&appsecret=${app.appsecret}`);
      if (answer.body.errcode !== 0) throw new Error(`gettoken: ${JSON.stringify(answer.body)}`);
      return answer.body.access_token as string;
    },
    control: (method, path, body) => call(method, `/__mock${path}`, body === undefined ? {} : { body }),
    advance: (ms) => mock.clock.advance(ms),
    directory: async (appId, limit = 100, offset = 0) =>
      (await call("GET", `/__mock/directory?limit=${limit}&offset=${offset}${appId ? `&app_id=${appId}` : ""}`)).body,
  };
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
