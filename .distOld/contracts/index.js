export { runContracts } from "./runner.js";
export { CONTRACTS } from "./suite/index.js";
export { LIVE_POLICY } from "./target.js";
export { DINGTALK_ENV, FEISHU_ENV, liveTarget, mockTarget, targetFromEnv } from "./targets.js";
export { ContractViolation, VendorClient } from "./vendor-client.js";
//# sourceMappingURL=index.js.map