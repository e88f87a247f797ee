import { VendorError } from "../errors.js";
import { expiredReason, isLive, newToken, remainingMs } from "../state/token-lifetime.js";
export function createTenantAccessToken({ op, state, now, input }) {
    const { app_id: appId, app_secret: secret } = input.body;
    // Literals inside the functions that use them, not module-level tables: mutation testing re-runs only code that
    // runs during a test (scripts/mutation/equivalent.md).
    if (!/^cli_[0-9a-zA-Z]+$/.test(appId))
        throw new VendorError(10003);
    const app = state.feishuApps.get(appId);
    if (!app)
        throw new VendorError(10014, { msg: op.errorCodes.find((e) => e.code === 10014)?.msg_unknown_app });
    if (app.app_secret !== secret)
        throw new VendorError(state.config.feishu.wrong_secret_code);
    const lifetime = op.operation["x-token-lifetime"];
    let current;
    for (const record of state.feishuTokens.values()) {
        if (record.appId !== appId || !isLive(state, record, now))
            continue;
        if (!current || remainingMs(state, record, now) > remainingMs(state, current, now))
            current = record;
    }
    let record = current;
    if (!record || remainingMs(state, record, now) < (lifetime.reissue_below_seconds ?? 0) * 1000) {
        record = newToken(state, `t-${state.nextHex("tenant-token", 40)}`, appId, lifetime.expire_seconds, now);
        state.feishuTokens.set(record.token, record);
    }
    dropExpired(state, appId, now);
    return { code: 0, msg: "ok", tenant_access_token: record.token, expire: Math.floor(remainingMs(state, record, now) / 1000) };
}
/** Keeps the last few expired tokens of an app (so a refusal can say "expired at …"), not all of them. */
function dropExpired(state, appId, now) {
    const expired = [...state.feishuTokens.values()].filter((r) => r.appId === appId && !isLive(state, r, now));
    for (const record of expired.slice(0, -8))
        state.feishuTokens.delete(record.token);
}
/** The app a token belongs to, without failing (for fault matching before authentication). */
export function feishuAppOfToken(state, authorization, now) {
    const token = /^Bearer (\S+)$/.exec(authorization ?? "")?.[1];
    const record = token ? state.feishuTokens.get(token) : undefined;
    return record && isLive(state, record, now) ? record.appId : undefined;
}
function refused(code, reason) {
    return new VendorError(code, { headers: { "x-mock-error-reason": reason } });
}
export function authenticateFeishu(state, authorization, now) {
    if (authorization === undefined)
        throw refused(99991661, "no Authorization header (send Authorization: Bearer <tenant_access_token>)");
    const token = /^Bearer (\S+)$/.exec(authorization.trim())?.[1];
    if (!token)
        throw refused(99991661, "the Authorization header is not of the form Bearer <tenant_access_token>");
    const record = state.feishuTokens.get(token);
    if (!record) {
        const reason = state.dingtalkTokens.has(token)
            ? "this is a DingTalk access_token, not a Feishu tenant_access_token"
            : "no such tenant_access_token was issued by this mock (another mock instance's, from before a reset, or mistyped)";
        throw refused(99991663, reason);
    }
    if (!isLive(state, record, now))
        throw refused(99991663, expiredReason(state, record));
    const app = state.feishuApps.get(record.appId);
    if (!app)
        throw refused(99991663, `the token was issued to app ${record.appId}, which this mock no longer has`);
    return app;
}
//# sourceMappingURL=auth.js.map