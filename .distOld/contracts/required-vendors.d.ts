import type { Contract } from "./contract.js";
import type { Target } from "./target.js";
export type Vendor = "feishu" | "dingtalk";
export declare class RequireError extends Error {
}
/** "feishu,dingtalk" → ["feishu", "dingtalk"]; "" or undefined → []; anything else is refused. */
export declare function parseRequired(value: string | undefined): Vendor[];
/** Why this contract must fail rather than be skipped, or undefined. */
export declare function requiredButMissing(contract: Contract, target: Target, required: readonly Vendor[]): string | undefined;
