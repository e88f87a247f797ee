import { type OperationInfo } from "../operations.js";
import type { JsonSchema } from "../types.js";
export declare function coerce(value: string, schema: JsonSchema | undefined): unknown;
/** Decodes a form body; fields the spec marks `contentType: application/json` are parsed as JSON. */
export declare function decodeForm(text: string, op: OperationInfo): Record<string, unknown>;
/** The query parameters the operation declares, coerced to their schemas' types. */
export declare function decodeQuery(op: OperationInfo, search: URLSearchParams): Record<string, unknown>;
/**
 * A body as the vendor would read it: a form when sent (and accepted) as one, else JSON (what the SDKs send).
 * `lenientNumbers` (default: what the spec says of the operation, as the live gateway reads it) coerces number strings.
 */
export declare function decodeBody(op: OperationInfo, contentType: string | undefined, text: string, options?: {
    lenientNumbers?: boolean;
}): {
    body?: unknown;
    mediaType?: string;
    bodyError?: string;
};
