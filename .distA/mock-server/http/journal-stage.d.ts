import type { MiddlewareHandler } from "hono";
import type { MockState } from "../state/mock-state.js";
import { type Journal } from "./journal.js";
import type { MockEnv } from "./operation-routes.js";
export declare function journalStage(journal: Journal, state: MockState): MiddlewareHandler<MockEnv>;
