// DingTalk access tokens: `GET /gettoken` gives an app its token (the same one while valid, renewed on each ask);
// every other call carries it as `?access_token=` (or, through the lenient TOP gateway, in a form body). Failures
// are errcode 88 with the reason in `sub_code` as the live topapi answers (`dingtalk.auth_errors: wrapped`), or the
// plain 41001 / 40014 of the documents; `x-mock-error-reason` says why. Lifetimes: state/token-lifetime.ts.
import type { DingTalkAppConfig } from "../config.js";
import { VendorError } from "../errors.js";
import type { HandlerContext } from "../http/handler.js";
import type { RequestInput } from "../http/request-input.js";
import type { MockState } from "../state/mock-state.js";
import { expiredReason, isLive, newToken, renewToken } from "../state/token-lifetime.js";

export function getAccessToken({ op, state, now, input }: HandlerContext) {
  const { appkey, appsecret } = input.query as { appkey: string; appsecret: string };
  const app = state.dingtalkApps.get(appkey);
  if (!app || app.appsecret !== appsecret) throw new VendorError(state.config.dingtalk.bad_credentials_code);

  const lifetime = op.operation["x-token-lifetime"]!.expire_seconds;
  // An app has one token: the valid one is handed out again; otherwise a new one replaces what expired.
  let record = [...state.dingtalkTokens.values()].find((r) => r.appId === appkey && isLive(state, r, now));
  if (!record) {
    for (const [token, r] of state.dingtalkTokens) if (r.appId === appkey) state.dingtalkTokens.delete(token);
    record = newToken(state, state.nextHex("dingtalk-token", 32), appkey, lifetime, now);
    state.dingtalkTokens.set(record.token, record);
  }
  renewToken(state, record, lifetime, now); // "obtaining it within the validity period … automatically renews it"
  return { errcode: 0, errmsg: "ok", access_token: record.token, expires_in: lifetime };
}

/** The request's token: the query's, else (lenient gateway) a form body's `access_token`. */
export function dingtalkTokenOf(state: MockState, input: RequestInput): string | null {
  const query = input.search.get("access_token");
  if (query !== null || !state.config.dingtalk.lenient_gateway || input.mediaType !== "application/x-www-form-urlencoded") return query;
  const fromBody = (input.body as Record<string, unknown> | undefined)?.access_token;
  return typeof fromBody === "string" ? fromBody : null;
}

export function dingtalkAppOfToken(state: MockState, token: string | null, now: number): string | undefined {
  const record = token ? state.dingtalkTokens.get(token) : undefined;
  return record && isLive(state, record, now) ? record.appId : undefined;
}

function refused(state: MockState, missing: boolean, reason: string): VendorError {
  const headers = { "x-mock-error-reason": reason };
  if (state.config.dingtalk.auth_errors === "plain") return new VendorError(missing ? 41001 : 40014, { headers });
  return missing
    ? new VendorError(88, { sub_code: "40000", sub_msg: "access_token is blank", headers })
    : new VendorError(88, { sub_code: "40014", sub_msg: "不合法的access_token", headers });
}

export function authenticateDingTalk(state: MockState, token: string | null, now: number): DingTalkAppConfig {
  if (!token) throw refused(state, true, "no access_token in the query string (GET /gettoken gives one)");
  const record = state.dingtalkTokens.get(token);
  if (!record) {
    const reason = state.feishuTokens.has(token)
      ? "this is a Feishu tenant_access_token, not a DingTalk access_token"
      : "no such access_token was issued by this mock (another mock instance's, replaced by a newer one, from before a reset, or mistyped)";
    throw refused(state, false, reason);
  }
  if (!isLive(state, record, now)) throw refused(state, false, expiredReason(state, record));
  const app = state.dingtalkApps.get(record.appId);
  if (!app) throw refused(state, false, `the token was issued to app ${record.appId}, which this mock no longer has`);
  return app;
}
