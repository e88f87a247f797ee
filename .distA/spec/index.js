// The specs as a library: the documents, their operations resolved, and validation against them.
export { documents } from "./documents.js";
export { allOperations, getByPointer, getOperation, listOperations, pointerJoin, resolve } from "./operations.js";
export * from "./types.js";
export { unknownFields } from "./unknown-fields.js";
export { formatErrors, SpecValidator } from "./validation.js";
export { contentSchemaPointer } from "./content-schema.js";
//# sourceMappingURL=index.js.map