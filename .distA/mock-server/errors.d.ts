import type { ErrorCodeEntry, OperationInfo } from "../spec/index.js";
import type { MockConfig } from "./config.js";
export interface VendorErrorDetail {
    /** Replaces the catalog message (e.g. 10014's "app id not exists" variant). */
    msg?: string;
    /** DingTalk errcode 88's underlying reason. */
    sub_code?: string;
    sub_msg?: string;
    /** Values for a templated catalog message's `{placeholders}` (e.g. 99991672's scopes). */
    msgVars?: Record<string, string>;
    /** More fields of a Feishu answer's `error` object (the gateway's permission_violations, field_violations). */
    error?: Record<string, unknown>;
    headers?: Record<string, string>;
}
export declare class VendorError extends Error {
    readonly code: number;
    readonly detail: VendorErrorDetail;
    constructor(code: number, detail?: VendorErrorDetail);
}
/** The catalog entry of a code for an operation; a code outside the catalog is a bug in the mock. */
export declare function catalogEntry(op: OperationInfo, code: number): ErrorCodeEntry;
export interface RenderedError {
    status: number;
    body: Record<string, unknown>;
    headers: Record<string, string>;
}
/** The vendor's envelope for an error: Feishu `{code,msg,error}`; DingTalk `{errcode,errmsg,request_id}` (HTTP 200). */
export declare function renderError(op: OperationInfo, error: VendorError, config: MockConfig, ids: {
    logId: string;
    requestId: string;
}): RenderedError;
