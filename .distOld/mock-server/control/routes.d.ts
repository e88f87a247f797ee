import { Hono } from "hono";
import { type Faults } from "../http/faults.js";
import type { Journal } from "../http/journal.js";
import type { RateLimiter } from "../http/rate-limit.js";
import type { MockState } from "../state/mock-state.js";
import { type MockEvents } from "./mock-events.js";
import type { VendorFetch } from "./vendor-calls.js";
import type { Stubs } from "../stubs/stubs.js";
export interface ControlDeps {
    state: MockState;
    faults: Faults;
    rateLimiter: RateLimiter;
    selfCheckFailures: string[];
    journal: Journal;
    stubs: Stubs;
    enabled: boolean;
    token?: string;
    /** Announces control changes to the events stream, and ends its streams on shutdown. */
    events: MockEvents;
    /** The whole app's fetch, for control actions that act as an app (recall, test batch). */
    vendorFetch: VendorFetch;
}
export declare function controlRoutes(deps: ControlDeps): Hono;
