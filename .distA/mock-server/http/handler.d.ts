import type { OperationInfo, SpecValidator } from "../../spec/index.js";
import type { DingTalkAppConfig, FeishuAppConfig } from "../config.js";
import type { MockState } from "../state/mock-state.js";
import type { RequestInput } from "./request-input.js";
export interface HandlerContext {
    op: OperationInfo;
    state: MockState;
    /** Mock time of the request, epoch ms (one reading for the whole request). */
    now: number;
    input: RequestInput;
    /** The authenticated Feishu app (Feishu operations that need a token). */
    feishuApp?: FeishuAppConfig;
    /** The authenticated DingTalk app (DingTalk operations that need a token). */
    dingtalkApp?: DingTalkAppConfig;
    requestId: string;
    /** The spec's validator, for checks a handler makes on what it parses (a message's content). */
    validator: SpecValidator;
}
/** Returns the JSON body of a success (HTTP 200); throws a VendorError for a documented failure. */
export type OperationHandler = (ctx: HandlerContext) => unknown;
