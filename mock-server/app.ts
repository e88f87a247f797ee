// createMockApp(): the whole fake Feishu and DingTalk as a Hono app, with no Node-specific code, so tests and
// other runtimes use it in-process through `fetch`. serve.ts puts it on a port.
import { Hono, type Context } from "hono";
import { SpecValidator } from "../spec/index.js";
import type { MockClock } from "./clock.js";
import { checkConfig, resolveConfig, type MockConfig } from "./config.js";
import { MockEvents } from "./control/mock-events.js";
import type { MockConfigInput } from "./config-input.js";
import { controlRoutes } from "./control/routes.js";
import { asyncSendV2, getSendProgress, getSendResult, recallWorkNotification } from "./dingtalk/work-notifications.js";
import { getAccessToken } from "./dingtalk/auth.js";
import { createTenantAccessToken } from "./feishu/auth.js";
import { batchSendMessage, deleteBatchMessage, getBatchMessageProgress, getBatchMessageReadUser } from "./feishu/batch-messages.js";
import { createMessage, deleteMessage, listMessageReadUsers } from "./feishu/messages.js";
import { Faults } from "./http/faults.js";
import { guarded, guardMiddleware, hostRefusal } from "./http/host-guard.js";
import type { OperationHandler } from "./http/handler.js";
import { registerOperations, type MockEnv } from "./http/operation-routes.js";
import { RateLimiter } from "./http/rate-limit.js";
import { stubAnswer } from "./http/stub-routes.js";
import { DEFAULT_JOURNAL_BYTES, DEFAULT_JOURNAL_SIZE, Journal } from "./http/journal.js";
import { journalStage, type RouteAnswer } from "./http/journal-stage.js";
import { logEntryOf, type RequestLogEntry } from "./http/request-log.js";
import { MockState } from "./state/mock-state.js";
import { Stubs } from "./stubs/stubs.js";

/** One handler per operationId of the specs (a test checks the two lists match). */
export const HANDLERS: Record<string, OperationHandler> = {
  createTenantAccessToken,
  batchSendMessage,
  createMessage,
  deleteMessage,
  getBatchMessageProgress,
  getBatchMessageReadUser,
  deleteBatchMessage,
  listMessageReadUsers,
  getAccessToken,
  asyncSendV2,
  getSendProgress,
  getSendResult,
  recallWorkNotification,
};

export interface MockAppOptions {
  /** Settings over the defaults (any subset of MockConfig, as in a config file; checked at run time too). */
  config?: MockConfigInput;
  /** Use this clock instead of one made from the config. */
  clock?: MockClock;
  /** Called once per request to the vendor routes, after the answer (read from the journal). */
  log?: (entry: RequestLogEntry) => void;
  /** Real time for what counts wall-clock time (token lifetimes); default Date.now. Tests inject their own. */
  wallClock?: () => number;
  /** Serve /__mock (default: the config's control.enabled, else true in-process). */
  control?: boolean;
  /** On a port: which Host names to answer (others get 403, against DNS rebinding). In-process: any. */
  allowedHost?: (name: string) => boolean;
}

export interface MockApp {
  app: Hono<MockEnv>;
  /** In-process fetch: like a network fetch, a dropped connection rejects. */
  fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  state: MockState;
  clock: MockClock;
  config: MockConfig;
  faults: Faults;
  /** Responses that failed the spec while `validate_responses` was on. */
  selfCheckFailures: string[];
  /** The /__mock/events stream's announcements (serve.ts ends its streams on close). */
  events: MockEvents;
  /** The recent requests to the vendor routes; subscribe() to hear of each new one. */
  journal: Journal;
  /** Answers for what the mock does not model (config `stubs:`, /__mock/stubs). */
  stubs: Stubs;
  /** As POST /__mock/reset: forgets what was sent, tokens, faults, rate-limit windows, the journal and run-time
   * stubs; apps and stubs back to the config's. The clock goes on. */
  reset: () => void;
}

export function createMockApp(options: MockAppOptions = {}): MockApp {
  if (options.config !== undefined) checkConfig(options.config);
  const config = resolveConfig(options.config ?? {});
  const state = new MockState(config, options.clock, options.wallClock);
  const faults = new Faults();
  const rateLimiter = new RateLimiter(config);
  const selfCheckFailures: string[] = [];
  const events = new MockEvents();
  const app = new Hono<MockEnv>({ strict: false });

  const stubs = new Stubs(config.stubs);
  const journal = new Journal(config.journal?.size ?? DEFAULT_JOURNAL_SIZE, config.journal?.max_bytes ?? DEFAULT_JOURNAL_BYTES);
  const log = options.log;
  if (log) journal.subscribe((entry) => log(logEntryOf(entry)));
  const internalError = (error: Error, c: Context<MockEnv>) => {
    // Reaching here is a bug in the mock: say so plainly rather than pretend to be the vendor.
    selfCheckFailures.push(`unhandled error on ${c.req.method} ${c.req.path}: ${String(error)}`);
    return c.json({ mock_internal_error: String(error) }, 500);
  };
  // On a port, the Host guard first (against DNS rebinding), on every route; then, on the vendor routes, the
  // journal. Each vendor route's answer is wrapped in both rather than a middleware in front of all: a route with a
  // single handler is answered on Hono's direct path (issue 11).
  const refusal = options.allowedHost ? hostRefusal(options.allowedHost) : undefined;
  const stage = journalStage(journal, state, internalError);
  const vendorRoute = (answer: RouteAnswer) => (refusal ? guarded(refusal, stage(answer)) : stage(answer));
  if (refusal) app.use("/__mock/*", guardMiddleware(refusal));
  app.route(
    "/__mock",
    controlRoutes({
      state,
      faults,
      rateLimiter,
      selfCheckFailures,
      journal,
      stubs,
      enabled: options.control ?? config.control.enabled ?? true,
      ...(config.control.token !== undefined && { token: config.control.token }),
      events,
      vendorFetch: (request) => app.fetch(request),
    }),
  );
  registerOperations(
    app,
    {
      state,
      validator: new SpecValidator(),
      rateLimiter,
      faults,
      handlers: HANDLERS,
      onSelfCheckFailure: (problem) => selfCheckFailures.push(problem),
    },
    vendorRoute,
  );
  // What no modelled operation takes: the stubs, else the gateway's 404 (both journaled); under /__mock, a plain
  // 404 (the control API's calls are not vendor traffic).
  const unmodelled = vendorRoute(stubAnswer({ state, stubs }));
  app.notFound((c) => (c.req.path === "/__mock" || c.req.path.startsWith("/__mock/") ? c.text("404 page not found", 404) : unmodelled(c)));
  app.onError(internalError);

  const reset = () => {
    state.reset();
    faults.clear();
    rateLimiter.reset();
    journal.clear();
    stubs.reset();
  };

  const fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const response = await app.fetch(request);
    if (response.headers.get("x-mock-dropped") === "1") throw new TypeError("fetch failed (connection dropped by a mock fault)");
    return response;
  };

  return { app, fetch, state, clock: state.clock, config, faults, selfCheckFailures, journal, stubs, reset, events };
}
