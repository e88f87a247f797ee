// The three kinds of target: live (the vendors, credentials from the environment), a URL (any mock, e.g. one
// started from the CLI), and an in-process fetch (a mock app handed in by whoever wires it; contracts/ never
// imports the mock server).
import { LIVE_POLICY, realClock } from "./target.js";
export const FEISHU_ENV = ["FEISHU_APP_ID", "FEISHU_APP_SECRET", "FEISHU_TEST_OPEN_IDS", "FEISHU_TEST_CHAT_ID"];
export const DINGTALK_ENV = ["DINGTALK_APP_KEY", "DINGTALK_APP_SECRET", "DINGTALK_AGENT_ID", "DINGTALK_TEST_USER_IDS"];
const list = (value) => (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);
export function feishuFromEnv(env) {
    if (FEISHU_ENV.some((k) => !env[k]))
        return undefined;
    return {
        appId: env.FEISHU_APP_ID,
        appSecret: env.FEISHU_APP_SECRET,
        openIds: list(env.FEISHU_TEST_OPEN_IDS),
        chatId: env.FEISHU_TEST_CHAT_ID,
    };
}
export function dingtalkFromEnv(env) {
    if (DINGTALK_ENV.some((k) => !env[k]))
        return undefined;
    const agentId = Number(env.DINGTALK_AGENT_ID);
    if (!Number.isSafeInteger(agentId))
        throw new Error("DINGTALK_AGENT_ID must be a number");
    return {
        appKey: env.DINGTALK_APP_KEY,
        appSecret: env.DINGTALK_APP_SECRET,
        agentId,
        userIds: list(env.DINGTALK_TEST_USER_IDS),
    };
}
/** Poll and retry settings, from CONTRACT_POLL_INTERVAL_MS / CONTRACT_MAX_POLLS / CONTRACT_RETRY_BACKOFF_MS where given. */
export function policyFromEnv(env, base = LIVE_POLICY) {
    const number = (key, fallback) => (env[key] ? Number(env[key]) : fallback);
    return {
        ...base,
        intervalMs: number("CONTRACT_POLL_INTERVAL_MS", base.intervalMs),
        maxPolls: number("CONTRACT_MAX_POLLS", base.maxPolls),
        retryBackoffMs: number("CONTRACT_RETRY_BACKOFF_MS", base.retryBackoffMs),
    };
}
/**
 * The live vendors: base URLs https://open.feishu.cn and https://oapi.dingtalk.com unless FEISHU_BASE_URL /
 * DINGTALK_BASE_URL say otherwise; real time; no control API. Exactly this runs in CI against a mock on a port.
 */
export function liveTarget(env = process.env) {
    return {
        name: "live",
        fetch: globalThis.fetch,
        feishuUrl: (env.FEISHU_BASE_URL ?? "https://open.feishu.cn").replace(/\/$/, ""),
        dingtalkUrl: (env.DINGTALK_BASE_URL ?? "https://oapi.dingtalk.com").replace(/\/$/, ""),
        ...withDefined("feishu", feishuFromEnv(env)),
        ...withDefined("dingtalk", dingtalkFromEnv(env)),
        missing: { feishu: FEISHU_ENV.filter((k) => !env[k]), dingtalk: DINGTALK_ENV.filter((k) => !env[k]) },
        capabilities: { control: false, clock: false },
        clock: realClock,
        policy: policyFromEnv(env),
    };
}
function withDefined(key, value) {
    return (value === undefined ? {} : { [key]: value });
}
// The mock's documented default credentials (README), used when a mock target is given no others.
const MOCK_DEFAULTS = {
    feishu: { appId: "cli_9f0a1b2c3d4e5f60", appSecret: "mock-feishu-secret" },
    dingtalk: { appKey: "dingmockappkey000001", appSecret: "mock-dingtalk-secret", agentId: 1000000001 },
};
/**
 * A mock reached through `fetch` at `baseUrl` (a URL target, or an in-process app's fetch). Its control API gives
 * the fixtures' recipients; credentials are the mock's defaults unless the env names others. With `driveClock`, the
 * suite also moves the mock's clock (free waiting, and the mock-only window contracts, which move it about a month
 * ahead): right for a mock of its own, not for one a team is using.
 */
