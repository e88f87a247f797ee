// The two specs as data. The JSON files are generated from the hand-written YAML (`npm run generate`).
import dingtalk from "./dingtalk/openapi.json" with { type: "json" };
import feishu from "./feishu/openapi.json" with { type: "json" };
export const documents = {
    feishu: feishu,
    dingtalk: dingtalk,
};
//# sourceMappingURL=documents.js.map