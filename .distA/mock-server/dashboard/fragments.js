import { jsx as _jsx } from "hono/jsx/jsx-runtime";
import { AppsPanel, knownScopes } from "./apps-panel.js";
import { ClockPanel } from "./clock-panel.js";
import { DirectoryPanel } from "./directory-panel.js";
import { FaultList } from "./faults-panel.js";
import { BatchDetailView, MessageDetailView, TaskDetailView } from "./record-detail.js";
import { BatchTable, MessageTable, TaskTable } from "./record-tables.js";
import { RequestList } from "./request-list.js";
export const RECORDS_PER_PAGE = 15;
const USERS_PER_PAGE = 20;
const offsetOf = (query) => {
    const n = Number(query.get("offset") ?? 0);
    return Number.isInteger(n) && n >= 0 ? n : 0;
};
const q = (params) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params))
        if (value !== undefined && value !== "")
            search.set(key, String(value));
    return search.toString();
};
async function detail(read, query) {
    const kind = query.get("kind");
    const id = encodeURIComponent(query.get("id") ?? "");
    if (kind === "batch")
        return _jsx(BatchDetailView, { batch: (await read(`/batches/${id}`)) });
    if (kind === "message") {
        const pageToken = query.get("page_token") ?? "";
        const [message, readUsers] = await Promise.all([read(`/messages/${id}`), read(`/messages/${id}/read_users?${q({ page_size: 20, page_token: pageToken })}`)]);
        return _jsx(MessageDetailView, { message: message, readUsers: readUsers, pageToken: pageToken });
    }
    if (kind === "task") {
        const [task, recipients] = await Promise.all([read(`/tasks/${id}`), read(`/tasks/${id}/recipients?${q({ offset: offsetOf(query), limit: 20 })}`)]);
        return _jsx(TaskDetailView, { task: task, recipients: recipients });
    }
    return _jsx("p", { class: "muted", children: "Choose \"Details\" on a batch, message or task to see what was sent, to whom, and who has read it." });
}
export const FRAGMENTS = {
    clock: async (read) => _jsx(ClockPanel, { clock: (await read("/clock")) }),
    batches: async (read, query) => _jsx(BatchTable, { page: (await read(`/batches?${q({ offset: offsetOf(query), limit: RECORDS_PER_PAGE })}`)) }),
    messages: async (read, query) => _jsx(MessageTable, { page: (await read(`/messages?${q({ offset: offsetOf(query), limit: RECORDS_PER_PAGE })}`)) }),
    tasks: async (read, query) => _jsx(TaskTable, { page: (await read(`/tasks?${q({ offset: offsetOf(query), limit: RECORDS_PER_PAGE })}`)) }),
    detail,
    faults: async (read) => _jsx(FaultList, { faults: (await read("/faults")).faults }),
    apps: async (read) => {
        const [apps, catalog] = await Promise.all([read("/apps"), read("/operations")]);
        return _jsx(AppsPanel, { apps: apps, scopes: knownScopes(catalog, apps) });
    },
    directory: async (read, query) => {
        const appId = query.get("app_id") ?? undefined;
        const [directory, apps] = await Promise.all([read(`/directory?${q({ app_id: appId, offset: offsetOf(query), limit: USERS_PER_PAGE })}`), read("/apps")]);
        return _jsx(DirectoryPanel, { directory: directory, apps: apps });
    },
    requests: async (read, query) => {
        const filters = { operation: query.get("operation") ?? undefined, status: query.get("status") ?? undefined, limit: 50 };
        return _jsx(RequestList, { answer: (await read(`/requests?${q(filters)}`)) });
    },
};
//# sourceMappingURL=fragments.js.map