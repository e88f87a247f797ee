import type { Contract } from "../contract.js";
export declare const CONTRACTS: readonly Contract[];
