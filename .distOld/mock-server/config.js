// The mock's configuration: defaults, a JSON Schema for config files, and merging a file over the defaults.
// Every setting a user may change (apps, windows, limits, which of two disagreeing vendor behaviours to follow)
// is here; nothing else in the mock holds a tunable constant.
import { Ajv } from "ajv";
import { allOperations, formatErrors } from "../spec/index.js";
import addFormatsModule from "ajv-formats";
import { STUB_SCHEMA } from "./stubs/stub-spec.js";
// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = (addFormatsModule.default ?? addFormatsModule);
export const DEFAULT_FEISHU_SCOPES = [
    "im:message",
    "im:message:send_as_bot",
    "im:message:send_multi_users",
    "im:message:send_multi_depts",
    "im:message:readonly",
    "contact:user.employee_id:readonly",
];
/** What each fidelity profile sets; a setting given explicitly (file, flags, API) wins over its profile. */
export const FIDELITY_PROFILES = {
    live: {
        error_messages: "live",
        tokens: { expire_on: "wall" },
        feishu: { gateway_errors: true, message_ids: "x100b" },
        dingtalk: { auth_errors: "wrapped", lenient_gateway: true },
    },
    documented: {
        error_messages: "documented",
        tokens: { expire_on: "mock" },
        feishu: { gateway_errors: false, message_ids: "classic" },
        dingtalk: { auth_errors: "plain", lenient_gateway: false },
    },
};
export function defaultConfig(fidelity = "live") {
    const profile = FIDELITY_PROFILES[fidelity];
    return {
        fidelity,
        seed: 1,
        time: { scale: 1, frozen: false },
        directory: { large_department_size: 100_000 },
        error_messages: profile.error_messages,
        tokens: { ...profile.tokens },
        feishu: {
            ...profile.feishu,
            apps: [
                {
                    app_id: "cli_9f0a1b2c3d4e5f60",
                    app_secret: "mock-feishu-secret",
                    name: "Mock app",
                    bot: true,
                    scopes: [...DEFAULT_FEISHU_SCOPES],
                    unavailable: ["contractors"],
                },
            ],
            rate_limit: { enabled: true },
            http_status_overrides: {},
            wrong_secret_code: 10014,
        },
        dingtalk: {
            apps: [
                { appkey: "dingmockappkey000001", appsecret: "mock-dingtalk-secret", agent_id: 1000000001, name: "Mock app" },
            ],
            bad_credentials_code: 40096,
            ...profile.dingtalk,
        },
        simulation: {
            schedule_delay_ms: [1_000, 3_000],
            delivery_per_second: 2_000,
            min_delivery_ms: 2_000,
            read_ratio: [0.5, 0.9],
            read_spread_ms: 600_000,
            recall_ms: 5_000,
        },
        control: {},
        validate_responses: false,
        storage: { max_records: 1_000_000, sent_payloads: 10_000 },
        server: { allowed_hosts: [] },
    };
}
const range = { type: "array", items: { type: "number", minimum: 0 }, minItems: 2, maxItems: 2 };
const feishuApp = {
    type: "object",
    additionalProperties: false,
    required: ["app_id", "app_secret"],
    properties: {
        app_id: { type: "string", pattern: "^cli_[0-9a-zA-Z]+$" },
        app_secret: { type: "string", minLength: 1 },
        name: { type: "string" },
        bot: { type: "boolean" },
        scopes: { type: "array", items: { type: "string" } },
        unavailable: { type: "array", items: { type: "string" } },
    },
};
const dingtalkApp = {
    type: "object",
    additionalProperties: false,
    required: ["appkey", "appsecret", "agent_id"],
    properties: {
        appkey: { type: "string", minLength: 1 },
        appsecret: { type: "string", minLength: 1 },
        agent_id: { type: "integer", minimum: 1 },
        name: { type: "string" },
    },
};
/** What a config file may contain: any subset of MockConfig. */
export const CONFIG_SCHEMA = {
    type: "object",
    additionalProperties: false,
    properties: {
        fidelity: { enum: ["live", "documented"] },
        tokens: {
            type: "object",
            additionalProperties: false,
            properties: { expire_on: { enum: ["wall", "mock"] } },
        },
        seed: { type: "integer" },
        time: {
            type: "object",
            additionalProperties: false,
            properties: {
                start: { type: "string", format: "date-time" },
                scale: { type: "number", exclusiveMinimum: 0 },
                frozen: { type: "boolean" },
            },
        },
        directory: {
            type: "object",
            additionalProperties: false,
            properties: { large_department_size: { type: "integer", minimum: 1, maximum: 100_000_000 } },
        },
        error_messages: { enum: ["documented", "live"] },
        feishu: {
            type: "object",
            additionalProperties: false,
            properties: {
                apps: { type: "array", minItems: 1, items: feishuApp },
                recall_window_seconds: { type: "integer", minimum: 0 },
                daily_batch_limit: { type: "integer", minimum: 0 },
                rate_limit: {
                    type: "object",
                    additionalProperties: false,
                    properties: {
                        enabled: { type: "boolean" },
                        per_second: { type: "integer", minimum: 1 },
                        per_minute: { type: "integer", minimum: 1 },
                    },
                },
                http_status_overrides: { type: "object", additionalProperties: { type: "integer", minimum: 100, maximum: 599 } },
                wrong_secret_code: { enum: [10014, 10015] },
                gateway_errors: { type: "boolean" },
                message_ids: { enum: ["x100b", "classic"] },
            },
        },
        dingtalk: {
            type: "object",
            additionalProperties: false,
            properties: {
                apps: { type: "array", minItems: 1, items: dingtalkApp },
                query_window_seconds: { type: "integer", minimum: 0 },
                bad_credentials_code: { enum: [40096, 40089] },
                auth_errors: { enum: ["plain", "wrapped"] },
                lenient_gateway: { type: "boolean" },
            },
        },
        simulation: {
            type: "object",
            additionalProperties: false,
            properties: {
                schedule_delay_ms: range,
                delivery_per_second: { type: "number", exclusiveMinimum: 0 },
                min_delivery_ms: { type: "number", minimum: 0 },
                read_ratio: { type: "array", items: { type: "number", minimum: 0, maximum: 1 }, minItems: 2, maxItems: 2 },
                read_spread_ms: { type: "number", minimum: 0 },
                recall_ms: { type: "number", minimum: 0 },
            },
        },
        control: {
            type: "object",
            additionalProperties: false,
            properties: { enabled: { type: "boolean" }, token: { type: "string", minLength: 1 } },
        },
        validate_responses: { type: "boolean" },
        journal: {
            type: "object",
            additionalProperties: false,
            properties: { size: { type: "integer", minimum: 0, maximum: 100_000 }, max_bytes: { type: "integer", minimum: 1024, maximum: 1024 * 1024 * 1024 } },
        },
        stubs: { type: "array", maxItems: 1000, items: STUB_SCHEMA },
        storage: {
            type: "object",
            additionalProperties: false,
            properties: {
                max_records: { type: "integer", minimum: 1, maximum: 100_000_000 },
                sent_payloads: { type: "integer", minimum: 0, maximum: 1_000_000 },
            },
        },
        server: {
            type: "object",
            additionalProperties: false,
            properties: { allowed_hosts: { type: "array", maxItems: 100, items: { type: "string", minLength: 1, maxLength: 253 } } },
        },
    },
};
export class ConfigError extends Error {
}
let compiled;
/** Checks a config object (from a file or the API) and explains the first problems found. */
export function checkConfig(value, where = "config") {
    if (!compiled) {
        const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
        addFormats(ajv);
        compiled = ajv.compile(CONFIG_SCHEMA);
    }
    if (!compiled(value))
        throw new ConfigError(`Invalid ${where}: ${formatErrors(compiled.errors).slice(0, 5).join("; ")}`);
    const config = value;
    const problems = [];
    for (const [name, range] of Object.entries(config.simulation ?? {})) {
        if (Array.isArray(range) && range[0] > range[1])
            problems.push(`/simulation/${name} must be [low, high], low first`);
    }
    // An override must name a code's documented alternative status (where the vendors' documents disagree).
    for (const [code, status] of Object.entries(config.feishu?.http_status_overrides ?? {})) {
        const entries = allOperations().flatMap((op) => op.errorCodes).filter((e) => String(e.code) === code);
        const allowed = [...new Set(entries.flatMap((e) => [e.http_status, e.alternative_http_status]).filter((s) => s !== undefined))];
        if (entries.length === 0)
            problems.push(`/feishu/http_status_overrides/${code}: no such Feishu error code in the spec`);
        else if (!allowed.includes(status))
            problems.push(`/feishu/http_status_overrides/${code} must be ${allowed.join(" or ")}`);
    }
    if (problems.length > 0)
        throw new ConfigError(`Invalid ${where}: ${problems.join("; ")}`);
}
const isPlainObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
/**
 * The configuration from overrides (a file, flags, the API): the defaults of the profile the overrides name (else
 * `live`), with the overrides deep-merged over them.
 */
export function resolveConfig(overrides) {
    const fidelity = isPlainObject(overrides) && overrides.fidelity === "documented" ? "documented" : "live";
    return mergeConfig(defaultConfig(fidelity), overrides ?? {});
}
/** Deep-merges overrides into a base config (arrays are replaced, not merged); fills app defaults. */
export function mergeConfig(base, overrides) {
    const merge = (a, b) => {
        if (!isPlainObject(a) || !isPlainObject(b))
            return b === undefined ? a : structuredClone(b);
        const out = { ...a };
        for (const [k, v] of Object.entries(b))
            out[k] = merge(a[k], v);
        return out;
    };
    const merged = merge(base, overrides);
    merged.feishu.apps = merged.feishu.apps.map((app) => withFeishuAppDefaults(app));
    merged.dingtalk.apps = merged.dingtalk.apps.map((app) => ({ ...app, name: app.name ?? app.appkey }));
    return merged;
}
export function withFeishuAppDefaults(app) {
    return {
        name: app.app_id,
        bot: true,
        scopes: [...DEFAULT_FEISHU_SCOPES],
        unavailable: [],
        ...app,
    };
}
//# sourceMappingURL=config.js.map