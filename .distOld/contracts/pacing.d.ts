import type { OperationInfo } from "../spec/index.js";
import type { TargetClock } from "./target.js";
export declare class Pacing {
    private readonly clock;
    private readonly sent;
    constructor(clock: TargetClock);
    beforeRequest(op: OperationInfo): Promise<void>;
}
