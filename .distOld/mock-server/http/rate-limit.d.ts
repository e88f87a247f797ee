import type { OperationInfo } from "../../spec/index.js";
import type { MockConfig } from "../config.js";
export declare class RateLimiter {
    private readonly config;
    private windows;
    constructor(config: MockConfig);
    reset(): void;
    /** Counts one request; throws 99991400 when it is over a limit (and then does not count it). */
    check(op: OperationInfo, appId: string, now: number): void;
}
