import { DINGTALK_ROOT_DEPT_ID } from "../directory.js";
import { VendorError } from "../errors.js";
import { normalize, size } from "../intervals.js";
import { taskProgress, taskReach } from "../simulation/task-progress.js";
import { sendTiming } from "../simulation/timing.js";
import { givenFields } from "../state/sent-payload.js";
/** getsendresult lists at most this many ids per list (the vendor times out past 100 recipients). */
const RESULT_LIST_CAP = 5000;
const MAX_USERID_LENGTH = 64;
export function asyncSendV2({ op, state, now, input, dingtalkApp, requestId }) {
    const app = dingtalkApp;
    const body = input.body;
    if (body.agent_id !== app.agent_id)
        throw new VendorError(40056);
    const { directory } = state;
    const userIds = body.userid_list ? body.userid_list.split(",") : [];
    const deptIds = body.dept_id_list ? body.dept_id_list.split(",").map(Number) : [];
    const limits = op.operation["x-list-limits"];
    if (userIds.length > limits.userid_list || deptIds.length > limits.dept_id_list)
        throw new VendorError(limits.error_code);
    // A userid is 1–64 characters (the user-create page); longer ones would only be stored to be listed as invalid.
    if (userIds.some((id) => id.length > MAX_USERID_LENGTH)) {
        throw new VendorError(limits.error_code, { headers: { "x-mock-error-reason": `a userid is at most ${MAX_USERID_LENGTH} characters` } });
    }
    const found = [];
    const invalidUserIds = [];
    const invalidDeptIds = [];
    if (body.to_all_user)
        found.push(...directory.everyone());
    for (const userId of userIds) {
        const index = directory.indexOfDingtalkUserId(userId);
        if (index === undefined)
            invalidUserIds.push(userId);
        else
            found.push([index, index + 1]);
    }
    for (const deptId of deptIds) {
        const members = deptId === DINGTALK_ROOT_DEPT_ID ? directory.everyone() : directory.departmentByDingtalkId(deptId)?.members;
        if (members)
            found.push(...members);
        else
            invalidDeptIds.push(deptId);
    }
    const recipients = normalize(found);
    state.retention.makeRoom("tasks");
    const taskId = state.nextTaskId();
    const task = {
        taskId,
        appkey: app.appkey,
        agentId: app.agent_id,
        createdAt: now,
        msgType: body.msg.msgtype,
        recipients,
        invalidUserIds,
        invalidDeptIds,
        timing: sendTiming(state.config, String(taskId), size(recipients)),
        sent: {
            msg_type: body.msg.msgtype,
            content: structuredClone(body.msg),
            recipients: givenFields(body, ["userid_list", "dept_id_list", "to_all_user"]),
        },
    };
    state.tasks.set(taskId, task);
    state.sentPayloads.keep(task);
    state.recordChanged({ kind: "task", id: String(taskId) });
    return { errcode: 0, errmsg: "ok", task_id: taskId, request_id: requestId };
}
/** The app's own task, within the operation's window; anything else is its "invalid" code (40035 / recall 400002). */
function ownTask(ctx, taskId, agentId) {
    const { state, now, op } = ctx;
    const app = ctx.dingtalkApp;
    const task = state.tasks.get(taskId);
    const spec = op.operation["x-query-window"] ?? op.operation["x-recall-window"];
    const code = spec.error_code;
    const windowMs = (state.config.dingtalk.query_window_seconds ?? ("max_age_seconds" in spec ? spec.max_age_seconds : spec.default_seconds)) * 1000;
    if (!task || agentId !== app.agent_id || task.appkey !== app.appkey || task.agentId !== agentId || now - task.createdAt > windowMs) {
        throw new VendorError(code);
    }
    return task;
}
export function getSendProgress(ctx) {
    const body = ctx.input.body;
    const task = ownTask(ctx, body.task_id, body.agent_id);
    return { errcode: 0, errmsg: "ok", progress: taskProgress(task, ctx.now), request_id: ctx.requestId };
}
export function getSendResult(ctx) {
    const { state, now } = ctx;
    const body = ctx.input.body;
    const task = ownTask(ctx, body.task_id, body.agent_id);
    const { read, reached } = taskReach(state.config.seed, task, now);
    const ids = reached(0, RESULT_LIST_CAP).map((index) => state.directory.dingtalkUserId(index));
    return {
        errcode: 0,
        errmsg: "ok",
        send_result: {
            invalid_user_id_list: task.invalidUserIds,
            forbidden_user_id_list: [],
            failed_user_id_list: [],
            read_user_id_list: ids.slice(0, read),
            unread_user_id_list: ids.slice(read),
            invalid_dept_id_list: task.invalidDeptIds,
            forbidden_list: [],
        },
        request_id: ctx.requestId,
    };
}
export function recallWorkNotification(ctx) {
    const body = ctx.input.body;
    const task = ownTask(ctx, body.msg_task_id, body.agent_id);
    if (task.recalledAt === undefined) {
        task.recalledAt = ctx.now;
        ctx.state.tasks.touch(task.taskId);
    }
    return { errcode: 0, errmsg: "ok", request_id: ctx.requestId };
}
//# sourceMappingURL=work-notifications.js.map