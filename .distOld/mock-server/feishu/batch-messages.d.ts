import type { operations } from "../../spec/feishu/openapi.gen.js";
import type { HandlerContext } from "../http/handler.js";
type Ok<K extends keyof operations> = operations[K]["responses"][200]["content"]["application/json"];
export declare function batchSendMessage({ op, state, now, input, feishuApp }: HandlerContext): Ok<"batchSendMessage">;
export declare function getBatchMessageProgress(ctx: HandlerContext): Ok<"getBatchMessageProgress">;
export declare function getBatchMessageReadUser(ctx: HandlerContext): Ok<"getBatchMessageReadUser">;
export declare function deleteBatchMessage(ctx: HandlerContext): Ok<"deleteBatchMessage">;
export {};
