import { expireTokens } from "../state/token-lifetime.js";
export class TokenRouteError extends Error {
}
export function registerTokenRoutes(control, state, readBody) {
    control.post("/tokens/expire", async (c) => {
        const body = await readBody(c);
        const unknown = Object.keys(body).filter((k) => k !== "vendor" && k !== "app");
        if (unknown.length > 0)
            throw new TokenRouteError(`give vendor and/or app (unknown: ${unknown.join(", ")})`);
        const { vendor, app } = body;
        if (vendor !== undefined && vendor !== "feishu" && vendor !== "dingtalk")
            throw new TokenRouteError('vendor must be "feishu" or "dingtalk"');
        if (app !== undefined && typeof app !== "string")
            throw new TokenRouteError("app must be an app_id or appkey");
        if (typeof app === "string" && !state.feishuApps.has(app) && !state.dingtalkApps.has(app)) {
            throw new TokenRouteError(`no app ${app}`);
        }
        const now = state.now();
        const expired = {
            feishu: vendor === "dingtalk" ? 0 : expireTokens(state, state.feishuTokens, now, app),
            dingtalk: vendor === "feishu" ? 0 : expireTokens(state, state.dingtalkTokens, now, app),
        };
        return c.json({ expired });
    });
}
//# sourceMappingURL=token-routes.js.map