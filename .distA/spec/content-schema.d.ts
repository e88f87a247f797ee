import type { Vendor } from "./types.js";
/** The JSON pointer of the contentSchema that `field` takes when `key` is `value`, following the schema's `$ref`. */
export declare function contentSchemaPointer(vendor: Vendor, schemaPointer: string, field: string, key: string, value: unknown): string | undefined;
