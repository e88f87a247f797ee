export type Vendor = "feishu" | "dingtalk";
export declare const VENDORS: readonly Vendor[];
export type HttpMethod = "get" | "put" | "post" | "delete" | "patch" | "head" | "options" | "trace";
export declare const HTTP_METHODS: readonly HttpMethod[];
export type JsonSchema = Record<string, unknown>;
export interface Reference {
    $ref: string;
}
export interface ErrorCodeEntry {
    code: number;
    http_status: number;
    /** Another HTTP status the vendor is known to answer with for the same code (see its description). */
    alternative_http_status?: number;
    msg: string;
    /** The text seen from the live service, where it differs from the documented `msg`. */
    live_msg?: string;
    /** 10014's text when the app id is unknown (rather than the secret wrong). */
    msg_unknown_app?: string;
    /** `msg` has `{placeholders}` the answer fills in (99991672 names the operation's scopes and the app). */
    msg_is_template?: boolean;
    description: string;
    source: string;
}
export interface RateLimit {
    per_second?: number;
    per_minute?: number;
    scope: "app";
    source: string;
}
export interface QueryWindow {
    max_age_seconds: number;
    error_code: number;
    source: string;
}
export interface RecallWindow {
    default_seconds: number;
    error_code: number;
    configurable: boolean;
    source: string;
}
export interface TokenLifetime {
    expire_seconds: number;
    /** A token with less than this left is replaced by a new one (Feishu). */
    reissue_below_seconds?: number;
    source: string;
}
export interface ContentLimits {
    text_bytes: number;
    post_bytes: number;
    card_bytes: number;
    error_code: number;
    source: string;
}
export interface ListLimits {
    userid_list: number;
    dept_id_list: number;
    error_code: number;
    source: string;
}
export interface DailyLimit {
    messages: number;
    error_code: number;
    source: string;
}
export interface Parameter {
    name: string;
    in: "path" | "query" | "header" | "cookie";
    required?: boolean;
    description?: string;
    schema?: JsonSchema;
    example?: unknown;
    examples?: Record<string, {
        value: unknown;
    } | Reference>;
    /** Which layer refuses a value that fails the schema: the gateway (99992402) or the endpoint (default). */
    "x-validated-by"?: ValidatedBy;
}
export type ValidatedBy = "gateway" | "business";
export interface MediaType {
    schema?: JsonSchema;
    example?: unknown;
    examples?: Record<string, {
        value: unknown;
    } | Reference>;
    encoding?: Record<string, {
        contentType?: string;
    }>;
}
export interface RequestBody {
    required?: boolean;
    content: Record<string, MediaType>;
    "x-validated-by"?: ValidatedBy;
}
export interface Response {
    description: string;
    headers?: Record<string, {
        schema?: JsonSchema;
    } | Reference>;
    content?: Record<string, MediaType>;
}
export interface Operation {
    operationId: string;
    summary?: string;
    description?: string;
    security?: Record<string, string[]>[];
    parameters?: (Parameter | Reference)[];
    requestBody?: RequestBody | Reference;
    responses: Record<string, Response | Reference>;
    "x-source"?: string;
    "x-error-codes"?: ErrorCodeEntry[];
    "x-rate-limit"?: RateLimit;
    "x-query-window"?: QueryWindow;
    "x-recall-window"?: RecallWindow;
    "x-required-scopes"?: string[];
    "x-requires-bot"?: boolean;
    /** The code answered when a request does not match the spec (a parameter or body invalid). */
    "x-invalid-request-code"?: number;
    /** Errors as `{code, msg, data}` without the `error` object of newer APIs. */
    "x-legacy-envelope"?: boolean;
    "x-token-lifetime"?: TokenLifetime;
    "x-content-limits"?: ContentLimits;
    "x-list-limits"?: ListLimits;
    "x-daily-limit"?: DailyLimit;
    /** Batch send: the scope needed to send to users, and to departments. */
    "x-recipient-scopes"?: {
        users: string;
        departments: string;
    };
    /** The scope a response field needs, by the value of the query parameter that asks for it. */
    "x-field-scopes"?: Record<string, string>;
    /** DingTalk's TOP gateway accepts numbers and booleans sent as JSON strings in the body (live). */
    "x-accepts-number-strings"?: boolean;
    /** The open-apis gateway checks the scopes first: a missing one is 99991672 (live), not 230027. */
    "x-gateway-scopes"?: boolean;
    [extension: `x-${string}`]: unknown;
}
export type PathItem = Partial<Record<HttpMethod, Operation>> & {
    parameters?: (Parameter | Reference)[];
};
export interface OpenApiDocument {
    openapi: string;
    info: {
        title: string;
        version: string;
    };
    servers?: {
        url: string;
        description?: string;
    }[];
    security?: Record<string, string[]>[];
    paths: Record<string, PathItem>;
    components?: Record<string, Record<string, unknown>>;
    [extension: `x-${string}`]: unknown;
}
