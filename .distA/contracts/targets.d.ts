import { type DingTalkCredentials, type FeishuCredentials, type PollPolicy, type Target } from "./target.js";
type Env = Record<string, string | undefined>;
export declare const FEISHU_ENV: readonly ["FEISHU_APP_ID", "FEISHU_APP_SECRET", "FEISHU_TEST_OPEN_IDS", "FEISHU_TEST_CHAT_ID"];
export declare const DINGTALK_ENV: readonly ["DINGTALK_APP_KEY", "DINGTALK_APP_SECRET", "DINGTALK_AGENT_ID", "DINGTALK_TEST_USER_IDS"];
export declare function feishuFromEnv(env: Env): FeishuCredentials | undefined;
export declare function dingtalkFromEnv(env: Env): DingTalkCredentials | undefined;
/** Poll and retry settings, from CONTRACT_POLL_INTERVAL_MS / CONTRACT_MAX_POLLS / CONTRACT_RETRY_BACKOFF_MS where given. */
export declare function policyFromEnv(env: Env, base?: PollPolicy): PollPolicy;
/**
 * The live vendors: base URLs https://open.feishu.cn and https://oapi.dingtalk.com unless FEISHU_BASE_URL /
 * DINGTALK_BASE_URL say otherwise; real time; no control API. Exactly this runs in CI against a mock on a port.
 */
export declare function liveTarget(env?: Env): Target;
/**
 * A mock reached through `fetch` at `baseUrl` (a URL target, or an in-process app's fetch). Its control API gives
 * the fixtures' recipients; credentials are the mock's defaults unless the env names others. With `driveClock`, the
 * suite also moves the mock's clock (free waiting, and the mock-only window contracts, which move it about a month
 * ahead): right for a mock of its own, not for one a team is using.
 */
export declare function mockTarget(options: {
    name: string;
    baseUrl: string;
    fetch?: typeof globalThis.fetch;
    env?: Env;
    policy?: Partial<PollPolicy>;
    driveClock?: boolean;
}): Promise<Target>;
/** CONTRACT_TARGET: "live" or a mock's base URL (CONTRACT_DRIVE_CLOCK=1 lets the suite move that mock's clock). */
export declare function targetFromEnv(env?: Env): Promise<Target>;
export {};
