import type { Contract } from "../contract.js";
export declare const UNKNOWN_BATCH: string;
export declare const UNKNOWN_MESSAGE: string;
export declare const feishuAuthContracts: Contract[];
