import { dingtalkContracts } from "./dingtalk.js";
import { feishuAuthContracts } from "./feishu-auth.js";
import { feishuBatchContracts } from "./feishu-batch.js";
import { feishuGatewayContracts } from "./feishu-gateway.js";
import { feishuReadUsersContracts } from "./feishu-read-users.js";
import { mockTimeContracts } from "./mock-time.js";
import { tokenRefreshContracts } from "./token-refresh.js";
export const CONTRACTS = [
    ...feishuAuthContracts,
    ...feishuBatchContracts,
    ...feishuGatewayContracts,
    ...feishuReadUsersContracts,
    ...dingtalkContracts,
    ...tokenRefreshContracts,
    ...mockTimeContracts,
];
//# sourceMappingURL=index.js.map