import { type StubSpec } from "./stubs/stub-spec.js";
export interface FeishuAppConfig {
    app_id: string;
    app_secret: string;
    name: string;
    /** Bot ability; without it the bot operations answer 230006 (batch send 11205). */
    bot: boolean;
    /** Granted scopes; an operation needs one of its spec's `x-required-scopes` (else 230027). */
    scopes: string[];
    /** Outside the app's availability: department_id / open_department_id, or a user's user_id / union_id / open_id. */
    unavailable: string[];
}
export interface DingTalkAppConfig {
    appkey: string;
    appsecret: string;
    agent_id: number;
    name: string;
}
/** Which reading of the vendors the mock follows where the live services and their documents differ. */
export type Fidelity = "live" | "documented";
export interface MockConfig {
    /**
     * "live" (default): behave as the live services answer (public captures, cited in the specs); "documented": as the
     * documents read. Each point below that the profile sets can still be set on its own (see FIDELITY_PROFILES).
     */
    fidelity: Fidelity;
    seed: number;
    time: {
        /** Mock time at start, ISO date-time (default: the real time). */
        start?: string;
        scale: number;
        frozen: boolean;
    };
    directory: {
        large_department_size: number;
    };
    /** "documented": error texts as the vendors document them; "live": as the live services send them. */
    error_messages: "documented" | "live";
    tokens: {
        /**
         * "wall": a token lives `expire`/`expires_in` seconds of real time, as the client was told (moving the mock's
         * clock never kills a client's cached token); "mock": it lives that long in mock time.
         */
        expire_on: "wall" | "mock";
    };
    feishu: {
        apps: FeishuAppConfig[];
        /** The tenant's recall window (default: the spec's x-recall-window, one day). */
        recall_window_seconds?: number;
        /** Batch-send messages per app per day (default: the spec's x-daily-limit, 500,000). */
        daily_batch_limit?: number;
        rate_limit: {
            enabled: boolean;
            per_second?: number;
            per_minute?: number;
        };
        /** Answer a code with its catalog `alternative_http_status`, e.g. {"99991400": 400}. */
        http_status_overrides: Record<string, number>;
        wrong_secret_code: 10014 | 10015;
        /**
         * The open-apis gateway's own checks before the endpoint's (live): a missing scope → 99991672, a parameter
         * missing, out of range or of the wrong type where the spec says the gateway checks it → 99992402. Off: the
         * endpoint's 230027 / 230001 for everything (the documents' reading).
         */
        gateway_errors: boolean;
        /** "x100b": new message ids as the live service issues them (`om_x100b…`); "classic": `om_` + 32 hex. */
        message_ids: "x100b" | "classic";
    };
    dingtalk: {
        apps: DingTalkAppConfig[];
        /** How old a task may be (default: each operation's x-query-window / x-recall-window, 24 hours). */
        query_window_seconds?: number;
        bad_credentials_code: 40096 | 40089;
        /** "plain": 40014/41001; "wrapped": errcode 88 with sub_code, as the live topapi answers. */
        auth_errors: "plain" | "wrapped";
        /** The TOP gateway's leniency (live): numbers sent as strings, and access_token in a form body, accepted. */
        lenient_gateway: boolean;
    };
    simulation: {
        /** A send waits this long (a value in the range, per send) before its job is scheduled. */
        schedule_delay_ms: [number, number];
        delivery_per_second: number;
        min_delivery_ms: number;
        /** The share of deliveries eventually read (a value in the range, per send). */
        read_ratio: [number, number];
        /** Reads arrive over this long after delivery starts. */
        read_spread_ms: number;
        recall_ms: number;
    };
    control: {
        /** The /__mock control API (default: on when bound to a loopback address). */
        enabled?: boolean;
        /** Required as `Authorization: Bearer <token>` on the control API when set. */
        token?: string;
    };
    /** Check every response against the spec (on in tests and with --dev). */
    validate_responses: boolean;
    /**
     * The request journal: how many recent requests it keeps (default 1000; 0 keeps none but still notifies), and
     * the bytes they may take in all (default 8 MiB; the oldest go first when either is reached).
     */
    journal?: {
        size?: number;
        max_bytes?: number;
    };
    /** Answers for requests the mock does not model (mock-server/stubs/stub-spec.ts); POST /__mock/reset keeps these. */
    stubs?: StubSpec[];
    storage: {
        /** At most this many batches, messages and tasks (each) are kept; a send past it answers the vendor's limit code. */
        max_records: number;
        /** How many of the latest sends keep what was sent (`sent` on their records); older ones let it go. */
        sent_payloads: number;
    };
    server: {
        /** Host names (besides loopback names and the bound address) the server answers to, e.g. behind a proxy. */
        allowed_hosts: string[];
    };
}
export declare const DEFAULT_FEISHU_SCOPES: string[];
/** What each fidelity profile sets; a setting given explicitly (file, flags, API) wins over its profile. */
export declare const FIDELITY_PROFILES: {
    readonly live: {
        readonly error_messages: "live";
        readonly tokens: {
            readonly expire_on: "wall";
        };
        readonly feishu: {
            readonly gateway_errors: true;
            readonly message_ids: "x100b";
        };
        readonly dingtalk: {
            readonly auth_errors: "wrapped";
            readonly lenient_gateway: true;
        };
    };
    readonly documented: {
        readonly error_messages: "documented";
        readonly tokens: {
            readonly expire_on: "mock";
        };
        readonly feishu: {
            readonly gateway_errors: false;
            readonly message_ids: "classic";
        };
        readonly dingtalk: {
            readonly auth_errors: "plain";
            readonly lenient_gateway: false;
        };
    };
};
export declare function defaultConfig(fidelity?: Fidelity): MockConfig;
/** What a config file may contain: any subset of MockConfig. */
export declare const CONFIG_SCHEMA: {
    readonly type: "object";
    readonly additionalProperties: false;
    readonly properties: {
        readonly fidelity: {
            readonly enum: readonly ["live", "documented"];
        };
        readonly tokens: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly expire_on: {
                    readonly enum: readonly ["wall", "mock"];
                };
            };
        };
        readonly seed: {
            readonly type: "integer";
        };
        readonly time: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly start: {
                    readonly type: "string";
                    readonly format: "date-time";
                };
                readonly scale: {
                    readonly type: "number";
                    readonly exclusiveMinimum: 0;
                };
                readonly frozen: {
                    readonly type: "boolean";
                };
            };
        };
        readonly directory: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly large_department_size: {
                    readonly type: "integer";
                    readonly minimum: 1;
                    readonly maximum: 100000000;
                };
            };
        };
        readonly error_messages: {
            readonly enum: readonly ["documented", "live"];
        };
        readonly feishu: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly apps: {
                    readonly type: "array";
                    readonly minItems: 1;
                    readonly items: {
                        type: string;
                        additionalProperties: boolean;
                        required: string[];
                        properties: {
                            app_id: {
                                type: string;
                                pattern: string;
                            };
                            app_secret: {
                                type: string;
                                minLength: number;
                            };
                            name: {
                                type: string;
                            };
                            bot: {
                                type: string;
                            };
                            scopes: {
                                type: string;
                                items: {
                                    type: string;
                                };
                            };
                            unavailable: {
                                type: string;
                                items: {
                                    type: string;
                                };
                            };
                        };
                    };
                };
                readonly recall_window_seconds: {
                    readonly type: "integer";
                    readonly minimum: 0;
                };
                readonly daily_batch_limit: {
                    readonly type: "integer";
                    readonly minimum: 0;
                };
                readonly rate_limit: {
                    readonly type: "object";
                    readonly additionalProperties: false;
                    readonly properties: {
                        readonly enabled: {
                            readonly type: "boolean";
                        };
                        readonly per_second: {
                            readonly type: "integer";
                            readonly minimum: 1;
                        };
                        readonly per_minute: {
                            readonly type: "integer";
                            readonly minimum: 1;
                        };
                    };
                };
                readonly http_status_overrides: {
                    readonly type: "object";
                    readonly additionalProperties: {
                        readonly type: "integer";
                        readonly minimum: 100;
                        readonly maximum: 599;
                    };
                };
                readonly wrong_secret_code: {
                    readonly enum: readonly [10014, 10015];
                };
                readonly gateway_errors: {
                    readonly type: "boolean";
                };
                readonly message_ids: {
                    readonly enum: readonly ["x100b", "classic"];
                };
            };
        };
        readonly dingtalk: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly apps: {
                    readonly type: "array";
                    readonly minItems: 1;
                    readonly items: {
                        type: string;
                        additionalProperties: boolean;
                        required: string[];
                        properties: {
                            appkey: {
                                type: string;
                                minLength: number;
                            };
                            appsecret: {
                                type: string;
                                minLength: number;
                            };
                            agent_id: {
                                type: string;
                                minimum: number;
                            };
                            name: {
                                type: string;
                            };
                        };
                    };
                };
                readonly query_window_seconds: {
                    readonly type: "integer";
                    readonly minimum: 0;
                };
                readonly bad_credentials_code: {
                    readonly enum: readonly [40096, 40089];
                };
                readonly auth_errors: {
                    readonly enum: readonly ["plain", "wrapped"];
                };
                readonly lenient_gateway: {
                    readonly type: "boolean";
                };
            };
        };
        readonly simulation: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly schedule_delay_ms: {
                    type: string;
                    items: {
                        type: string;
                        minimum: number;
                    };
                    minItems: number;
                    maxItems: number;
                };
                readonly delivery_per_second: {
                    readonly type: "number";
                    readonly exclusiveMinimum: 0;
                };
                readonly min_delivery_ms: {
                    readonly type: "number";
                    readonly minimum: 0;
                };
                readonly read_ratio: {
                    readonly type: "array";
                    readonly items: {
                        readonly type: "number";
                        readonly minimum: 0;
                        readonly maximum: 1;
                    };
                    readonly minItems: 2;
                    readonly maxItems: 2;
                };
                readonly read_spread_ms: {
                    readonly type: "number";
                    readonly minimum: 0;
                };
                readonly recall_ms: {
                    readonly type: "number";
                    readonly minimum: 0;
                };
            };
        };
        readonly control: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly enabled: {
                    readonly type: "boolean";
                };
                readonly token: {
                    readonly type: "string";
                    readonly minLength: 1;
                };
            };
        };
        readonly validate_responses: {
            readonly type: "boolean";
        };
        readonly journal: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly size: {
                    readonly type: "integer";
                    readonly minimum: 0;
                    readonly maximum: 100000;
                };
                readonly max_bytes: {
                    readonly type: "integer";
                    readonly minimum: 1024;
                    readonly maximum: number;
                };
            };
        };
        readonly stubs: {
            readonly type: "array";
            readonly maxItems: 1000;
            readonly items: {
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
        };
        readonly storage: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly max_records: {
                    readonly type: "integer";
                    readonly minimum: 1;
                    readonly maximum: 100000000;
                };
                readonly sent_payloads: {
                    readonly type: "integer";
                    readonly minimum: 0;
                    readonly maximum: 1000000;
                };
            };
        };
        readonly server: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly allowed_hosts: {
                    readonly type: "array";
                    readonly maxItems: 100;
                    readonly items: {
                        readonly type: "string";
                        readonly minLength: 1;
                        readonly maxLength: 253;
                    };
                };
            };
        };
    };
};
export type ConfigOverrides = {
    [K in keyof MockConfig]?: MockConfig[K] extends unknown[] ? MockConfig[K] : MockConfig[K] extends object ? Partial<MockConfig[K]> : MockConfig[K];
};
export declare class ConfigError extends Error {
}
/** Checks a config object (from a file or the API) and explains the first problems found. */
export declare function checkConfig(value: unknown, where?: string): void;
/**
 * The configuration from overrides (a file, flags, the API): the defaults of the profile the overrides name (else
 * `live`), with the overrides deep-merged over them.
 */
export declare function resolveConfig(overrides: unknown): MockConfig;
/** Deep-merges overrides into a base config (arrays are replaced, not merged); fills app defaults. */
export declare function mergeConfig(base: MockConfig, overrides: unknown): MockConfig;
export declare function withFeishuAppDefaults(app: Partial<FeishuAppConfig> & Pick<FeishuAppConfig, "app_id" | "app_secret">): FeishuAppConfig;
