import { getOperation } from "../../spec/index.js";
import { expectFieldRefused, expectScopeRefused } from "./either-layer.js";
import { UNKNOWN_BATCH } from "./feishu-auth.js";
/** An app of the mock's with its bot but without the batch scopes (made through the control API, then removed). */
const NO_SCOPE_APP = { vendor: "feishu", app_id: "cli_c0ntract0n0sc0pe", app_secret: "contract-suite-no-scope", scopes: ["im:message"] };
export const feishuGatewayContracts = [
    {
        id: "feishu.create_message.receive_id_type-required",
        endpoint: "feishu message send",
        title: "a message send without receive_id_type is refused: 99992402 naming it (live) or 230001",
        needs: ["feishu"],
        run: async (ctx) => {
            const answer = await ctx.feishu.call("createMessage", {
                body: { receive_id: ctx.target.feishu.chatId, msg_type: "text", content: JSON.stringify({ text: "never sent" }) },
            });
            expectFieldRefused(ctx, answer, "receive_id_type");
        },
    },
    {
        id: "feishu.gateway.missing-scope",
        endpoint: "feishu get_progress",
        title: "an app without the batch scopes is refused: 99991672 naming them (live) or 230027",
        needs: ["feishu", "control"],
        run: async (ctx) => {
            const { target, feishu } = ctx;
            await target.control("POST", "/apps", NO_SCOPE_APP);
            try {
                const token = await feishu.call("createTenantAccessToken", {
                    auth: "none",
                    body: { app_id: NO_SCOPE_APP.app_id, app_secret: NO_SCOPE_APP.app_secret },
                });
                const answer = await feishu.call("getBatchMessageProgress", {
                    auth: token.body.tenant_access_token,
                    path: { batch_message_id: UNKNOWN_BATCH },
                });
                expectScopeRefused(ctx, answer, getOperation("getBatchMessageProgress").operation["x-required-scopes"] ?? []);
            }
            finally {
                await target.control("DELETE", `/apps/${NO_SCOPE_APP.app_id}`);
            }
        },
    },
];
//# sourceMappingURL=feishu-gateway.js.map