// What a state file's lines must hold, checked line by line at start: a file that is valid JSON but damaged
// inside (a count that is a string, a record without its id) is refused with the line and the path of what is
// wrong, instead of being taken in and answering 500 later.
import { Ajv } from "ajv";
import { formatErrors } from "../../spec/index.js";
import { CONFIG_SCHEMA } from "../config.js";
const int = { type: "integer" };
const count = { type: "integer", minimum: 0 };
const str = { type: "string" };
const time = { type: "integer", minimum: 0 };
const pairs = (value) => ({ type: "array", items: { type: "array", items: [str, value], minItems: 2, maxItems: 2 } });
const timing = {
    type: "object",
    required: ["scheduleDelayMs", "deliveryMs", "readRatio", "readSpreadMs"],
    additionalProperties: false,
    properties: {
        scheduleDelayMs: { type: "number", minimum: 0 },
        deliveryMs: { type: "number", minimum: 0 },
        readRatio: { type: "number", minimum: 0, maximum: 1 },
        readSpreadMs: { type: "number", minimum: 0 },
    },
};
const intervals = { type: "array", items: { type: "array", items: count, minItems: 2, maxItems: 2 } };
const token = {
    type: "object",
    required: ["token", "appId", "issuedAt", "expiresAt"],
    additionalProperties: false,
    properties: {
        token: { type: "string", minLength: 1 },
        appId: str,
        issuedAt: time,
        expiresAt: time,
        // Wall-clock lifetime (tokens.expire_on: wall); absent in files saved before it, and filled in on restore.
        issuedAtWall: time,
        expiresAtWall: time,
        expiredBy: { enum: ["control"] },
    },
};
/** What was sent, as given (msg_type, content, recipients): the vendor's own shapes, kept as they came. */
const sent = {
    type: "object",
    required: ["msg_type"],
    properties: { msg_type: str, content: {}, recipients: { type: "object" } },
};
export const BATCH_SCHEMA = {
    type: "object",
    required: ["id", "appId", "createdAt", "msgType", "valid", "deliverable"],
    additionalProperties: false,
    properties: {
        id: { type: "string", pattern: "^bm-" },
        appId: str,
        createdAt: time,
        msgType: str,
        valid: count,
        deliverable: count,
        timing,
        sent,
        recall: { type: "object", required: ["at", "durationMs"], additionalProperties: false, properties: { at: time, durationMs: { type: "number", minimum: 0 } } },
    },
};
export const MESSAGE_SCHEMA = {
    type: "object",
    required: ["id", "appId", "chatId", "chatType", "msgType", "createdAt", "recipients", "timing"],
    additionalProperties: false,
    properties: {
        id: { type: "string", pattern: "^om_" },
        appId: str,
        chatId: str,
        chatType: { enum: ["p2p", "group"] },
        userIndex: count,
        msgType: str,
        content: str, // kept by state@1 files; ignored
        createdAt: time,
        recipients: intervals,
        timing,
        sent,
        deletedAt: time,
    },
};
export const TASK_SCHEMA = {
    type: "object",
    required: ["taskId", "appkey", "agentId", "createdAt", "msgType", "recipients", "invalidUserIds", "invalidDeptIds", "timing"],
    additionalProperties: false,
    properties: {
        taskId: { type: "integer", minimum: 1 },
        appkey: str,
        agentId: int,
        createdAt: time,
        msgType: str,
        recipients: intervals,
        invalidUserIds: { type: "array", items: str },
        invalidDeptIds: { type: "array", items: int },
        timing,
        sent,
        recalledAt: time,
    },
};
const SMALL_SCHEMA = {
    type: "object",
    required: ["saved_at", "clock", "feishu_apps", "dingtalk_apps", "chat_bots", "feishu_tokens", "dingtalk_tokens", "daily_batch_recipients", "sequences"],
    properties: {
        saved_at: time,
        clock: {
            type: "object",
            required: ["now", "scale", "frozen"],
            properties: { now: time, scale: { type: "number", exclusiveMinimum: 0, maximum: 1_000_000 }, frozen: { type: "boolean" } },
        },
        feishu_apps: { type: "array", items: { ...CONFIG_SCHEMA.properties.feishu.properties.apps.items, required: ["app_id", "app_secret", "name", "bot", "scopes", "unavailable"] } },
        dingtalk_apps: { type: "array", items: { ...CONFIG_SCHEMA.properties.dingtalk.properties.apps.items, required: ["appkey", "appsecret", "agent_id", "name"] } },
        chat_bots: pairs({ type: "array", items: { type: "array", items: [str, { type: "boolean" }], minItems: 2, maxItems: 2 } }),
        feishu_tokens: { type: "array", items: token },
        dingtalk_tokens: { type: "array", items: token },
        daily_batch_recipients: pairs(count),
        sequences: pairs(count),
    },
};
export const HEADER_SCHEMA = {
    type: "object",
    required: ["format", "generation", "directory", "small"],
    properties: {
        format: str,
        generation: count,
        directory: { type: "object", required: ["seed", "large_department_size"], properties: { seed: int, large_department_size: count } },
        small: SMALL_SCHEMA,
    },
};
const RECORD_LINE_SCHEMA = {
    type: "object",
    minProperties: 1,
    maxProperties: 1,
    additionalProperties: false,
    properties: { batch: BATCH_SCHEMA, message: MESSAGE_SCHEMA, task: TASK_SCHEMA },
};
const JOURNAL_LINE_SCHEMA = {
    type: "object",
    required: ["small"],
    additionalProperties: false,
    properties: {
        small: SMALL_SCHEMA,
        clear: { type: "boolean" },
        batches: { type: "array", items: BATCH_SCHEMA },
        messages: { type: "array", items: MESSAGE_SCHEMA },
        tasks: { type: "array", items: TASK_SCHEMA },
    },
};
/** state@1: one document with the small parts at its top and the records in arrays. */
const LEGACY_SCHEMA = {
    type: "object",
    required: [...SMALL_SCHEMA.required, "format", "directory", "batches", "messages", "tasks"],
    properties: {
        ...SMALL_SCHEMA.properties,
        directory: HEADER_SCHEMA.properties.directory,
        batches: { type: "array", items: BATCH_SCHEMA },
        messages: { type: "array", items: MESSAGE_SCHEMA },
        tasks: { type: "array", items: TASK_SCHEMA },
    },
};
let validators;
/** Throws, naming where and what, unless `value` is a valid line of that kind. */
export function checkLine(kind, value, where) {
    if (!validators) {
        const ajv = new Ajv({ allErrors: false, strict: false });
        validators = {
            header: ajv.compile(HEADER_SCHEMA),
            record: ajv.compile(RECORD_LINE_SCHEMA),
            journal: ajv.compile(JOURNAL_LINE_SCHEMA),
            legacy: ajv.compile(LEGACY_SCHEMA),
        };
    }
    const validate = validators[kind];
    if (!validate(value))
        throw new StateFileError(`${where}: ${formatErrors(validate.errors).slice(0, 3).join("; ")}`);
}
export class StateFileError extends Error {
}
//# sourceMappingURL=state-schema.js.map