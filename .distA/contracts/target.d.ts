export interface FeishuCredentials {
    appId: string;
    appSecret: string;
    /** Recipients of the suite's test batch (open_ids of this app). */
    openIds: string[];
    /** A chat the app's bot is in, for the test message. */
    chatId: string;
}
export interface DingTalkCredentials {
    appKey: string;
    appSecret: string;
    agentId: number;
    /** Recipients of the suite's test work notification. */
    userIds: string[];
}
export interface Capabilities {
    /** The mock's /__mock control API. */
    control: boolean;
    /** Time can be moved (a mock's clock), so waiting costs nothing and windows can be crossed. */
    clock: boolean;
}
/** Time as the target sees it: real time for the live vendor, the mock's clock where it can be moved. */
export interface TargetClock {
    now: () => Promise<number>;
    sleep: (ms: number) => Promise<void>;
}
export interface PollPolicy {
    /** Between two polls. */
    intervalMs: number;
    /** A polling loop gives up after this many polls. */
    maxPolls: number;
    /** Retries of a 5xx answer or a dropped connection, per request. */
    maxRetries: number;
    /** First backoff of a retry (doubled each time). */
    retryBackoffMs: number;
    /** Waits on 99991400 before giving up, per request. */
    maxRateLimitWaits: number;
}
export interface Target {
    name: string;
    fetch: typeof globalThis.fetch;
    feishuUrl: string;
    dingtalkUrl: string;
    /** Absent when the target has no Feishu credentials (its contracts are skipped). */
    feishu?: FeishuCredentials;
    dingtalk?: DingTalkCredentials;
    /** Why a vendor's credentials are absent: the environment variables to set. */
    missing: {
        feishu: string[];
        dingtalk: string[];
    };
    capabilities: Capabilities;
    clock: TargetClock;
    policy: PollPolicy;
    /** The mock's control API (capabilities.control). */
    control?: (method: string, path: string, body?: unknown) => Promise<unknown>;
}
export declare const LIVE_POLICY: PollPolicy;
export declare const realClock: TargetClock;
