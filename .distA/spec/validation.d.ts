import { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import { type OperationInfo, type ResolvedResponse } from "./operations.js";
import { type Vendor } from "./types.js";
export interface ValidationResult {
    valid: boolean;
    /** Readable problems, e.g. `/data/read_user/read_count must be string`. */
    errors: string[];
    /** ajv's own errors, for callers that render them in another form (the Feishu gateway's field_violations). */
    raw?: ErrorObject[];
}
/** Readable problems from ajv's errors (exported for other schemas' checks, e.g. the mock's config file). */
export declare function formatErrors(errors: ErrorObject[] | null | undefined): string[];
export declare class SpecValidator {
    private readonly ajv;
    private readonly compiled;
    /** Per operation, each parameter's compiled schema (checked on every request). */
    private readonly parameterSchemas;
    /** Per operation, each request media type's compiled body schema (checked on every request with a body). */
    private readonly bodySchemas;
    constructor();
    /** The compiled schema at a JSON pointer of a vendor's document. */
    schemaAt(vendor: Vendor, pointer: string): ValidateFunction;
    validateAt(vendor: Vendor, pointer: string, value: unknown): ValidationResult;
    /**
     * The response the spec defines for an HTTP status: exact, then `4XX`-style, then `default` — which these specs
     * declare for the gateways' 5xx failures (Specmatic refuses `5XX` keys), so it stands for statuses ≥ 500 only.
     */
    responseFor(op: OperationInfo, status: number): ResolvedResponse | undefined;
    /** Checks a JSON response body against the operation's schema for that HTTP status. */
    validateResponse(op: OperationInfo, status: number, body: unknown): ValidationResult;
    /** Checks a request body (already decoded to an object) against the operation's schema for its media type. */
    validateRequestBody(op: OperationInfo, mediaType: string, body: unknown): ValidationResult;
    /** Checks one parameter's value (already coerced to its schema's type). */
    validateParameter(op: OperationInfo, name: string, value: unknown): ValidationResult;
}
