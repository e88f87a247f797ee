// DingTalk access tokens: `GET /gettoken` gives an app its token (the same one while valid, renewed on each ask);
// every other call carries it as `?access_token=`. Failures are 41001 / 40014, or errcode 88 with the reason in
// `sub_code` when configured to answer as the live topapi does.
import type { DingTalkAppConfig } from "../config.js";
import { VendorError } from "../errors.js";
import type { OperationHandler } from "../http/handler.js";
import type { MockState } from "../state/mock-state.js";

export const getAccessToken: OperationHandler = ({ op, state, now, input }) => {
  const { appkey, appsecret } = input.query as { appkey: string; appsecret: string };
  const app = state.dingtalkApps.get(appkey);
  if (!app || app.appsecret !== appsecret) throw new VendorError(state.config.dingtalk.bad_credentials_code);

  const lifetime = op.operation["x-token-lifetime"]!.expire_seconds * 1000;
  let record = [...state.dingtalkTokens.values()].find((r) => r.appId === appkey && r.expiresAt > now);
  for (const [token, r] of state.dingtalkTokens) if (r.appId === appkey && r !== record) state.dingtalkTokens.delete(token);
  if (!record) {
    record = { token: state.nextHex("dingtalk-token", 32), appId: appkey, issuedAt: now, expiresAt: now };
    state.dingtalkTokens.set(record.token, record);
  }
  record.expiresAt = now + lifetime; // "obtaining it within the validity period … automatically renews it"
  return { errcode: 0, errmsg: "ok", access_token: record.token, expires_in: lifetime / 1000 };
};

export function dingtalkAppOfToken(state: MockState, token: string | null, now: number): string | undefined {
  const record = token ? state.dingtalkTokens.get(token) : undefined;
  return record && record.expiresAt > now ? record.appId : undefined;
}

export function authenticateDingTalk(state: MockState, token: string | null, now: number): DingTalkAppConfig {
  const wrapped = state.config.dingtalk.auth_errors === "wrapped";
  if (!token) {
    throw wrapped ? new VendorError(88, { sub_code: "40000", sub_msg: "access_token is blank" }) : new VendorError(41001);
  }
  const appkey = dingtalkAppOfToken(state, token, now);
  const app = appkey ? state.dingtalkApps.get(appkey) : undefined;
  if (!app) {
    throw wrapped ? new VendorError(88, { sub_code: "40014", sub_msg: "不合法的access_token" }) : new VendorError(40014);
  }
  return app;
}
