// Errors are data: a handler throws a VendorError naming a code; the code's HTTP status and message come from
// the operation's catalog in the spec (`x-error-codes`), and one renderer writes the vendor's envelope.
import type { ErrorCodeEntry, OperationInfo } from "../spec/index.js";
import type { MockConfig } from "./config.js";

export interface VendorErrorDetail {
  /** Replaces the catalog message (e.g. 10014's "app id not exists" variant). */
  msg?: string;
  /** DingTalk errcode 88's underlying reason. */
  sub_code?: string;
  sub_msg?: string;
  /** Values for a templated catalog message's `{placeholders}` (e.g. 99991672's scopes). */
  msgVars?: Record<string, string>;
  /** More fields of a Feishu answer's `error` object (the gateway's permission_violations, field_violations). */
  error?: Record<string, unknown>;
  headers?: Record<string, string>;
}

export class VendorError extends Error {
  constructor(
    readonly code: number,
    readonly detail: VendorErrorDetail = {},
  ) {
    super(`vendor error ${code}`);
  }
}

/** The catalog entry of a code for an operation; a code outside the catalog is a bug in the mock. */
export function catalogEntry(op: OperationInfo, code: number): ErrorCodeEntry {
  const entry = op.errorCodes.find((e) => e.code === code);
  if (!entry) throw new Error(`Mock bug: ${op.operationId} answered code ${code}, which its spec catalog lacks`);
  return entry;
}

export interface RenderedError {
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string>;
}

/** The vendor's envelope for an error: Feishu `{code,msg,error}`; DingTalk `{errcode,errmsg,request_id}` (HTTP 200). */
export function renderError(
  op: OperationInfo,
  error: VendorError,
  config: MockConfig,
  ids: { logId: string; requestId: string },
): RenderedError {
  const entry = catalogEntry(op, error.code);
  let text = error.detail.msg ?? (config.error_messages === "live" ? (entry.live_msg ?? entry.msg) : entry.msg);
  if (entry.msg_is_template) text = text.replace(/\{([a-z_]+)\}/g, (_, name: string) => error.detail.msgVars?.[name] ?? "");
  const headers = error.detail.headers ?? {};
  if (op.vendor === "dingtalk") {
    const body: Record<string, unknown> = { errcode: entry.code, errmsg: text };
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
  const body: Record<string, unknown> =
    op.operation["x-legacy-envelope"] === true
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
