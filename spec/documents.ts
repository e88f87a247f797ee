// The two specs as data. The JSON files are generated from the hand-written YAML (`npm run generate`).
import dingtalk from "./dingtalk/openapi.json" with { type: "json" };
import feishu from "./feishu/openapi.json" with { type: "json" };
import type { OpenApiDocument, Vendor } from "./types.js";

export const documents: Readonly<Record<Vendor, OpenApiDocument>> = {
  feishu: feishu as unknown as OpenApiDocument,
  dingtalk: dingtalk as unknown as OpenApiDocument,
};
