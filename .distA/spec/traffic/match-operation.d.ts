import { type OperationInfo } from "../operations.js";
import type { Vendor } from "../types.js";
export interface OperationMatch {
    op: OperationInfo;
    /** Path parameters, percent-decoded (a malformed escape is left as it was). */
    path: Record<string, string>;
}
export declare function matchOperation(method: string, pathname: string): OperationMatch | undefined;
/** The vendor a path belongs to, modelled or not: Feishu's APIs all live under /open-apis/. */
export declare const vendorOfPath: (pathname: string) => Vendor;
