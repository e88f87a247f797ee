import { VendorError } from "../errors.js";
import { expiredReason, isLive, newToken, renewToken } from "../state/token-lifetime.js";
export function getAccessToken({ op, state, now, input }) {
    const { appkey, appsecret } = input.query;
    const app = state.dingtalkApps.get(appkey);
    if (!app || app.appsecret !== appsecret)
        throw new VendorError(state.config.dingtalk.bad_credentials_code);
    const lifetime = op.operation["x-token-lifetime"].expire_seconds;
    // An app has one token: the valid one is handed out again; otherwise a new one replaces what expired.
    let record = [...state.dingtalkTokens.values()].find((r) => r.appId === appkey && isLive(state, r, now));
    if (!record) {
        for (const [token, r] of state.dingtalkTokens)
            if (r.appId === appkey)
                state.dingtalkTokens.delete(token);
        record = newToken(state, state.nextHex("dingtalk-token", 32), appkey, lifetime, now);
        state.dingtalkTokens.set(record.token, record);
    }
    renewToken(state, record, lifetime, now); // "obtaining it within the validity period … automatically renews it"
    return { errcode: 0, errmsg: "ok", access_token: record.token, expires_in: lifetime };
}
/** The request's token: the query's, else (lenient gateway) a form body's `access_token`. */
export function dingtalkTokenOf(state, input) {
    const query = input.search.get("access_token");
    if (query !== null || !state.config.dingtalk.lenient_gateway || input.mediaType !== "application/x-www-form-urlencoded")
        return query;
    const fromBody = input.body?.access_token;
    return typeof fromBody === "string" ? fromBody : null;
}
export function dingtalkAppOfToken(state, token, now) {
    const record = token ? state.dingtalkTokens.get(token) : undefined;
    return record && isLive(state, record, now) ? record.appId : undefined;
}
function refused(state, missing, reason) {
    const headers = { "x-mock-error-reason": reason };
    if (state.config.dingtalk.auth_errors === "plain")
        return new VendorError(missing ? 41001 : 40014, { headers });
    return missing
        ? new VendorError(88, { sub_code: "40000", sub_msg: "access_token is blank", headers })
        : new VendorError(88, { sub_code: "40014", sub_msg: "不合法的access_token", headers });
}
export function authenticateDingTalk(state, token, now) {
    if (!token)
        throw refused(state, true, "no access_token in the query string (GET /gettoken gives one)");
    const record = state.dingtalkTokens.get(token);
    if (!record) {
        const reason = state.feishuTokens.has(token)
            ? "this is a Feishu tenant_access_token, not a DingTalk access_token"
            : "no such access_token was issued by this mock (another mock instance's, replaced by a newer one, from before a reset, or mistyped)";
        throw refused(state, false, reason);
    }
    if (!isLive(state, record, now))
        throw refused(state, false, expiredReason(state, record));
    const app = state.dingtalkApps.get(record.appId);
    if (!app)
        throw refused(state, false, `the token was issued to app ${record.appId}, which this mock no longer has`);
    return app;
}
//# sourceMappingURL=auth.js.map