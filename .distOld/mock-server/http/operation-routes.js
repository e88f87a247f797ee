import { allOperations } from "../../spec/index.js";
import { answerInvariants } from "../../spec/traffic/invariants.js";
import { authenticateDingTalk, dingtalkAppOfToken, dingtalkTokenOf } from "../dingtalk/auth.js";
import { renderError, VendorError } from "../errors.js";
import { authenticateFeishu, feishuAppOfToken } from "../feishu/auth.js";
import { scopeRefusal } from "../feishu/scopes.js";
import { JsonText } from "./json-text.js";
import { requestHeader } from "./request-headers.js";
import { readInput } from "./request-input.js";
import { validateInput } from "./validate-input.js";
/** `/a/{id}/b` → `/a/:id/b`; a trailing slash is dropped (the app is not strict, so both forms match). */
export const honoPath = (path) => path.replace(/\{([^}]+)\}/g, ":$1").replace(/(.)\/$/, "$1");
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Ids a fault rule can name: path ids and DingTalk body task ids. */
function idsOf(input) {
    const ids = Object.values(input.path);
    const body = input.body;
    for (const key of ["task_id", "msg_task_id"])
        if (body && body[key] !== undefined)
            ids.push(String(body[key]));
    return ids;
}
function identify(c, op, state, input, now) {
    if (op.vendor === "feishu") {
        if (!op.authenticated)
            return input.body?.app_id?.toString();
        return feishuAppOfToken(state, requestHeader(c, "authorization"), now);
    }
    if (!op.authenticated)
        return input.query.appkey?.toString();
    return dingtalkAppOfToken(state, dingtalkTokenOf(state, input), now);
}
/** Closes the connection without an answer. Under @hono/node-server the socket is in the env; in-process the
 * answer is marked and the in-process fetch turns it into a network error. */
