import type { operations } from "../../spec/feishu/openapi.gen.js";
import type { UserIdType } from "../directory.js";
import type { HandlerContext } from "../http/handler.js";
import { JsonText } from "../http/json-text.js";
import type { MockState } from "../state/mock-state.js";
import type { MessageRecord } from "../state/records.js";
type Ok<K extends keyof operations> = operations[K]["responses"][200]["content"]["application/json"];
export declare function createMessage({ op, state, now, input, feishuApp, validator }: HandlerContext): Ok<"createMessage">;
export declare function deleteMessage({ op, state, now, input, feishuApp }: HandlerContext): Ok<"deleteMessage">;
export declare function listMessageReadUsers({ op, state, now, input, feishuApp }: HandlerContext): JsonText;
/** Where a read_users page starts: 0, or the reader a page token names (undefined: not a token of this message). */
export declare function readUsersStart(seed: number, message: MessageRecord, pageToken: string | undefined): number | undefined;
/**
 * One page of a message's read receipts from reader `from`, as read_users answers it (the control API shows
 * the same pages): the items' JSON, whether more readers have read, and the next page's token.
 */
export declare function readUsersPage(state: MockState, message: MessageRecord, appId: string, userIdType: UserIdType, from: number, pageSize: number, now: number): {
    pageToken?: string | undefined;
    itemsJson: string;
    hasMore: boolean;
};
export {};
