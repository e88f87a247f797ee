import type { Contract } from "../contract.js";
export declare const tokenRefreshContracts: Contract[];
