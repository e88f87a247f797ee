// Routes every operation of both specs, each through one pipeline:
//   read input → faults → authenticate → rate limit → bot / scope → validate → handler → render → self-check.
// Routes, validation, error codes and limits all come from the spec; the handlers hold only behaviour.
import type { Context, Hono } from "hono";
import { allOperations, type OperationInfo, type SpecValidator } from "../../spec/index.js";
import { answerInvariants } from "../../spec/traffic/invariants.js";
import { authenticateDingTalk, dingtalkAppOfToken, dingtalkTokenOf } from "../dingtalk/auth.js";
import { renderError, VendorError } from "../errors.js";
import { authenticateFeishu, feishuAppOfToken } from "../feishu/auth.js";
import { scopeRefusal } from "../feishu/scopes.js";
import type { MockState } from "../state/mock-state.js";
import type { Faults } from "./faults.js";
import type { HandlerContext, OperationHandler } from "./handler.js";
import { JsonText } from "./json-text.js";
import type { RateLimiter } from "./rate-limit.js";
import { requestHeader } from "./request-headers.js";
import { readInput, type RequestInput } from "./request-input.js";
import { validateInput } from "./validate-input.js";

export interface PipelineDeps {
  state: MockState;
  validator: SpecValidator;
  rateLimiter: RateLimiter;
  faults: Faults;
  handlers: Record<string, OperationHandler>;
  /** Called when a response fails the spec (self-check on); the response becomes a 500 explaining why. */
  onSelfCheckFailure: (problem: string) => void;
}

/** Variables the journal stage reads. */
export interface MockEnv {
  Variables: {
    operationId?: string;
    vendorCode?: number;
    /** The Feishu app_id / DingTalk appkey the request was made as, once known. */
    app?: string;
    /** The decoded request body, once read. */
    requestBody?: unknown;
    /** The answer's x-mock-error-reason, when it has one (set beside the header, so nothing reads the answer's headers back). */
    errorReason?: string;
  };
}

/** `/a/{id}/b` → `/a/:id/b`; a trailing slash is dropped (the app is not strict, so both forms match). */
export const honoPath = (path: string) => path.replace(/\{([^}]+)\}/g, ":$1").replace(/(.)\/$/, "$1");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Ids a fault rule can name: path ids and DingTalk body task ids. */
function idsOf(input: RequestInput): string[] {
  const ids = Object.values(input.path);
  const body = input.body as Record<string, unknown> | undefined;
  for (const key of ["task_id", "msg_task_id"]) if (body && body[key] !== undefined) ids.push(String(body[key]));
  return ids;
}

function identify(c: Context, op: OperationInfo, state: MockState, input: RequestInput, now: number): string | undefined {
  if (op.vendor === "feishu") {
    if (!op.authenticated) return (input.body as { app_id?: unknown } | undefined)?.app_id?.toString();
    return feishuAppOfToken(state, requestHeader(c, "authorization"), now);
  }
  if (!op.authenticated) return input.query.appkey?.toString();
  return dingtalkAppOfToken(state, dingtalkTokenOf(state, input), now);
}

/** Closes the connection without an answer. Under @hono/node-server the socket is in the env; in-process the
 * answer is marked and the in-process fetch turns it into a network error. */
function dropConnection(c: Context): Response {
  const socket = (c.env as { incoming?: { socket?: { destroy(): void } } } | undefined)?.incoming?.socket;
  socket?.destroy();
  return new Response(null, { status: 502, headers: { "x-mock-dropped": "1" } });
}

/** Whether the app holds one of the scopes (a loop: no closure per request). */
function hasAnyScope(held: readonly string[], wanted: readonly string[]): boolean {
  for (const scope of wanted) if (held.includes(scope)) return true;
  return false;
}

/** What the pipeline needs of an operation on every request, worked out once. */
interface Route {
  op: OperationInfo;
  handler: OperationHandler;
  codes: Set<number>;
  checksBot: boolean;
  checksScopes: string[] | undefined;
  /** The gateway's checks (scopes, its parameters) come before the endpoint's bot check (live). */
  gatewayFirst: boolean;
  /** DingTalk's TOP gateway takes numbers sent as strings here (x-accepts-number-strings). */
  lenientNumbers: boolean;
}

