import type { OperationInfo, SpecValidator } from "../../spec/index.js";
import type { MockConfig } from "../config.js";
import type { RequestInput } from "./request-input.js";
export interface FieldViolation {
    field: string;
    description: string;
}
export declare function validateInput(op: OperationInfo, input: RequestInput, validator: SpecValidator, config: MockConfig): void;
