import { Hono } from "hono";
import type { MockClock } from "./clock.js";
import { type MockConfig } from "./config.js";
import { MockEvents } from "./control/mock-events.js";
import type { MockConfigInput } from "./config-input.js";
import { Faults } from "./http/faults.js";
import type { OperationHandler } from "./http/handler.js";
import { type MockEnv } from "./http/operation-routes.js";
import { Journal } from "./http/journal.js";
import { type RequestLogEntry } from "./http/request-log.js";
import { MockState } from "./state/mock-state.js";
import { Stubs } from "./stubs/stubs.js";
/** One handler per operationId of the specs (a test checks the two lists match). */
export declare const HANDLERS: Record<string, OperationHandler>;
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
export declare function createMockApp(options?: MockAppOptions): MockApp;
