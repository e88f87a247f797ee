export class VendorError extends Error {
    code;
    detail;
    constructor(code, detail = {}) {
        super(`vendor error ${code}`);
        this.code = code;
        this.detail = detail;
    }
}
/** The catalog entry of a code for an operation; a code outside the catalog is a bug in the mock. */
export function catalogEntry(op, code) {
    const entry = op.errorCodes.find((e) => e.code === code);
    if (!entry)
        throw new Error(`Mock bug: ${op.operationId} answered code ${code}, which its spec catalog lacks`);
    return entry;
}
/** The vendor's envelope for an error: Feishu `{code,msg,error}`; DingTalk `{errcode,errmsg,request_id}` (HTTP 200). */
export function renderError(op, error, config, ids) {
    const entry = catalogEntry(op, error.code);
    let text = error.detail.msg ?? (config.error_messages === "live" ? (entry.live_msg ?? entry.msg) : entry.msg);
    if (entry.msg_is_template)
        text = text.replace(/\{([a-z_]+)\}/g, (_, name) => error.detail.msgVars?.[name] ?? "");
    const headers = error.detail.headers ?? {};
    if (op.vendor === "dingtalk") {
        const body = { errcode: entry.code, errmsg: text };
        if (error.detail.sub_code !== undefined) {
            body.sub_code = error.detail.sub_code;
            body.sub_msg = error.detail.sub_msg ?? "";
            body.errmsg = `ding talk error[subcode=${error.detail.sub_code},submsg=${error.detail.sub_msg ?? ""}]`;
        }
        body.request_id = ids.requestId;
        return { status: entry.http_status, body, headers };
    }
    const override = config.feishu.http_status_overrides[String(entry.code)];
    const status = override === entry.alternative_http_status && override !== undefined ? override : entry.http_status;
    // The legacy endpoints (token, batch send) answer `data: {}` and no `error` object.
    const body = op.operation["x-legacy-envelope"] === true
        ? { code: entry.code, msg: text, data: {} }
        : {
            code: entry.code,
            msg: text,
            error: {
                log_id: ids.logId,
                // The gateway's own errors repeat the message in `error.message` (public captures of 99991672/99992402).
                ...(error.detail.error && { message: text, ...error.detail.error }),
                troubleshooter: `排查建议查看(Troubleshooting suggestions): https://open.feishu.cn/search?from=openapi&log_id=${ids.logId}&code=${entry.code}`,
            },
        };
    return { status, body, headers };
}
//# sourceMappingURL=errors.js.map