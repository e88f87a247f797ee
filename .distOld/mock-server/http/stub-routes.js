import { allOperations } from "../../spec/index.js";
import { authenticateDingTalk } from "../dingtalk/auth.js";
import { renderError, VendorError } from "../errors.js";
import { authenticateFeishu } from "../feishu/auth.js";
import { renderTemplate } from "../stubs/template.js";
import { notModelled } from "./not-modelled.js";
import { readBody } from "./request-input.js";
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** An authenticated operation of the vendor whose catalog holds its auth errors: their envelope is the vendor's. */
function authCatalog(vendor) {
    const code = vendor === "feishu" ? 99991663 : 40014;
    const op = allOperations().find((o) => o.vendor === vendor && o.authenticated && o.operation["x-legacy-envelope"] !== true && o.errorCodes.some((e) => e.code === code));
    if (!op)
        throw new Error(`Mock bug: no ${vendor} operation documents ${code}`);
    return op;
}
/** The body as the stub sees it: JSON, a form as an object, other text as text; nothing past the body cap. */
async function readStubBody(c) {
    const read = await readBody(c);
    if (!("text" in read) || read.text === "")
        return undefined;
    const { text } = read;
    if (/^application\/x-www-form-urlencoded/i.test(c.req.header("content-type") ?? ""))
        return Object.fromEntries(new URLSearchParams(text));
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}
export function registerStubs(app, deps) {
    const { state, stubs } = deps;
    app.all("*", async (c, next) => {
        if (c.req.path === "/__mock" || c.req.path.startsWith("/__mock/"))
            return next();
        const url = new URL(c.req.url);
        const body = await readStubBody(c);
        if (body !== undefined)
            c.set("requestBody", body);
        const found = stubs.match({ method: c.req.method, path: c.req.path, query: url.searchParams, body });
        if (!found)
            return notModelled(c);
        const { stub } = found;
        c.set("operationId", `stub:${stub.id}`);
        const now = state.now();
        let appId;
        if (stub.auth !== "none") {
            try {
                appId =
                    stub.auth === "feishu"
                        ? authenticateFeishu(state, c.req.header("authorization"), now).app_id
                        : authenticateDingTalk(state, url.searchParams.get("access_token"), now).appkey;
            }
            catch (error) {
                if (!(error instanceof VendorError))
                    throw error;
                const op = authCatalog(stub.auth);
                const ids = { logId: stub.auth === "feishu" ? state.nextLogId() : "", requestId: stub.auth === "dingtalk" ? state.nextRequestId() : "" };
                const rendered = renderError(op, error, state.config, ids);
                c.set("vendorCode", error.code);
                const headers = { ...rendered.headers, ...(stub.auth === "feishu" && { "X-Tt-Logid": ids.logId }) };
                return c.json(rendered.body, rendered.status, headers);
            }
            c.set("app", appId);
        }
        if (stub.delay_ms)
            await sleep(stub.delay_ms);
        const answer = renderTemplate(stub.response.body ?? {}, {
            path: found.params,
            query: Object.fromEntries(url.searchParams),
            body,
            ...(appId !== undefined && { app: appId }),
            now,
            count: found.answer(),
            hex: (length) => state.nextHex(`stub:${stub.id}`, length),
            logId: () => state.nextLogId(),
            requestId: () => state.nextRequestId(),
        });
        const code = answer?.code ?? answer?.errcode;
        if (typeof code === "number")
            c.set("vendorCode", code);
        return c.json(answer, (stub.response.status ?? 200), stub.response.headers ?? {});
    });
}
//# sourceMappingURL=stub-routes.js.map