// GET /__mock: the control API's own routes, read from the router at request time (so routes added later show
// too), each with what it is for where known.
import type { Hono } from "hono";

const ABOUT: Record<string, string> = {
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
};

export function controlIndex(control: Hono, prefix = "/__mock") {
  const seen = new Set<string>();
  const routes: { method: string; path: string; about?: string }[] = [];
  for (const route of control.routes) {
    if (route.method === "ALL" || route.path.endsWith("*")) continue; // middleware
    const path = route.path.length > 1 ? route.path.replace(/\/$/, "") : route.path;
    const key = `${route.method} ${path}`;
    if (seen.has(key) || path === "/") continue;
    seen.add(key);
    routes.push({ method: route.method, path: `${prefix}${path}`, ...(ABOUT[key] && { about: ABOUT[key] }) });
  }
  return { control_api: prefix, routes };
}
