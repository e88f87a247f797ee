export type { Contract, ContractContext, Need } from "./contract.js";
export { runContracts, type ContractResult } from "./runner.js";
export { CONTRACTS } from "./suite/index.js";
export type { Capabilities, DingTalkCredentials, FeishuCredentials, PollPolicy, Target, TargetClock } from "./target.js";
export { LIVE_POLICY } from "./target.js";
export { DINGTALK_ENV, FEISHU_ENV, liveTarget, mockTarget, targetFromEnv } from "./targets.js";
export { ContractViolation, VendorClient } from "./vendor-client.js";
