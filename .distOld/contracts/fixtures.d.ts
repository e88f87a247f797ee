import type { Target } from "./target.js";
import type { VendorClient } from "./vendor-client.js";
export declare class Fixtures {
    private readonly target;
    private readonly feishu;
    private readonly dingtalk;
    private batchId?;
    private messageId?;
    private taskId?;
    /** Recalled by a contract already: nothing to clean up. */
    readonly recalled: Set<string>;
    constructor(target: Target, feishu: VendorClient, dingtalk: VendorClient);
    batch(): Promise<string>;
    message(): Promise<string>;
    task(): Promise<number>;
    /** Recalls whatever was sent and not yet recalled; failures are reported, not thrown. */
    cleanup(): Promise<string[]>;
}
