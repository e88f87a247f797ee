// Control routes over what was sent: batches, messages and DingTalk tasks newest first (paged), each one's detail
// and read receipts; recalling a batch and sending a test batch as the app would (vendor-calls.ts).
import { Hono } from "hono";
import { readUsersPage, readUsersStart } from "../feishu/messages.js";
import { newestFirst } from "./newest-first.js";
import { taskReach } from "../simulation/task-progress.js";
import { batchDetail, batchView, messageDetail, messageView, taskDetail, taskView } from "./record-views.js";
import { callAsFeishuApp } from "./vendor-calls.js";
const PAGE_MAX = 1000;
const USER_ID_TYPES = ["open_id", "union_id", "user_id"];
const RECIPIENT_FIELDS = ["department_ids", "open_ids", "user_ids", "union_ids"];
export function recordRoutes({ state, vendorFetch, input }) {
    const routes = new Hono();
    const { intParam, jsonBody, fail } = input;
    const notFound = (message) => {
        throw fail(404, message);
    };
    const page = (c) => [intParam(c, "offset", 0, 1e9), intParam(c, "limit", 20, PAGE_MAX)];
    routes.get("/batches", (c) => c.json(newestFirst(state.batches, ...page(c), (b) => batchView(b, state.now(), state.config))));
    routes.get("/messages", (c) => c.json(newestFirst(state.messages, ...page(c), (m) => messageView(m, state.now()))));
    routes.get("/tasks", (c) => c.json(newestFirst(state.tasks, ...page(c), (t) => taskView(t, state.now()))));
    const batchOf = (id) => state.batches.get(id) ?? notFound(`no batch ${id}`);
    const messageOf = (id) => state.messages.get(id) ?? notFound(`no message ${id}`);
    const taskOf = (id) => state.tasks.get(Number(id)) ?? notFound(`no task ${id}`);
    routes.get("/batches/:id", (c) => c.json(batchDetail(batchOf(c.req.param("id")), state.now(), state.config)));
    routes.get("/messages/:id", (c) => c.json(messageDetail(state, messageOf(c.req.param("id")), state.now())));
    routes.get("/tasks/:id", (c) => c.json(taskDetail(taskOf(c.req.param("id")), state.now())));
    // The message's read receipts in read_users' own pages (same page tokens), with each reader's name; unlike
    // read_users this answers whatever the app's permissions, and takes no fault or rate limit.
    routes.get("/messages/:id/read_users", (c) => {
        const message = messageOf(c.req.param("id"));
        const userIdType = c.req.query("user_id_type") ?? "open_id";
        if (!USER_ID_TYPES.includes(userIdType))
            throw fail(400, `user_id_type must be one of ${USER_ID_TYPES.join(", ")}`);
        const pageSize = intParam(c, "page_size", 20, 100) || 20;
        const from = readUsersStart(state.config.seed, message, c.req.query("page_token"));
        if (from === undefined)
            throw fail(400, "page_token is not one of this message's read_users page tokens");
        const result = readUsersPage(state, message, message.appId, userIdType, from, pageSize, state.now());
        const items = JSON.parse(result.itemsJson).map((item) => {
            const index = state.directory.indexOf(userIdType, message.appId, item.user_id);
            return { ...item, ...(index !== undefined && { name: state.directory.user(index, message.appId).name }) };
        });
        return c.json({ items, has_more: result.hasMore, ...(result.pageToken !== undefined && { page_token: result.pageToken }) });
    });
    // Who a task reached, readers first (getsendresult's read_user_id_list then unread_user_id_list), paged.
    routes.get("/tasks/:id/recipients", (c) => {
        const task = taskOf(c.req.param("id"));
        const [offset, limit] = page(c);
        const reach = taskReach(state.config.seed, task, state.now());
        const items = reach.reached(offset, limit).map((index, i) => {
            const user = state.directory.user(index, "");
            return { userid: user.dingtalk_userid, name: user.name, read: offset + i < reach.read };
        });
        return c.json({ total: reach.delivered, read: reach.read, offset, limit, items });
    });
    routes.post("/batches/:id/recall", async (c) => {
        const batch = batchOf(c.req.param("id"));
        const app = state.feishuApps.get(batch.appId) ?? notFound(`the batch's app ${batch.appId} is gone`);
        const result = await callAsFeishuApp(vendorFetch, new URL(c.req.url).origin, app, "DELETE", `/open-apis/im/v1/batch_messages/${batch.id}`);
        return c.json(result);
    });
    // A text batch from the given app through batch_send: the vendor route validates it and answers as it would.
    routes.post("/test-batch", async (c) => {
        const body = await jsonBody(c);
        const appId = body.app_id ?? [...state.feishuApps.keys()][0];
        const app = state.feishuApps.get(String(appId)) ?? notFound(`no Feishu app ${String(appId)}`);
        if (typeof body.text !== "string" || body.text === "")
            throw fail(400, "text must be a non-empty string");
        const send = { msg_type: "text", content: { text: body.text } };
        for (const field of RECIPIENT_FIELDS) {
            const ids = body[field];
            if (ids === undefined)
                continue;
            if (!Array.isArray(ids) || !ids.every((id) => typeof id === "string"))
                throw fail(400, `${field} must be a list of strings`);
            if (ids.length > 0)
                send[field] = ids;
        }
        const result = await callAsFeishuApp(vendorFetch, new URL(c.req.url).origin, app, "POST", "/open-apis/message/v4/batch_send/", send);
        return c.json(result);
    });
    return routes;
}
//# sourceMappingURL=record-routes.js.map