export { documents } from "./documents.js";
export { allOperations, getByPointer, getOperation, listOperations, pointerJoin, resolve } from "./operations.js";
export type { Located, OperationInfo, ResolvedMediaType, ResolvedResponse } from "./operations.js";
export * from "./types.js";
export { unknownFields } from "./unknown-fields.js";
export { formatErrors, SpecValidator, type ValidationResult } from "./validation.js";
export { contentSchemaPointer } from "./content-schema.js";
