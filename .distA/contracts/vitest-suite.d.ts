import { type Contract } from "./contract.js";
import { type Vendor } from "./required-vendors.js";
import type { Target } from "./target.js";
export interface ContractSuiteOptions {
    /** Vendors whose contracts must run (default: CONTRACTS_REQUIRE, e.g. "feishu,dingtalk"). */
    require?: Vendor[];
}
export declare function contractSuite(name: string, makeTarget: () => Target | Promise<Target>, contracts?: readonly Contract[], options?: ContractSuiteOptions): void;
declare module "vitest" {
    interface TaskMeta {
        endpoint?: string;
        contractId?: string;
    }
}
