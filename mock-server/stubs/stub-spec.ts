// What a stub is: an answer for a request the mock does not model (reply, user lookup, chat info, DingTalk
// user/get, …), given in the config's `stubs:` or through POST /__mock/stubs. Checked by the config's JSON Schema.

export interface StubResponse {
  /** Default 200. */
  status?: number;
  headers?: Record<string, string>;
  /** Sent as JSON; strings may hold {{…}} placeholders (stubs/template.ts). */
  body?: unknown;
}

export interface StubSpec {
  /** Given or made up ("stub-1", …); a stub with an id already in use replaces it. */
  id?: string;
  /** GET, POST, … or "*" for any (default "*"). */
  method?: string;
  /** A path pattern as Hono reads it: `/open-apis/im/v1/messages/:message_id/reply`, `/topapi/v2/user/*`. */
  path: string;
  /** Which vendor's auth it sits behind (default: feishu for /open-apis/…, else dingtalk); "none" for no auth. */
  auth?: "feishu" | "dingtalk" | "none";
  /** Query parameters the request must have, with these values. */
  query?: Record<string, string>;
  /** Fields the JSON body must have (a partial match: objects by their listed keys, everything else equal). */
  body?: Record<string, unknown>;
  response?: StubResponse;
  /** Answer after this many real milliseconds. */
  delay_ms?: number;
}

/** A stub as kept: its id, vendor and method settled. */
export interface Stub extends StubSpec {
  id: string;
  method: string;
  auth: "feishu" | "dingtalk" | "none";
  response: StubResponse;
}

export const STUB_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["path"],
  properties: {
    id: { type: "string", pattern: "^[A-Za-z0-9_.:-]{1,64}$" },
    method: { type: "string", pattern: "^([A-Za-z]+|\\*)$" },
    path: { type: "string", pattern: "^/", maxLength: 500 },
    auth: { enum: ["feishu", "dingtalk", "none"] },
    query: { type: "object", additionalProperties: { type: "string" } },
    body: { type: "object" },
    response: {
      type: "object",
      additionalProperties: false,
      properties: {
        status: { type: "integer", minimum: 200, maximum: 599 },
        headers: { type: "object", additionalProperties: { type: "string" } },
        body: {},
      },
    },
    delay_ms: { type: "integer", minimum: 0, maximum: 60_000 },
  },
} as const;
