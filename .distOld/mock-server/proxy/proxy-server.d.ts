import { TrafficReport } from "../../spec/traffic/index.js";
import type { Vendor } from "../../spec/index.js";
export interface ProxyOptions {
    port?: number;
    host?: string;
    feishuUpstream?: string;
    dingtalkUpstream?: string;
    /** Allow plain http to an upstream that is not loopback. */
    allowInsecureUpstream?: boolean;
    /** Add `x-contract-violations` to answers of modelled operations (default true). */
    violationsHeader?: boolean;
    /** Write every exchange, scrubbed, as JSON lines to this file. */
    record?: string;
    upstreamTimeoutMs?: number;
    requestTimeoutMs?: number;
    /** Called once per exchange, after the answer. */
    log?: (entry: ProxyLogEntry) => void;
}
export interface ProxyLogEntry {
    method: string;
    /** Path and query, credentials masked. */
    path: string;
    status: number;
    vendor: Vendor;
    operationId?: string;
    /** `rule: message` for each violation. */
    violations: string[];
    drift: string[];
    ms: number;
    error?: string;
}
export interface ProxyServer {
    url: string;
    upstreams: Record<Vendor, string>;
    report: TrafficReport;
    close: () => Promise<void>;
}
export declare const VIOLATIONS_HEADER = "x-contract-violations";
export declare function startProxyServer(options?: ProxyOptions): Promise<ProxyServer>;
