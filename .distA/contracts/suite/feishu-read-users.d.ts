import type { Contract } from "../contract.js";
export declare const feishuReadUsersContracts: Contract[];
