import type { OperationInfo } from "../operations.js";
import type { SpecValidator } from "../validation.js";
/** A request as the spec reads it: path ids, declared query parameters (coerced), the decoded body. */
export interface DecodedRequest {
    path: Record<string, string>;
    query: Record<string, unknown>;
    body?: unknown;
    mediaType?: string;
    bodyError?: string;
}
/** Parameters carrying credentials are the auth layer's: Authorization (Feishu), access_token (DingTalk). */
export declare function isCredentialParameter(op: OperationInfo, name: string, location: string): boolean;
/** Every reason the spec gives to refuse the request (empty when it would be accepted as to its shape). */
export declare function requestProblems(op: OperationInfo, input: DecodedRequest, validator: SpecValidator): string[];
