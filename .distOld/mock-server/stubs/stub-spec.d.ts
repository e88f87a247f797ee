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
export declare const STUB_SCHEMA: {
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["path"];
    readonly properties: {
        readonly id: {
            readonly type: "string";
            readonly pattern: "^[A-Za-z0-9_.:-]{1,64}$";
        };
        readonly method: {
            readonly type: "string";
            readonly pattern: "^([A-Za-z]+|\\*)$";
        };
        readonly path: {
            readonly type: "string";
            readonly pattern: "^/";
            readonly maxLength: 500;
        };
        readonly auth: {
            readonly enum: readonly ["feishu", "dingtalk", "none"];
        };
        readonly query: {
            readonly type: "object";
            readonly additionalProperties: {
                readonly type: "string";
            };
        };
        readonly body: {
            readonly type: "object";
        };
        readonly response: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly status: {
                    readonly type: "integer";
                    readonly minimum: 200;
                    readonly maximum: 599;
                };
                readonly headers: {
                    readonly type: "object";
                    readonly additionalProperties: {
                        readonly type: "string";
                    };
                };
                readonly body: {};
            };
        };
        readonly delay_ms: {
            readonly type: "integer";
            readonly minimum: 0;
            readonly maximum: 60000;
        };
    };
};
