import type { OpenApiDocument, Vendor } from "./types.js";
export declare const documents: Readonly<Record<Vendor, OpenApiDocument>>;
