import type { Hono } from "hono";
import { type SpecValidator } from "../../spec/index.js";
import type { MockState } from "../state/mock-state.js";
import type { Faults } from "./faults.js";
import type { OperationHandler } from "./handler.js";
import type { RateLimiter } from "./rate-limit.js";
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
export declare const honoPath: (path: string) => string;
export declare function registerOperations(app: Hono<MockEnv>, deps: PipelineDeps): void;
