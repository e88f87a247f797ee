import type { operations } from "../../spec/dingtalk/openapi.gen.js";
import type { HandlerContext } from "../http/handler.js";
type Ok<K extends keyof operations> = operations[K]["responses"][200]["content"]["application/json"];
export declare function asyncSendV2({ op, state, now, input, dingtalkApp, requestId }: HandlerContext): Ok<"asyncSendV2">;
export declare function getSendProgress(ctx: HandlerContext): Ok<"getSendProgress">;
export declare function getSendResult(ctx: HandlerContext): Ok<"getSendResult">;
export declare function recallWorkNotification(ctx: HandlerContext): Ok<"recallWorkNotification">;
export {};
