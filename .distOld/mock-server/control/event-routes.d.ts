import { Hono } from "hono";
import type { Journal } from "../http/journal.js";
import type { MockState } from "../state/mock-state.js";
import type { ControlInput } from "./control-input.js";
import type { MockEvents } from "./mock-events.js";
export interface EventRouteDeps {
    state: MockState;
    events: MockEvents;
    journal: Journal;
    input: ControlInput;
}
export declare const EVENT_NAMES: readonly ["clock", "batch", "message", "task", "request", "control", "reset"];
export declare function eventRoutes({ state, events, journal, input }: EventRouteDeps): Hono;
