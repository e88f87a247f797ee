import type { Hono } from "hono";
import type { MockState } from "../state/mock-state.js";
import type { Stubs } from "../stubs/stubs.js";
import type { MockEnv } from "./operation-routes.js";
export declare function registerStubs(app: Hono<MockEnv>, deps: {
    state: MockState;
    stubs: Stubs;
}): void;
