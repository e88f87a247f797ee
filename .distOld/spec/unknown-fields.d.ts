import type { Vendor } from "./types.js";
/** Paths (`/data/items/0/extra`) of fields in `value` that the schema at `pointer` does not describe. */
export declare function unknownFields(vendor: Vendor, pointer: string, value: unknown): string[];
