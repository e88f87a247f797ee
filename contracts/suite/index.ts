// Every contract, in the order they run: fixtures are made by the first that needs them and recalled by the
// recall contracts; the mock-only contracts that move time far ahead come last.
import type { Contract } from "../contract.js";
import { dingtalkContracts } from "./dingtalk.js";
import { feishuAuthContracts } from "./feishu-auth.js";
import { feishuBatchContracts } from "./feishu-batch.js";
import { feishuGatewayContracts } from "./feishu-gateway.js";
import { feishuReadUsersContracts } from "./feishu-read-users.js";
import { mockTimeContracts } from "./mock-time.js";
import { tokenRefreshContracts } from "./token-refresh.js";

export const CONTRACTS: readonly Contract[] = [
  ...feishuAuthContracts,
  ...feishuBatchContracts,
  ...feishuGatewayContracts,
  ...feishuReadUsersContracts,
  ...dingtalkContracts,
  ...tokenRefreshContracts,
  ...mockTimeContracts,
];
