import { type MockApp, type MockAppOptions } from "./app.js";
import type { MockClock } from "./clock.js";
import type { JournalEntry, JournalFilter, JournalWaitOptions } from "./http/journal.js";
export interface StartOptions extends Omit<MockAppOptions, "control"> {
    /** 0 picks a free port (default 3000). */
    port?: number;
    host?: string;
    /** Shorthand for config.seed. */
    seed?: number;
    /** Serve /__mock (default: on for a loopback host, off otherwise). */
    control?: boolean;
    /** Save the state to this file (atomically, every saveIntervalMs when changed, and on close); restore it on start. */
    stateFile?: string;
    saveIntervalMs?: number;
    /** A request must arrive whole within this (slow or half-open connections are closed). Default 30 s. */
    requestTimeoutMs?: number;
    /** close() waits this long for in-flight requests before closing their connections. Default 10 s. */
    drainTimeoutMs?: number;
    /** Where state-file save failures and recoveries are told (default: stderr). */
    onStateFileMessage?: (line: string) => void;
}
export interface MockServer {
    /** http://host:port */
    url: string;
    feishuUrl: string;
    dingtalkUrl: string;
    clock: MockClock;
    mock: MockApp;
    /** Whether the state came from the state file. */
    restored: boolean;
    /** Whether /__mock is served. */
    control: boolean;
    /** Settings given at start that the restored state file overrides (the file wins; each is said at start). */
    conflicts: string[];
    close: () => Promise<void>;
    /** As POST /__mock/reset (whether or not the control API is served): see MockApp.reset. */
    reset: () => void;
    /** The journal's kept requests matching the filter, newest first. */
    requests: (filter?: JournalFilter) => JournalEntry[];
    /** Resolves on the next request matching the filter or predicate (see Journal.waitFor); rejects after timeoutMs. */
    waitForRequest: (filter?: JournalFilter | ((entry: JournalEntry) => boolean), options?: JournalWaitOptions) => Promise<JournalEntry>;
}
export declare const isLoopback: (host: string) => boolean;
/** Node HTTP server settings shared by the mock and the proxy: slow or half-open requests are cut off. */
export declare function httpServerOptions(requestTimeout: number): {
    requestTimeout: number;
    headersTimeout: number;
    connectionsCheckingInterval: number;
};
export declare function startMockServer(options?: StartOptions): Promise<MockServer>;
