import { VendorError } from "../errors.js";
import { batchProgress } from "../simulation/batch-progress.js";
import { batchTiming } from "../simulation/timing.js";
import { givenFields } from "../state/sent-payload.js";
import { resolveBatchRecipients } from "./recipients.js";
// Functions, not module-level arrows and tables: mutation testing re-runs only code that runs during a test.
function byteLength(value) {
    return new TextEncoder().encode(JSON.stringify(value)).length;
}
function hasScope(app, scope) {
    return app.scopes.includes(scope);
}
/** The source's own string for a known msg_type: one string for a million batches, not a million copies. */
function internedMsgType(msgType) {
    return ["text", "post", "image", "interactive", "share_chat"].find((known) => known === msgType) ?? msgType;
}
export function batchSendMessage({ op, state, now, input, feishuApp }) {
    const app = feishuApp;
    const body = input.body;
    if (!app.bot)
        throw new VendorError(11205);
    if (!(op.operation["x-required-scopes"] ?? []).some((s) => hasScope(app, s)))
        throw new VendorError(11223);
    const scopes = op.operation["x-recipient-scopes"];
    const toUsers = [body.open_ids, body.user_ids, body.union_ids].some((ids) => (ids?.length ?? 0) > 0);
    if (toUsers && !hasScope(app, scopes.users))
        throw new VendorError(11203);
    if ((body.department_ids?.length ?? 0) > 0 && !hasScope(app, scopes.departments))
        throw new VendorError(11204);
    const limits = op.operation["x-content-limits"];
    const payload = body.msg_type === "interactive" ? body.card : body.content;
    const limit = body.msg_type === "text" ? limits.text_bytes : body.msg_type === "interactive" ? limits.card_bytes : limits.post_bytes;
    if (byteLength(payload) > limit) {
        throw new VendorError(limits.error_code, { headers: { "x-mock-error-reason": `the ${body.msg_type} content is over ${limit} bytes` } });
    }
    const { valid, deliverable, invalid } = resolveBatchRecipients(state.directory, app, body);
    const day = state.dayKey(app.app_id, now);
    const sentToday = state.dailyBatchRecipients.get(day) ?? 0;
    const daily = op.operation["x-daily-limit"];
    if (sentToday + valid > (state.config.feishu.daily_batch_limit ?? daily.messages))
        throw new VendorError(daily.error_code);
    state.retention.makeRoom("batches");
    state.dailyBatchRecipients.set(day, sentToday + valid);
    const id = state.nextBatchId();
    const batch = {
        id,
        appId: app.app_id,
        createdAt: now,
        msgType: internedMsgType(body.msg_type),
        valid,
        deliverable,
        // What was sent, as given (issue 10); the timing is not stored: it is derived from the id and the settings.
        sent: {
            msg_type: body.msg_type,
            content: structuredClone(payload),
            recipients: givenFields(body, ["department_ids", "open_ids", "user_ids", "union_ids"]),
        },
    };
    state.batches.set(id, batch);
    state.sentPayloads.keep(batch);
    state.recordChanged({ kind: "batch", id });
    return {
        code: 0,
        msg: "ok",
        data: {
            message_id: id,
            invalid_department_ids: invalid.department_ids,
            invalid_open_ids: invalid.open_ids,
            invalid_user_ids: invalid.user_ids,
            invalid_union_ids: invalid.union_ids,
        },
    };
}
/** The batch named in the path, if the app may see it: unknown or past the query window → 230030. */
function ownBatch(ctx, notOwnerCode) {
    const { op, state, now, input, feishuApp } = ctx;
    const batch = state.batches.get(input.path.batch_message_id);
    const window = op.operation["x-query-window"];
    if (!batch || (window && now - batch.createdAt > window.max_age_seconds * 1000)) {
        throw new VendorError(window?.error_code ?? 230030);
    }
    if (batch.appId !== feishuApp.app_id)
        throw new VendorError(notOwnerCode);
    return batch;
}
export function getBatchMessageProgress(ctx) {
    const batch = ownBatch(ctx, 230012);
    const p = batchProgress(batch, ctx.now, batchTiming(ctx.state.config, batch));
    return {
        code: 0,
        msg: "success",
        data: {
            batch_message_send_progress: {
                valid_user_ids_count: p.valid_user_ids_count,
                success_user_ids_count: p.success_user_ids_count,
                read_user_ids_count: p.read_user_ids_count,
            },
            batch_message_recall_progress: { recall: p.recall, recall_count: p.recall_count },
        },
    };
}
export function getBatchMessageReadUser(ctx) {
    const batch = ownBatch(ctx, 230012);
    const p = batchProgress(batch, ctx.now, batchTiming(ctx.state.config, batch));
    // Strings, as the vendor sends them: pushed to = delivered, read = read.
    return {
        code: 0,
        msg: "ok",
        data: { read_user: { read_count: String(p.read_user_ids_count), total_count: String(p.success_user_ids_count) } },
    };
}
export function deleteBatchMessage(ctx) {
    const batch = ownBatch(ctx, 230026);
    const window = ctx.op.operation["x-recall-window"];
    if (ctx.now - batch.createdAt > (ctx.state.config.feishu.recall_window_seconds ?? window.default_seconds) * 1000) {
        throw new VendorError(window.error_code);
    }
    // A second recall changes nothing (unconfirmed on the live service; see the spec's description).
    if (!batch.recall) {
        batch.recall = { at: ctx.now, durationMs: ctx.state.config.simulation.recall_ms };
        ctx.state.batches.touch(batch.id);
    }
    return { code: 0, data: {}, msg: "ok" };
}
//# sourceMappingURL=batch-messages.js.map