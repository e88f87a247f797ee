// The control API under /__mock: reset, inspect state and directory, drive the clock, inject faults, configure
// apps and move bots out of chats. Errors are `{ "error": "…" }` with a 4xx status.
import { Hono } from "hono";
import { ClockError } from "../clock.js";
import { checkConfig, ConfigError, withFeishuAppDefaults } from "../config.js";
import { FaultSpecError } from "../http/faults.js";
import { JsonTooDeepError, parseJsonWithin } from "../../spec/traffic/json-depth.js";
import { MAX_BODY_BYTES, readBody } from "../http/request-input.js";
import { dashboardRoutes, dashboardTokenFromUrl } from "../dashboard/dashboard-routes.js";
import { eventRoutes } from "./event-routes.js";
import { announceControlChanges } from "./mock-events.js";
import { operationsView } from "./operations-view.js";
import { recordRoutes } from "./record-routes.js";
import { controlIndex } from "./control-index.js";
import { journalRoutes } from "./journal-routes.js";
import { stubRoutes } from "./stub-routes.js";
import { applyClockChanges, ClockChangeError, parseClockChanges } from "./clock-changes.js";
import { crossSiteReason, hasControlToken } from "./request-guard.js";
import { directoryView, mask, stateView } from "./state-view.js";
import { registerTokenRoutes, TokenRouteError } from "./token-routes.js";
class ControlError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
/** The body as a JSON object, read with the vendor routes' cap and depth limit. */
async function jsonBody(c) {
    const body = await readBody(c);
    if ("tooLarge" in body)
        throw new ControlError(413, `the body is over ${MAX_BODY_BYTES} bytes`);
    if ("broken" in body)
        throw new ControlError(400, "the body could not be read");
    const text = body.text;
    if (text.trim() === "")
        return {};
    try {
        const value = parseJsonWithin(text);
        if (typeof value === "object" && value !== null && !Array.isArray(value))
            return value;
    }
    catch (error) {
        if (error instanceof JsonTooDeepError)
            throw new ControlError(400, `the body: ${error.message}`);
    }
    throw new ControlError(400, "the body must be a JSON object");
}
function intParam(c, name, fallback, max) {
    const raw = c.req.query(name);
    if (raw === undefined)
        return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0 || n > max)
        throw new ControlError(400, `${name} must be an integer from 0 to ${max}`);
    return n;
}
export function controlRoutes(deps) {
    const { state, faults } = deps;
    const control = new Hono();
    control.use("/ui", dashboardTokenFromUrl); // before the access check below, which it feeds
    control.use("*", async (c, next) => {
        if (!deps.enabled) {
            return c.json({ error: "the control API is disabled (enable it with --control, and set --control-token when not on loopback)" }, 403);
        }
        const crossSite = crossSiteReason(c);
        if (crossSite !== undefined) {
            return c.json({ error: `refused: this looks like a call from another web site (${crossSite}); the control API takes same-origin calls, curl and scripts` }, 403);
        }
        if (deps.token !== undefined && !(await hasControlToken(c, deps.token))) {
            return c.json({ error: "the control API needs Authorization: Bearer <control token>" }, 401);
        }
        await next();
        if (c.req.method !== "GET")
            state.revision += 1; // something may have changed: worth saving
    });
    control.use("*", announceControlChanges(deps.events));
    control.onError((error, c) => {
        if (error instanceof ControlError)
            return c.json({ error: error.message }, error.status);
        if (error instanceof ClockError || error instanceof ClockChangeError || error instanceof FaultSpecError || error instanceof ConfigError || error instanceof TokenRouteError) {
            return c.json({ error: error.message }, 400);
        }
        throw error;
    });
    control.post("/reset", async (c) => {
        // {"clock": {"set", "scale", "freeze"}} puts the clock anywhere in range, backwards too: the records are gone,
        // so no count can be seen to decrease.
        const body = await jsonBody(c);
        const unknown = Object.keys(body).filter((k) => k !== "clock");
        if (unknown.length > 0)
            throw new ControlError(400, `reset takes only "clock" (unknown: ${unknown.join(", ")})`);
        if (body.clock !== undefined && (typeof body.clock !== "object" || body.clock === null || Array.isArray(body.clock))) {
            throw new ControlError(400, "clock must be an object of set, scale, freeze");
        }
        const clockChanges = body.clock === undefined ? undefined : parseClockChanges(body.clock, state.now(), true);
        state.reset();
        if (clockChanges)
            applyClockChanges(state.clock, clockChanges, true);
        faults.clear();
        deps.rateLimiter.reset();
        deps.journal.clear();
        deps.stubs.reset();
        return c.json({ ok: true, clock: state.clock.state() });
    });
    control.get("/state", (c) => c.json(stateView(state, intParam(c, "offset", 0, 1e9), intParam(c, "limit", 100, 10_000))));
    control.get("/directory", (c) => {
        const appId = c.req.query("app_id") ?? [...state.feishuApps.keys()][0] ?? "";
        if (!state.feishuApps.has(appId))
            throw new ControlError(404, `no Feishu app ${appId} (open_ids differ per app)`);
        return c.json(directoryView(state, appId, intParam(c, "offset", 0, state.directory.size), intParam(c, "limit", 100, 1000)));
    });
    control.get("/clock", (c) => c.json(state.clock.state()));
    control.post("/clock", async (c) => {
        // Checked whole first: a call with one bad field changes nothing.
        const changes = parseClockChanges(await jsonBody(c), state.now(), false);
        applyClockChanges(state.clock, changes, false);
        return c.json(state.clock.state());
    });
    control.get("/faults", (c) => c.json({ faults: faults.list() }));
    control.post("/faults", async (c) => c.json(faults.add((await jsonBody(c))), 201));
    control.delete("/faults", (c) => {
        faults.clear();
        return c.json({ faults: [] });
    });
    control.delete("/faults/:rule_id", (c) => {
        if (!faults.remove(c.req.param("rule_id")))
            throw new ControlError(404, `no fault rule ${c.req.param("rule_id")} (used up, or never made)`);
        return c.json({ faults: faults.list() });
    });
    control.get("/operations", (c) => c.json(operationsView()));
    control.get("/apps", (c) => c.json(stateView(state, 0, 0).apps));
    control.post("/apps", async (c) => {
        const { vendor, ...app } = await jsonBody(c);
        if (vendor === "feishu") {
            checkConfig({ feishu: { apps: [app] } }, "app");
            const full = withFeishuAppDefaults(app);
            const replaced = state.feishuApps.has(full.app_id);
            state.feishuApps.set(full.app_id, full);
            return c.json({ ...full, app_secret: mask(full.app_secret) }, replaced ? 200 : 201);
        }
        if (vendor === "dingtalk") {
            checkConfig({ dingtalk: { apps: [app] } }, "app");
            const full = { name: String(app.appkey), ...app };
            const replaced = state.dingtalkApps.has(full.appkey);
            state.dingtalkApps.set(full.appkey, full);
            return c.json({ ...full, appsecret: mask(full.appsecret) }, replaced ? 200 : 201);
        }
        throw new ControlError(400, 'vendor must be "feishu" or "dingtalk"');
    });
    control.patch("/apps/:id", async (c) => {
        const id = c.req.param("id");
        const changes = await jsonBody(c);
        // An app's id is what names it: renaming is a new app (POST /__mock/apps) and a delete.
        for (const key of ["app_id", "appkey"]) {
            if (changes[key] !== undefined && changes[key] !== id)
                throw new ControlError(400, `${key} cannot be changed (it names the app)`);
        }
        const feishu = state.feishuApps.get(id);
        if (feishu) {
            const next = { ...feishu, ...changes, app_id: id };
            checkConfig({ feishu: { apps: [next] } }, "app");
            state.feishuApps.set(id, next);
            return c.json({ ...next, app_secret: mask(String(next.app_secret)) });
        }
        const dingtalk = state.dingtalkApps.get(id);
        if (dingtalk) {
            const next = { ...dingtalk, ...changes, appkey: id };
            checkConfig({ dingtalk: { apps: [next] } }, "app");
            state.dingtalkApps.set(id, next);
            return c.json({ ...next, appsecret: mask(String(next.appsecret)) });
        }
        throw new ControlError(404, `no app ${id}`);
    });
    control.delete("/apps/:id", (c) => {
        const id = c.req.param("id");
        if (!state.feishuApps.delete(id) && !state.dingtalkApps.delete(id))
            throw new ControlError(404, `no app ${id}`);
        return c.json({ deleted: id });
    });
    control.post("/chats/:chat_id/bots", async (c) => {
        const chatId = c.req.param("chat_id");
        if (!state.directory.chat(chatId))
            throw new ControlError(404, "no such chat (group chats only)");
        const body = await jsonBody(c);
        if (typeof body.app_id !== "string" || !state.feishuApps.has(body.app_id))
            throw new ControlError(400, "app_id must name a Feishu app");
        if (typeof body.in_chat !== "boolean")
            throw new ControlError(400, "in_chat must be true or false");
        state.setBotInChat(chatId, body.app_id, body.in_chat);
        return c.json({ chat_id: chatId, app_id: body.app_id, in_chat: body.in_chat });
    });
    registerTokenRoutes(control, state, jsonBody);
    control.route("/requests", journalRoutes(deps.journal));
    control.route("/stubs", stubRoutes(deps.stubs));
    control.get("/", (c) => c.json(controlIndex(control)));
    control.get("/self-check", (c) => c.json({ failures: deps.selfCheckFailures }));
    // The routes in other files read requests and fail as these do (the same body reader, the same error).
    const input = { jsonBody, intParam, fail: (status, message) => new ControlError(status, message) };
    control.route("/", recordRoutes({ ...deps, input }));
    control.route("/", eventRoutes({ ...deps, input }));
    control.route("/ui", dashboardRoutes({ control, ...(deps.token !== undefined && { token: deps.token }) }));
    control.notFound((c) => c.json({ error: `no control route ${c.req.method} ${c.req.path}` }, 404));
    return control;
}
//# sourceMappingURL=routes.js.map