import type { Contract } from "../contract.js";
export declare const feishuGatewayContracts: Contract[];