async function handle(c: Context<MockEnv>, route: Route, deps: PipelineDeps) {
  const { op, handler } = route;
  const { state, validator } = deps;
  const ids = { logId: op.vendor === "feishu" ? state.nextLogId() : "", requestId: op.vendor === "dingtalk" ? state.nextRequestId() : "" };
  c.set("operationId", op.operationId);
  let status = 200;
  let body: unknown;
  let headers: Record<string, string> = {};
  try {
    const read = readInput(c, op, route.lenientNumbers && state.config.dingtalk.lenient_gateway);
    const input = read instanceof Promise ? await read : read;
    if (input.body !== undefined) c.set("requestBody", input.body);
    // The app as far as the request names it: for the journal (a faulted answer too) and a fault's match. An
    // authenticated request without faults is named by its authentication below: no token lookup twice.
    const app = op.authenticated && deps.faults.empty ? undefined : identify(c, op, state, input, state.now());
    if (app !== undefined) c.set("app", app);
    const fault = deps.faults.empty ? undefined : deps.faults.take({ operationId: op.operationId, ids: idsOf(input), app }, route.codes);
    if (fault?.delay_ms) await sleep(fault.delay_ms);
    if (fault?.drop) return dropConnection(c);
    if (fault?.http_status) return c.text(`${fault.http_status} mock fault`, fault.http_status as 500);
    if (fault?.error_code === 99991400) {
      // As the gateway answers it: with the limit and the seconds until the window resets.
      const limit = op.operation["x-rate-limit"]?.per_second ?? 50;
      throw new VendorError(99991400, { headers: { "x-ogw-ratelimit-limit": String(limit), "x-ogw-ratelimit-reset": "1" } });
    }
    if (fault?.error_code !== undefined) throw new VendorError(fault.error_code);

    const now = state.now();
    const ctx: HandlerContext = { op, state, now, input, requestId: ids.requestId, validator };
    if (op.authenticated && op.vendor === "feishu") {
      const app = authenticateFeishu(state, requestHeader(c, "authorization"), now);
      ctx.feishuApp = app;
      c.set("app", app.app_id);
      deps.rateLimiter.check(op, app.app_id, now);
      const lacksScope = route.checksScopes !== undefined && !hasAnyScope(app.scopes, route.checksScopes);
      if (route.gatewayFirst) {
        // The open-apis gateway (live): scopes, then its parameter checks, before the endpoint's own.
        if (lacksScope) throw scopeRefusal(state.config, op, app, route.checksScopes!);
        validateInput(op, input, validator, state.config);
        if (route.checksBot && !app.bot) throw new VendorError(230006);
      } else {
        if (route.checksBot && !app.bot) throw new VendorError(230006);
        if (lacksScope) throw scopeRefusal(state.config, op, app, route.checksScopes!);
        validateInput(op, input, validator, state.config);
      }
    } else {
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
    if (!op.authenticated) state.revision += 1;
  } catch (error) {
    if (!(error instanceof VendorError)) throw error;
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
  const code = body instanceof JsonText ? 0 : ((body as { code?: number }).code ?? (body as { errcode?: number }).errcode);
  if (code !== undefined) c.set("vendorCode", code);
  return answer(c, status, body instanceof JsonText ? body.text : JSON.stringify(body), headers, op.vendor === "feishu" ? ids.logId : undefined);
}

/**
 * The answer as a Response with plain lower-case headers: @hono/node-server writes those straight to the socket,
 * where c.json with two or more headers builds a fetch Headers object first (a measurable cost per request).
 */
function answer(c: Context<MockEnv>, status: number, text: string, extra: Record<string, string>, logId: string | undefined): Response {
  const headers: Record<string, string> = { "content-type": "application/json" };
  for (const name in extra) headers[name.toLowerCase()] = extra[name]!;
  if (logId !== undefined) headers["x-tt-logid"] = logId;
  const reason = headers["x-mock-error-reason"];
  if (reason !== undefined) c.set("errorReason", reason);
  return new Response(text, { status, headers });
}

/**
 * Routes every operation, its answer passed through `around` (app.ts: the Host guard and the journal). One handler
 * per route, so Hono answers each request on its direct path, with no composition of handlers.
 */
export function registerOperations(
  app: Hono<MockEnv>,
  deps: PipelineDeps,
  around: (answer: (c: Context<MockEnv>) => Promise<Response>) => (c: Context<MockEnv>) => Promise<Response>,
): void {
  for (const op of allOperations()) {
    const handler = deps.handlers[op.operationId];
    if (!handler) throw new Error(`Mock bug: no handler for ${op.operationId}`);
    const codes = new Set(op.errorCodes.map((e) => e.code));
    // Bot and scope checks where the operation documents their codes (batch send has codes of its own).
    const route: Route = {
      op,
      handler,
      codes,
      checksBot: op.operation["x-requires-bot"] === true && codes.has(230006),
      checksScopes: codes.has(230027) ? op.operation["x-required-scopes"] : undefined,
      gatewayFirst: deps.state.config.feishu.gateway_errors && op.operation["x-gateway-scopes"] === true,
      lenientNumbers: op.operation["x-accepts-number-strings"] === true,
    };
    app.on(op.method.toUpperCase(), honoPath(op.path), around((c) => handle(c, route, deps)));
  }
}
