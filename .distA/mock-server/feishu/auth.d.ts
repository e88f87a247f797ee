import type { FeishuAppConfig } from "../config.js";
import type { HandlerContext } from "../http/handler.js";
import type { MockState } from "../state/mock-state.js";
export declare function createTenantAccessToken({ op, state, now, input }: HandlerContext): {
    code: number;
    msg: string;
    tenant_access_token: string;
    expire: number;
};
/** The app a token belongs to, without failing (for fault matching before authentication). */
export declare function feishuAppOfToken(state: MockState, authorization: string | undefined, now: number): string | undefined;
export declare function authenticateFeishu(state: MockState, authorization: string | undefined, now: number): FeishuAppConfig;
