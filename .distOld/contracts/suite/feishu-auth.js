// Feishu tokens and the answers to calls without a usable one; unknown ids answer their documented codes.
import assert from "node:assert/strict";
export const UNKNOWN_BATCH = `bm-${"0".repeat(32)}`;
export const UNKNOWN_MESSAGE = `om_${"0".repeat(32)}`;
export const feishuAuthContracts = [
    {
        id: "feishu.auth.token",
        endpoint: "feishu auth",
        title: "a tenant access token is issued for the app's credentials",
        needs: ["feishu"],
        run: async ({ feishu, target }) => {
            const answer = await feishu.call("createTenantAccessToken", {
                auth: "none",
                body: { app_id: target.feishu.appId, app_secret: target.feishu.appSecret },
            });
            assert.equal(answer.body.code, 0, `token refused: ${answer.body.msg}`);
            assert.match(answer.body.tenant_access_token, /^t-/);
            assert.ok(answer.body.expire > 0 && answer.body.expire <= 7200, `expire ${answer.body.expire}`);
        },
    },
    {
        id: "feishu.auth.missing-token",
        endpoint: "feishu auth",
        title: "a call without a token answers 99991661",
        needs: ["feishu"],
        run: async ({ feishu }) => {
            const answer = await feishu.call("getBatchMessageProgress", { auth: "none", path: { batch_message_id: UNKNOWN_BATCH } });
            assert.equal(answer.status, 400);
            assert.equal(answer.body.code, 99991661);
        },
    },
    {
        id: "feishu.auth.invalid-token",
        endpoint: "feishu auth",
        title: "a call with an unknown token answers 99991663",
        needs: ["feishu"],
        run: async ({ feishu }) => {
            const answer = await feishu.call("getBatchMessageReadUser", {
                auth: "t-g1044invalidcontractsuitetoken0000",
                path: { batch_message_id: UNKNOWN_BATCH },
            });
            assert.equal(answer.status, 400);
            assert.equal(answer.body.code, 99991663);
        },
    },
    ...[
        ["getBatchMessageProgress", "feishu get_progress"],
        ["getBatchMessageReadUser", "feishu read_user"],
        ["deleteBatchMessage", "feishu batch recall"],
    ].map(([operationId, endpoint]) => ({
        id: `feishu.${operationId}.unknown-id`,
        endpoint,
        title: "an unknown batch id answers 230030",
        needs: ["feishu"],
        run: async ({ feishu }) => {
            const answer = await feishu.call(operationId, { path: { batch_message_id: UNKNOWN_BATCH } });
            assert.equal(answer.status, 400);
            assert.equal(answer.body.code, 230030);
        },
    })),
    {
        id: "feishu.read_users.unknown-id",
        endpoint: "feishu read_users",
        title: "an unknown message id answers a documented error",
        needs: ["feishu"],
        run: async ({ feishu }) => {
            const answer = await feishu.call("listMessageReadUsers", { path: { message_id: UNKNOWN_MESSAGE }, query: { user_id_type: "open_id" } });
            assert.equal(answer.status, 400);
            assert.notEqual(answer.body.code, 0);
        },
    },
];
//# sourceMappingURL=feishu-auth.js.map