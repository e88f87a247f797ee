const ABOUT = {
    "POST /reset": "forget batches, messages, tasks, tokens, faults, stubs added at run time and the journal",
    "GET /state": "apps, tokens, and every batch, message and task with its progress now (?offset=&limit=)",
    "GET /directory": "the fake tenant's users, departments and chats (?app_id=&offset=&limit=)",
    "GET /clock": "mock time",
    "POST /clock": "move mock time: { advance_ms | set | freeze | scale }",
    "GET /faults": "the fault rules",
    "POST /faults": "add a fault rule: { operation?, id?, app?, count?, error_code | http_status | delay_ms | drop }",
    "DELETE /faults": "remove every fault rule",
    "GET /apps": "the apps (secrets masked)",
    "POST /apps": "create or replace an app: { vendor, … }",
    "PATCH /apps/:id": "change an app",
    "DELETE /apps/:id": "remove an app",
    "POST /chats/:chat_id/bots": "move an app's bot in or out of a chat: { app_id, in_chat }",
    "GET /requests": "the request journal, newest first (?operation=&app=&status=&code=&method=&since=&limit=)",
    "DELETE /requests": "forget the journal",
    "GET /stubs": "the stubs",
    "POST /stubs": "add or replace a stub: { id?, method?, path, auth?, query?, body?, response, delay_ms? }",
    "DELETE /stubs/:id": "remove a stub",
    "GET /self-check": "answers that failed the spec while self-checking",
    "DELETE /faults/:rule_id": "remove one fault rule",
    "GET /operations": "every operation of the specs with its documented error codes and scopes",
    "GET /batches": "Feishu batches newest first, with progress, status and percent (?offset=&limit=)",
    "GET /batches/:id": "one batch: progress, timing, what was sent and to whom",
    "POST /batches/:id/recall": "recall a batch as its app would (a token, then DELETE through the pipeline)",
    "GET /messages": "Feishu messages newest first (?offset=&limit=)",
    "GET /messages/:id": "one message: readers, content, chat",
    "GET /messages/:id/read_users": "its read receipts in read_users' own pages (?page_size=&page_token=&user_id_type=)",
    "GET /tasks": "DingTalk tasks newest first (?offset=&limit=)",
    "GET /tasks/:id": "one task: getsendprogress, reached and read counts, what was sent",
    "GET /tasks/:id/recipients": "who a task reached, readers first (?offset=&limit=)",
    "POST /test-batch": "send a text batch as an app through batch_send: { app_id?, text, department_ids?, open_ids?, user_ids?, union_ids? }",
    "GET /events": "server-sent events: clock, batch, message, task, request, control, reset (?events=&tick_ms=)",
    "GET /ui": "the dashboard (with a control token: ?token=)",
    "GET /ui/fragments/:name": "one part of the dashboard, re-rendered",
};
export function controlIndex(control, prefix = "/__mock") {
    const seen = new Set();
    const routes = [];
    for (const route of control.routes) {
        if (route.method === "ALL" || route.path.endsWith("*"))
            continue; // middleware
        const path = route.path.length > 1 ? route.path.replace(/\/$/, "") : route.path;
        const key = `${route.method} ${path}`;
        if (seen.has(key) || path === "/")
            continue;
        seen.add(key);
        routes.push({ method: route.method, path: `${prefix}${path}`, ...(ABOUT[key] && { about: ABOUT[key] }) });
    }
    return { control_api: prefix, routes };
}
//# sourceMappingURL=control-index.js.map