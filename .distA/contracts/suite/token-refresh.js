// A client's token refresh, tested on purpose: the mock ends the suite's tokens now (POST /__mock/tokens/expire),
// the old token is then refused as stale (Feishu 99991663; DingTalk 40014, or 88 with sub_code 40014), and the
// suite's client renews it and the call goes through. Needs the mock's control API: the live vendors cannot be
// told to expire a token.
import assert from "node:assert/strict";
import { UNKNOWN_BATCH } from "./feishu-auth.js";
export const tokenRefreshContracts = [
    {
        id: "feishu.auth.token-refresh",
        endpoint: "feishu auth",
        title: "an expired token answers 99991663, and a client that renews it goes on",
        needs: ["feishu", "control"],
        run: async ({ feishu, target }) => {
            const before = await feishu.accessToken();
            await target.control("POST", "/tokens/expire", { vendor: "feishu", app: target.feishu.appId });
            const stale = await feishu.call("getBatchMessageReadUser", { auth: before, path: { batch_message_id: UNKNOWN_BATCH } });
            assert.equal(stale.status, 400);
            assert.equal(stale.body.code, 99991663);
            const renewed = await feishu.call("getBatchMessageReadUser", { path: { batch_message_id: UNKNOWN_BATCH } });
            assert.equal(renewed.body.code, 230030, `after renewal: ${renewed.body.code} ${renewed.body.msg}`);
            assert.notEqual(await feishu.accessToken(), before, "the client kept the expired token");
        },
    },
    {
        id: "dingtalk.auth.token-refresh",
        endpoint: "dingtalk auth",
        title: "an expired access_token is refused as stale, and a client that renews it goes on",
        needs: ["dingtalk", "control"],
        run: async ({ dingtalk, target }) => {
            const before = await dingtalk.accessToken();
            await target.control("POST", "/tokens/expire", { vendor: "dingtalk", app: target.dingtalk.appKey });
            const body = { agent_id: target.dingtalk.agentId, task_id: 1 };
            const stale = await dingtalk.call("getSendProgress", { auth: before, body });
            const { errcode, sub_code: subCode } = stale.body;
            assert.ok(errcode === 40014 || (errcode === 88 && subCode === "40014"), `stale token: errcode ${errcode}, sub_code ${subCode}`);
            const renewed = await dingtalk.call("getSendProgress", { body });
            assert.equal(renewed.body.errcode, 40035, `after renewal: ${renewed.body.errcode} ${renewed.body.errmsg}`);
            assert.notEqual(await dingtalk.accessToken(), before, "the client kept the expired token");
        },
    },
];
//# sourceMappingURL=token-refresh.js.map