// createMockApp(): the whole fake Feishu and DingTalk as a Hono app, with no Node-specific code, so tests and
// other runtimes use it in-process through `fetch`. serve.ts puts it on a port.
import { Hono } from "hono";
import { SpecValidator } from "../spec/index.js";
import { checkConfig, resolveConfig } from "./config.js";
import { MockEvents } from "./control/mock-events.js";
import { controlRoutes } from "./control/routes.js";
import { asyncSendV2, getSendProgress, getSendResult, recallWorkNotification } from "./dingtalk/work-notifications.js";
import { getAccessToken } from "./dingtalk/auth.js";
import { createTenantAccessToken } from "./feishu/auth.js";
import { batchSendMessage, deleteBatchMessage, getBatchMessageProgress, getBatchMessageReadUser } from "./feishu/batch-messages.js";
import { createMessage, deleteMessage, listMessageReadUsers } from "./feishu/messages.js";
import { Faults } from "./http/faults.js";
import { hostGuard } from "./http/host-guard.js";
import { registerOperations } from "./http/operation-routes.js";
import { RateLimiter } from "./http/rate-limit.js";
import { registerStubs } from "./http/stub-routes.js";
import { DEFAULT_JOURNAL_BYTES, DEFAULT_JOURNAL_SIZE, Journal } from "./http/journal.js";
import { journalStage } from "./http/journal-stage.js";
import { logEntryOf } from "./http/request-log.js";
import { MockState } from "./state/mock-state.js";
import { Stubs } from "./stubs/stubs.js";
/** One handler per operationId of the specs (a test checks the two lists match). */
export const HANDLERS = {
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
export function createMockApp(options = {}) {
    if (options.config !== undefined)
        checkConfig(options.config);
    const config = resolveConfig(options.config ?? {});
    const state = new MockState(config, options.clock, options.wallClock);
    const faults = new Faults();
    const rateLimiter = new RateLimiter(config);
    const selfCheckFailures = [];
    const events = new MockEvents();
    const app = new Hono({ strict: false });
    const stubs = new Stubs(config.stubs);
    const journal = new Journal(config.journal?.size ?? DEFAULT_JOURNAL_SIZE, config.journal?.max_bytes ?? DEFAULT_JOURNAL_BYTES);
    const log = options.log;
    if (log)
        journal.subscribe((entry) => log(logEntryOf(entry)));
    const stage = journalStage(journal, state);
    // On a port, the Host guard first (against DNS rebinding), on every route; then the journal.
    app.use("*", options.allowedHost ? hostGuard(options.allowedHost, stage) : stage);
    app.route("/__mock", controlRoutes({
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
    }));
    registerOperations(app, {
        state,
        validator: new SpecValidator(),
        rateLimiter,
        faults,
        handlers: HANDLERS,
        onSelfCheckFailure: (problem) => selfCheckFailures.push(problem),
    });
    // After the modelled operations: stubs, then the gateway's 404 for what nothing answers.
    registerStubs(app, { state, stubs });
    // Unknown paths and methods: what both vendors' gateways answer.
    app.notFound((c) => c.text("404 page not found", 404));
    app.onError((error, c) => {
        // Reaching here is a bug in the mock: say so plainly rather than pretend to be the vendor.
        selfCheckFailures.push(`unhandled error on ${c.req.method} ${c.req.path}: ${String(error)}`);
        return c.json({ mock_internal_error: String(error) }, 500);
    });
    const reset = () => {
        state.reset();
        faults.clear();
        rateLimiter.reset();
        journal.clear();
        stubs.reset();
    };
    const fetch = async (input, init) => {
        const request = input instanceof Request && init === undefined ? input : new Request(input, init);
        const response = await app.fetch(request);
        if (response.headers.get("x-mock-dropped") === "1")
            throw new TypeError("fetch failed (connection dropped by a mock fault)");
        return response;
    };
    return { app, fetch, state, clock: state.clock, config, faults, selfCheckFailures, journal, stubs, reset, events };
}
//# sourceMappingURL=app.js.map