function dropConnection(c) {
    const socket = c.env?.incoming?.socket;
    socket?.destroy();
    return new Response(null, { status: 502, headers: { "x-mock-dropped": "1" } });
}
/** Whether the app holds one of the scopes (a loop: no closure per request). */
function hasAnyScope(held, wanted) {
    for (const scope of wanted)
        if (held.includes(scope))
            return true;
    return false;
}
async function handle(c, route, deps) {
    const { op, handler } = route;
    const { state, validator } = deps;
    const ids = { logId: op.vendor === "feishu" ? state.nextLogId() : "", requestId: op.vendor === "dingtalk" ? state.nextRequestId() : "" };
    c.set("operationId", op.operationId);
    let status = 200;
    let body;
    let headers = {};
    try {
        const read = readInput(c, op, route.lenientNumbers && state.config.dingtalk.lenient_gateway);
        const input = read instanceof Promise ? await read : read;
        if (input.body !== undefined)
            c.set("requestBody", input.body);
        if (!op.authenticated) {
            const app = identify(c, op, state, input, state.now());
            if (app !== undefined)
                c.set("app", app);
        }
        const fault = deps.faults.empty
            ? undefined
            : deps.faults.take({ operationId: op.operationId, ids: idsOf(input), app: identify(c, op, state, input, state.now()) }, route.codes);
        if (fault?.delay_ms)
            await sleep(fault.delay_ms);
        if (fault?.drop)
            return dropConnection(c);
        if (fault?.http_status)
            return c.text(`${fault.http_status} mock fault`, fault.http_status);
        if (fault?.error_code === 99991400) {
            // As the gateway answers it: with the limit and the seconds until the window resets.
            const limit = op.operation["x-rate-limit"]?.per_second ?? 50;
            throw new VendorError(99991400, { headers: { "x-ogw-ratelimit-limit": String(limit), "x-ogw-ratelimit-reset": "1" } });
        }
        if (fault?.error_code !== undefined)
            throw new VendorError(fault.error_code);
        const now = state.now();
        const ctx = { op, state, now, input, requestId: ids.requestId, validator };
        if (op.authenticated && op.vendor === "feishu") {
            const app = authenticateFeishu(state, requestHeader(c, "authorization"), now);
            ctx.feishuApp = app;
            c.set("app", app.app_id);
            deps.rateLimiter.check(op, app.app_id, now);
            const lacksScope = route.checksScopes !== undefined && !hasAnyScope(app.scopes, route.checksScopes);
            if (route.gatewayFirst) {
                // The open-apis gateway (live): scopes, then its parameter checks, before the endpoint's own.
                if (lacksScope)
                    throw scopeRefusal(state.config, op, app, route.checksScopes);
                validateInput(op, input, validator, state.config);
                if (route.checksBot && !app.bot)
                    throw new VendorError(230006);
            }
            else {
                if (route.checksBot && !app.bot)
                    throw new VendorError(230006);
                if (lacksScope)
                    throw scopeRefusal(state.config, op, app, route.checksScopes);
                validateInput(op, input, validator, state.config);
            }
        }
        else {
            if (op.authenticated) {
                ctx.dingtalkApp = authenticateDingTalk(state, dingtalkTokenOf(state, input), now);
                c.set("app", ctx.dingtalkApp.appkey);
            }
            validateInput(op, input, validator, state.config);
        }
        state.retention.sweep(now);
        const out = handler(ctx);
        body = out instanceof Promise ? await out : out; // most handlers answer at once: no extra turn for them
        // Records mark themselves changed (state/tracked-map.ts); tokens are issued by the unauthenticated calls.
        if (!op.authenticated)
            state.revision += 1;
    }
    catch (error) {
        if (!(error instanceof VendorError))
            throw error;
        const rendered = renderError(op, error, state.config, ids);
        ({ status, body, headers } = rendered);
    }
    if (state.config.validate_responses) {
        const value = body instanceof JsonText ? body.value : body;
        const check = validator.validateResponse(op, status, value);
        // And what one answer must satisfy on its own (read ≤ success ≤ valid…): the invariants the proxy holds vendors to.
        const errors = check.valid ? answerInvariants(op.operationId, value).map((f) => `${f.rule}: ${f.message}`) : check.errors;
        if (errors.length > 0) {
            const problem = `${op.operationId} answered HTTP ${status} that does not match the spec: ${errors.join("; ")}`;
            deps.onSelfCheckFailure(problem);
            return c.json({ mock_self_check_failed: problem, body: value }, 500);
        }
    }
    const code = body instanceof JsonText ? 0 : (body.code ?? body.errcode);
    if (code !== undefined)
        c.set("vendorCode", code);
    return answer(c, status, body instanceof JsonText ? body.text : JSON.stringify(body), headers, op.vendor === "feishu" ? ids.logId : undefined);
}
/**
 * The answer as a Response with plain lower-case headers: @hono/node-server writes those straight to the socket,
 * where c.json with two or more headers builds a fetch Headers object first (a measurable cost per request).
 */
function answer(c, status, text, extra, logId) {
    const headers = { "content-type": "application/json" };
    for (const name in extra)
        headers[name.toLowerCase()] = extra[name];
    if (logId !== undefined)
        headers["x-tt-logid"] = logId;
    const reason = headers["x-mock-error-reason"];
    if (reason !== undefined)
        c.set("errorReason", reason);
    return new Response(text, { status, headers });
}
export function registerOperations(app, deps) {
    for (const op of allOperations()) {
        const handler = deps.handlers[op.operationId];
        if (!handler)
            throw new Error(`Mock bug: no handler for ${op.operationId}`);
        const codes = new Set(op.errorCodes.map((e) => e.code));
        // Bot and scope checks where the operation documents their codes (batch send has codes of its own).
        const route = {
            op,
            handler,
            codes,
            checksBot: op.operation["x-requires-bot"] === true && codes.has(230006),
            checksScopes: codes.has(230027) ? op.operation["x-required-scopes"] : undefined,
            gatewayFirst: deps.state.config.feishu.gateway_errors && op.operation["x-gateway-scopes"] === true,
            lenientNumbers: op.operation["x-accepts-number-strings"] === true,
        };
        app.on(op.method.toUpperCase(), honoPath(op.path), (c) => handle(c, route, deps));
    }
}
//# sourceMappingURL=operation-routes.js.map