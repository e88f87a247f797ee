import { contentSchemaPointer } from "../../spec/index.js";
import { VendorError } from "../errors.js";
import { contains, size } from "../intervals.js";
import { JsonText } from "../http/json-text.js";
import { hash32 } from "../random.js";
import { givenFields } from "../state/sent-payload.js";
import { readerCount, readers } from "../simulation/readers.js";
import { sendTiming } from "../simulation/timing.js";
import { unavailableTo } from "./recipients.js";
import { scopeRefusal } from "./scopes.js";
export function createMessage({ op, state, now, input, feishuApp, validator }) {
    const app = feishuApp;
    const { directory } = state;
    const body = input.body;
    const receiveIdType = input.query.receive_id_type;
    let content;
    try {
        content = JSON.parse(body.content);
    }
    catch {
        content = undefined;
    }
    if (typeof content !== "object" || content === null || Array.isArray(content)) {
        throw new VendorError(230001, { headers: { "x-mock-error-reason": "content must be a JSON object serialised to a string" } });
    }
    // The object `msg_type` calls for: the request schema's contentSchema for it (spec: CreateMessageRequest).
    const pointer = contentSchemaPointer("feishu", op.requestBody.content["application/json"].schemaPointer, "content", "msg_type", body.msg_type);
    const check = pointer ? validator.validateAt("feishu", pointer, content) : undefined;
    if (check && !check.valid) {
        throw new VendorError(230001, { headers: { "x-mock-error-reason": `content of a ${body.msg_type} message: ${check.errors.join("; ")}`.slice(0, 300) } });
    }
    const limits = op.operation["x-content-limits"];
    const limit = body.msg_type === "text" ? limits.text_bytes : limits.post_bytes;
    if (new TextEncoder().encode(body.content).length > limit) {
        throw new VendorError(limits.error_code, { headers: { "x-mock-error-reason": `the ${body.msg_type} content is over ${limit} bytes` } });
    }
    let chatId;
    let chatType;
    let recipients;
    let userIndex;
    if (receiveIdType === "chat_id") {
        const chat = directory.chat(body.receive_id);
        if (!chat)
            throw new VendorError(230034);
        if (!state.isBotInChat(chat.chat_id, app.app_id))
            throw new VendorError(230002);
        chatId = chat.chat_id;
        chatType = "group";
        recipients = chat.members;
    }
    else {
        userIndex = directory.indexOf(receiveIdType, app.app_id, body.receive_id);
        if (userIndex === undefined)
            throw new VendorError(230034);
        if (contains(unavailableTo(directory, app), userIndex))
            throw new VendorError(230013);
        chatId = directory.p2pChatId(app.app_id, userIndex);
        chatType = "p2p";
        recipients = [[userIndex, userIndex + 1]];
    }
    state.retention.makeRoom("messages");
    const id = state.nextMessageId();
    const message = {
        id,
        appId: app.app_id,
        chatId,
        chatType,
        ...(userIndex !== undefined && { userIndex }),
        msgType: body.msg_type,
        createdAt: now,
        recipients,
        // A single message is delivered at once; only its reads take time.
        timing: { ...sendTiming(state.config, id, size(recipients)), scheduleDelayMs: 0, deliveryMs: 0 },
        sent: {
            msg_type: body.msg_type,
            content: body.content,
            recipients: { ...givenFields(input.query, ["receive_id_type"]), ...givenFields(body, ["receive_id"]) },
        },
    };
    state.messages.set(id, message);
    state.sentPayloads.keep(message);
    state.recordChanged({ kind: "message", id });
    return {
        code: 0,
        msg: "success",
        data: {
            message_id: id,
            msg_type: body.msg_type,
            create_time: String(now),
            update_time: String(now),
            deleted: false,
            updated: false,
            chat_id: chatId,
            sender: { id: app.app_id, id_type: "app_id", sender_type: "app", tenant_key: directory.tenantKey },
            body: { content: body.content },
        },
    };
}
export function deleteMessage({ op, state, now, input, feishuApp }) {
    const app = feishuApp;
    const message = state.messages.get(input.path.message_id);
    // Evicted past every window: what the window answers.
    if (!message && state.evictedMessages.has(input.path.message_id))
        throw new VendorError(op.operation["x-recall-window"].error_code);
    if (!message)
        throw new VendorError(230001, { headers: { "x-mock-error-reason": "no message with this message_id" } });
    if (message.appId !== app.app_id)
        throw new VendorError(230026);
    if (message.chatType === "group" && !state.isBotInChat(message.chatId, app.app_id))
        throw new VendorError(230002);
    const window = op.operation["x-recall-window"];
    if (message.deletedAt === undefined && now - message.createdAt > (state.config.feishu.recall_window_seconds ?? window.default_seconds) * 1000) {
        throw new VendorError(window.error_code);
    }
    if (message.deletedAt === undefined) {
        message.deletedAt = now; // recalling a recalled message changes nothing
        state.messages.touch(message.id);
    }
    return { code: 0, msg: "success", data: {} };
}
// An opaque page token: the message it belongs to and the next reader's number, with a check value so a
// token cannot be forged or carried to another message.
function encodePageToken(seed, messageId, next) {
    const check = hash32(seed, "page", messageId, next).toString(36);
    return btoa(`${next}.${check}.${messageId.slice(-8)}`).replaceAll("+", "-").replaceAll("/", "_");
}
function decodePageToken(seed, messageId, token) {
    let text;
    try {
        text = atob(token.replaceAll("-", "+").replaceAll("_", "/"));
    }
    catch {
        return undefined;
    }
    const [next, check, prefix] = text.split(".");
    const n = Number(next);
    if (!Number.isSafeInteger(n) || n < 0 || prefix !== messageId.slice(-8))
        return undefined;
    return check === hash32(seed, "page", messageId, n).toString(36) ? n : undefined;
}
export function listMessageReadUsers({ op, state, now, input, feishuApp }) {
    const app = feishuApp;
    const { directory } = state;
    // The field scope is a permission, checked before the message is looked up.
    const userIdType = input.query.user_id_type; // required (seed 004)
    const fieldScope = op.operation["x-field-scopes"]?.[userIdType];
    if (fieldScope && !app.scopes.includes(fieldScope))
        throw scopeRefusal(state.config, op, app, [fieldScope]);
    const message = state.messages.get(input.path.message_id);
    if (!message && state.evictedMessages.has(input.path.message_id))
        throw new VendorError(op.operation["x-query-window"].error_code);
    if (!message)
        throw new VendorError(230001, { headers: { "x-mock-error-reason": "no message with this message_id" } });
    if (message.appId !== app.app_id)
        throw new VendorError(230012);
    if (message.deletedAt !== undefined)
        throw new VendorError(230110);
    const window = op.operation["x-query-window"];
    if (now - message.createdAt > window.max_age_seconds * 1000)
        throw new VendorError(window.error_code);
    if (message.chatType === "group" && !state.isBotInChat(message.chatId, app.app_id))
        throw new VendorError(230002);
    if (message.userIndex !== undefined && contains(unavailableTo(directory, app), message.userIndex)) {
        throw new VendorError(230013);
    }
    const pageSize = input.query.page_size ?? 20;
    const pageToken = input.query.page_token;
    const from = readUsersStart(state.config.seed, message, pageToken);
    if (from === undefined)
        throw new VendorError(230001, { headers: { "x-mock-error-reason": "invalid page_token" } });
    const page = readUsersPage(state, message, app.app_id, userIdType, from, pageSize, now);
    const nextToken = page.pageToken === undefined ? "" : `,"page_token":"${page.pageToken}"`;
    return new JsonText(`{"code":0,"msg":"success","data":{"items":${page.itemsJson},"has_more":${page.hasMore}${nextToken}}}`);
}
/** Where a read_users page starts: 0, or the reader a page token names (undefined: not a token of this message). */
export function readUsersStart(seed, message, pageToken) {
    return pageToken === undefined ? 0 : decodePageToken(seed, message.id, pageToken);
}
/**
 * One page of a message's read receipts from reader `from`, as read_users answers it (the control API shows
 * the same pages): the items' JSON, whether more readers have read, and the next page's token.
 */
export function readUsersPage(state, message, appId, userIdType, from, pageSize, now) {
    const { directory } = state;
    const available = readerCount(message, now);
    const count = from < available ? Math.min(pageSize, available - from) : 0;
    const next = from + count;
    const hasMore = next < available;
    // A page's items never change once its readers have read (they only ever append), so its JSON is cached.
    const key = `${message.id}|${from}|${count}|${userIdType}|${appId}`;
    let items = state.pageCache.get(key);
    if (items === undefined) {
        items = JSON.stringify(readers(state.config.seed, message, from, count).map((r) => ({
            user_id_type: userIdType,
            user_id: directory.idOf(userIdType, appId, r.index),
            timestamp: String(r.readAt),
            tenant_key: directory.tenantKey,
        })));
        state.pageCache.set(key, items);
    }
    return { itemsJson: items, hasMore, ...(hasMore && { pageToken: encodePageToken(state.config.seed, message.id, next) }) };
}
//# sourceMappingURL=messages.js.map