export async function mockTarget(options) {
    const doFetch = options.fetch ?? globalThis.fetch;
    const base = options.baseUrl.replace(/\/$/, "");
    const env = options.env ?? {};
    const control = async (method, path, body) => {
        const headers = { "content-type": "application/json" };
        if (env.MOCK_CONTROL_TOKEN)
            headers.authorization = `Bearer ${env.MOCK_CONTROL_TOKEN}`;
        const response = await doFetch(`${base}/__mock${path}`, {
            method,
            headers,
            ...(body !== undefined && { body: JSON.stringify(body) }),
        });
        if (!response.ok)
            throw new Error(`control API ${method} ${path}: HTTP ${response.status} ${await response.text()}`);
        return response.json();
    };
    // A target that cannot be reached is an error, not a run where everything is skipped.
    try {
        await doFetch(`${base}/`, { method: "GET" });
    }
    catch (error) {
        throw new Error(`cannot reach ${base}: ${String(error.cause ?? error)}`);
    }
    let hasControl = true;
    try {
        await control("GET", "/clock");
    }
    catch {
        hasControl = false;
    }
    const drivesClock = hasControl && (options.driveClock ?? false);
    const clock = drivesClock
        ? {
            now: async () => (await control("GET", "/clock")).now,
            sleep: async (ms) => void (await control("POST", "/clock", { advance_ms: Math.ceil(ms) })),
        }
        : realClock;
    const appId = env.FEISHU_APP_ID ?? MOCK_DEFAULTS.feishu.appId;
    let feishu = feishuFromEnv(env);
    let dingtalk = dingtalkFromEnv(env);
    if (hasControl) {
        const directory = (await control("GET", `/directory?limit=40&app_id=${appId}`));
        // Three people of the second department (sales), and the largest chat the app's bot is in (readers come fast).
        const users = directory.users.items.slice(20, 23);
        const chat = directory.chats.filter((c) => c.bots.includes(appId)).sort((a, b) => b.member_count - a.member_count)[0];
        feishu ??= chat && { ...MOCK_DEFAULTS.feishu, openIds: users.map((u) => u.open_id), chatId: chat.chat_id };
        dingtalk ??= { ...MOCK_DEFAULTS.dingtalk, userIds: users.map((u) => u.dingtalk_userid) };
    }
    return {
        name: options.name,
        fetch: doFetch,
        feishuUrl: base,
        dingtalkUrl: base,
        ...withDefined("feishu", feishu),
        ...withDefined("dingtalk", dingtalk),
        // Without the control API there is no directory to pick recipients from: say so, with what to set instead.
        missing: {
            feishu: feishu ? [] : hasControl ? [...FEISHU_ENV] : [`the mock's control API (or MOCK_CONTROL_TOKEN) or ${FEISHU_ENV.join(", ")}`],
            dingtalk: dingtalk ? [] : hasControl ? [...DINGTALK_ENV] : [`the mock's control API (or MOCK_CONTROL_TOKEN) or ${DINGTALK_ENV.join(", ")}`],
        },
        capabilities: { control: hasControl, clock: drivesClock },
        clock,
        // A movable clock makes waiting free: poll often and far. A running mock is polled in real time, briskly.
        policy: { ...LIVE_POLICY, ...(drivesClock ? { intervalMs: 1000, maxPolls: 1200 } : { intervalMs: 500, maxPolls: 240 }), ...options.policy },
        ...(hasControl && { control }),
    };
}
/** CONTRACT_TARGET: "live" or a mock's base URL (CONTRACT_DRIVE_CLOCK=1 lets the suite move that mock's clock). */
export async function targetFromEnv(env = process.env) {
    const name = env.CONTRACT_TARGET ?? "live";
    if (name === "live")
        return liveTarget(env);
    if (/^https?:\/\//.test(name))
        return mockTarget({ name, baseUrl: name, env, driveClock: env.CONTRACT_DRIVE_CLOCK === "1" });
    throw new Error(`CONTRACT_TARGET must be "live" or a URL, not ${name}`);
}
//# sourceMappingURL=targets.js.map