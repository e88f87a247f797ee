// Feishu tenant access tokens: issued per app (same token while 30 minutes or more remain, then a new one, both
// valid), and checked on every other call: missing or malformed → 99991661, unknown or expired → 99991663.
import type { FeishuAppConfig } from "../config.js";
import { VendorError } from "../errors.js";
import type { OperationHandler } from "../http/handler.js";
import type { MockState } from "../state/mock-state.js";

const APP_ID = /^cli_[0-9a-zA-Z]+$/;

export const createTenantAccessToken: OperationHandler = ({ op, state, now, input }) => {
  const { app_id: appId, app_secret: secret } = input.body as { app_id: string; app_secret: string };
  if (!APP_ID.test(appId)) throw new VendorError(10003);
  const app = state.feishuApps.get(appId);
  if (!app) throw new VendorError(10014, { msg: op.errorCodes.find((e) => e.code === 10014)?.msg_unknown_app });
  if (app.app_secret !== secret) throw new VendorError(state.config.feishu.wrong_secret_code);

  const lifetime = op.operation["x-token-lifetime"]!;
  let current: string | undefined;
  for (const [token, record] of state.feishuTokens) {
    if (record.appId !== appId) continue;
    if (record.expiresAt <= now) state.feishuTokens.delete(token);
    else if (!current || record.expiresAt > state.feishuTokens.get(current)!.expiresAt) current = token;
  }
  let record = current ? state.feishuTokens.get(current) : undefined;
  if (!record || record.expiresAt - now < (lifetime.reissue_below_seconds ?? 0) * 1000) {
    const token = `t-${state.nextHex("tenant-token", 40)}`;
    record = { token, appId, issuedAt: now, expiresAt: now + lifetime.expire_seconds * 1000 };
    state.feishuTokens.set(token, record);
  }
  return { code: 0, msg: "ok", tenant_access_token: record.token, expire: Math.floor((record.expiresAt - now) / 1000) };
};

/** The app a token belongs to, without failing (for fault matching before authentication). */
export function feishuAppOfToken(state: MockState, authorization: string | undefined, now: number): string | undefined {
  const token = /^Bearer (\S+)$/.exec(authorization ?? "")?.[1];
  const record = token ? state.feishuTokens.get(token) : undefined;
  return record && record.expiresAt > now ? record.appId : undefined;
}

export function authenticateFeishu(state: MockState, authorization: string | undefined, now: number): FeishuAppConfig {
  const token = /^Bearer (\S+)$/.exec(authorization?.trim() ?? "")?.[1];
  if (!token) throw new VendorError(99991661);
  const record = state.feishuTokens.get(token);
  const app = record && record.expiresAt > now ? state.feishuApps.get(record.appId) : undefined;
  if (!app) throw new VendorError(99991663);
  return app;
}
