import type { Context, Hono } from "hono";
import type { MockState } from "../state/mock-state.js";
export declare class TokenRouteError extends Error {
}
export declare function registerTokenRoutes(control: Hono, state: MockState, readBody: (c: Context) => Promise<Record<string, unknown>>): void;
