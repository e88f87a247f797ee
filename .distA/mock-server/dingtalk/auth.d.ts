import type { DingTalkAppConfig } from "../config.js";
import type { HandlerContext } from "../http/handler.js";
import type { RequestInput } from "../http/request-input.js";
import type { MockState } from "../state/mock-state.js";
export declare function getAccessToken({ op, state, now, input }: HandlerContext): {
    errcode: number;
    errmsg: string;
    access_token: string;
    expires_in: number;
};
/** The request's token: the query's, else (lenient gateway) a form body's `access_token`. */
export declare function dingtalkTokenOf(state: MockState, input: RequestInput): string | null;
export declare function dingtalkAppOfToken(state: MockState, token: string | null, now: number): string | undefined;
export declare function authenticateDingTalk(state: MockState, token: string | null, now: number): DingTalkAppConfig;
