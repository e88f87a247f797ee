import { type Contract } from "./contract.js";
import type { Target } from "./target.js";
export interface ContractResult {
    id: string;
    endpoint: string;
    title: string;
    status: "passed" | "failed" | "skipped";
    /** Why it was skipped, or how it failed. */
    detail?: string;
    drift: string[];
}
export declare function runContracts(target: Target, contracts?: readonly Contract[]): Promise<ContractResult[]>;
