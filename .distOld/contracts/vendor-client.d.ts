import { type Vendor } from "../spec/index.js";
import type { Target } from "./target.js";
export declare class ContractViolation extends Error {
    name: string;
}
export interface Exchange<B = any> {
    operationId: string;
    status: number;
    body: B;
    headers: Headers;
}
export interface CallOptions {
    path?: Record<string, string>;
    query?: Record<string, string | number>;
    body?: unknown;
    /** Sent as application/x-www-form-urlencoded instead of JSON. */
    form?: Record<string, string | number>;
    /** "default": the client's own token; "none": no credentials at all; otherwise this token. */
    auth?: "default" | "none" | string;
}
export interface Observer {
    /** Fields an answer carried that the spec does not know (vendors add fields): a warning, not a failure. */
    drift: (operationId: string, fields: string[]) => void;
}
export declare class VendorClient {
    readonly vendor: Vendor;
    private readonly target;
    private readonly observer;
    private token;
    private readonly pacing;
    /** Every operation this client has called, with the number of calls (for the reports). */
    readonly calls: Map<string, number>;
    constructor(vendor: Vendor, target: Target, observer: Observer);
    private get baseUrl();
    /** The client's token, fetched once and renewed when the vendor says it went stale. */
    accessToken(): Promise<string>;
    private fetchToken;
    private request;
    /** Calls an operation of the spec, with retries and waits, and checks the answer against the spec. */
    call(operationId: string, options?: CallOptions): Promise<Exchange>;
    /** The schema for this operation and status, the error catalog, and drift. */
    private check;
}
