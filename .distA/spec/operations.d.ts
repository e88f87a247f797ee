import { type ErrorCodeEntry, type HttpMethod, type MediaType, type OpenApiDocument, type Operation, type Parameter, type Reference, type Response, type Vendor } from "./types.js";
export interface Located<T> {
    value: T;
    /** JSON pointer of `value` in its document, e.g. `/components/responses/RateLimited`. */
    pointer: string;
}
export interface ResolvedMediaType {
    mediaType: MediaType;
    schemaPointer?: string;
}
export interface ResolvedResponse {
    response: Response;
    pointer: string;
    content: Record<string, ResolvedMediaType>;
}
export interface OperationInfo {
    vendor: Vendor;
    operationId: string;
    method: HttpMethod;
    /** The OpenAPI path template, e.g. `/open-apis/im/v1/batch_messages/{batch_message_id}`. */
    path: string;
    pointer: string;
    operation: Operation;
    parameters: Located<Parameter>[];
    requestBody?: {
        required: boolean;
        content: Record<string, ResolvedMediaType>;
        validatedBy: "gateway" | "business";
    };
    responses: Record<string, ResolvedResponse>;
    /** Every error code the operation may answer (its `x-error-codes`). */
    errorCodes: ErrorCodeEntry[];
    /** False for operations that need no token (the token endpoints). */
    authenticated: boolean;
}
export declare function pointerJoin(pointer: string, ...segments: string[]): string;
export declare function getByPointer(document: unknown, pointer: string): unknown;
/** Follows local `$ref`s (of parameters, responses, examples…) to the object they name. */
export declare function resolve<T>(document: OpenApiDocument, value: T | Reference, pointer: string): Located<T>;
/** Every operation of a vendor's spec, in document order. */
export declare function listOperations(vendor: Vendor): OperationInfo[];
export declare function allOperations(): OperationInfo[];
export declare function getOperation(operationId: string): OperationInfo;
