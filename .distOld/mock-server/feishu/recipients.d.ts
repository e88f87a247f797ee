import type { FeishuAppConfig } from "../config.js";
import type { Directory } from "../directory.js";
import { type IntervalSet } from "../intervals.js";
export interface BatchRecipients {
    recipients: IntervalSet;
    valid: number;
    deliverable: number;
    invalid: {
        department_ids: string[];
        open_ids: string[];
        user_ids: string[];
        union_ids: string[];
    };
}
export interface BatchTargets {
    department_ids?: string[];
    open_ids?: string[];
    user_ids?: string[];
    union_ids?: string[];
}
/** Users outside the app's availability: its `unavailable` departments and users. */
export declare function unavailableTo(directory: Directory, app: FeishuAppConfig): IntervalSet;
export declare function resolveBatchRecipients(directory: Directory, app: FeishuAppConfig, targets: BatchTargets): BatchRecipients;
