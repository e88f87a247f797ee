// The suite's HTTP client for one vendor. It is what would run against the live service: it fetches and renews
// its own token, stays under the documented rate, waits out 99991400 (x-ogw-ratelimit-reset), retries 5xx answers
// and dropped connections a bounded number of times — and checks every answer against the spec: the schema for
// its operation and status, and that an error's code is one the operation documents. Unknown fields are drift.
import { getOperation, SpecValidator, unknownFields } from "../spec/index.js";
import { answerInvariants } from "../spec/traffic/invariants.js";
import { Pacing } from "./pacing.js";
export class ContractViolation extends Error {
    name = "ContractViolation";
}
const validator = new SpecValidator();
const codeOf = (vendor, body) => typeof body !== "object" || body === null ? undefined : vendor === "feishu" ? body.code : body.errcode;
/** The vendors' "this token is not (or no longer) valid" answers, after which a fresh token is worth one retry. */
function isStaleToken(vendor, body) {
    if (vendor === "feishu")
        return body?.code === 99991663;
    return body?.errcode === 40014 || (body?.errcode === 88 && body?.sub_code === "40014");
}
export class VendorClient {
    vendor;
    target;
    observer;
    token;
    pacing;
    /** Every operation this client has called, with the number of calls (for the reports). */
    calls = new Map();
    constructor(vendor, target, observer) {
        this.vendor = vendor;
        this.target = target;
        this.observer = observer;
        this.pacing = new Pacing(target.clock);
    }
    get baseUrl() {
        return this.vendor === "feishu" ? this.target.feishuUrl : this.target.dingtalkUrl;
    }
    /** The client's token, fetched once and renewed when the vendor says it went stale. */
    async accessToken() {
        this.token ??= this.fetchToken().catch((error) => {
            this.token = undefined;
            throw error;
        });
        return this.token;
    }
    async fetchToken() {
        if (this.vendor === "feishu") {
            const creds = this.target.feishu;
            const answer = await this.call("createTenantAccessToken", { auth: "none", body: { app_id: creds.appId, app_secret: creds.appSecret } });
            if (answer.body.code !== 0)
                throw new Error(`Feishu token refused: ${answer.body.code} ${answer.body.msg}`);
            return answer.body.tenant_access_token;
        }
        const creds = this.target.dingtalk;
        const answer = await this.call("getAccessToken", { auth: "none", query: { appkey: creds.appKey, appsecret: creds.appSecret } });
        if (answer.body.errcode !== 0)
            throw new Error(`DingTalk gettoken refused: ${answer.body.errcode} ${answer.body.errmsg}`);
        return answer.body.access_token;
    }
    async request(op, options) {
        let path = op.path;
        for (const [name, value] of Object.entries(options.path ?? {}))
            path = path.replace(`{${name}}`, encodeURIComponent(value));
        const url = new URL(this.baseUrl + path);
        for (const [name, value] of Object.entries(options.query ?? {}))
            url.searchParams.set(name, String(value));
        const headers = {};
        const auth = options.auth ?? "default";
        if (auth !== "none" && op.authenticated) {
            const token = auth === "default" ? await this.accessToken() : auth;
            if (this.vendor === "feishu")
                headers.authorization = `Bearer ${token}`;
            else
                url.searchParams.set("access_token", token);
        }
        let body;
        if (options.form) {
            headers["content-type"] = "application/x-www-form-urlencoded;charset=utf-8";
            body = new URLSearchParams(Object.entries(options.form).map(([k, v]) => [k, String(v)])).toString();
        }
        else if (options.body !== undefined) {
            headers["content-type"] = "application/json; charset=utf-8";
            body = JSON.stringify(options.body);
        }
        return this.target.fetch(url, { method: op.method.toUpperCase(), headers, ...(body !== undefined && { body }) });
    }
    /** Calls an operation of the spec, with retries and waits, and checks the answer against the spec. */
    async call(operationId, options = {}) {
        const op = getOperation(operationId);
        if (op.vendor !== this.vendor)
            throw new Error(`${operationId} is not a ${this.vendor} operation`);
        const { policy, clock } = this.target;
        let retries = 0;
        let rateLimitWaits = 0;
        let renewed = false;
        for (;;) {
            await this.pacing.beforeRequest(op);
            this.calls.set(operationId, (this.calls.get(operationId) ?? 0) + 1);
            let response;
            try {
                response = await this.request(op, options);
            }
            catch (error) {
                if (retries++ < policy.maxRetries) {
                    await clock.sleep(policy.retryBackoffMs * 2 ** (retries - 1));
                    continue;
                }
                throw new Error(`${operationId}: no answer after ${policy.maxRetries} retries (${String(error)})`);
            }
            const text = await response.text();
            if (response.status >= 500) {
                if (retries++ < policy.maxRetries) {
                    await clock.sleep(policy.retryBackoffMs * 2 ** (retries - 1));
                    continue;
                }
                throw new Error(`${operationId}: HTTP ${response.status} after ${policy.maxRetries} retries`);
            }
            let body;
            try {
                body = JSON.parse(text);
            }
            catch {
                throw new ContractViolation(`${operationId} answered HTTP ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`);
            }
            const code = codeOf(this.vendor, body);
            if (code === 99991400 && rateLimitWaits++ < policy.maxRateLimitWaits) {
                this.check(op, response.status, body); // a rate-limit answer must still be as documented
                const reset = Number(response.headers.get("x-ogw-ratelimit-reset") ?? "1");
                await clock.sleep(Math.max(1, Number.isFinite(reset) ? reset : 1) * 1000);
                continue;
            }
            if (!renewed && (options.auth ?? "default") === "default" && op.authenticated && isStaleToken(this.vendor, body)) {
                this.check(op, response.status, body);
                renewed = true;
                this.token = undefined;
                continue;
            }
            this.check(op, response.status, body);
            return { operationId, status: response.status, body, headers: response.headers };
        }
    }
    /** The schema for this operation and status, the error catalog, and drift. */
    check(op, status, body) {
        const result = validator.validateResponse(op, status, body);
        if (!result.valid) {
            throw new ContractViolation(`${op.operationId} HTTP ${status} does not match the spec: ${result.errors.join("; ")}`);
        }
        const code = codeOf(this.vendor, body);
        if (code !== undefined && code !== 0 && !op.errorCodes.some((e) => e.code === code)) {
            throw new ContractViolation(`${op.operationId} answered code ${code}, which the spec does not document for it`);
        }
        // What one answer must satisfy on its own (spec/traffic: the same rules the proxy and the mock's self-check hold).
        const broken = status === 200 && code === 0 ? answerInvariants(op.operationId, body) : [];
        if (broken.length > 0)
            throw new ContractViolation(`${op.operationId}: ${broken.map((f) => `${f.rule}: ${f.message}`).join("; ")}`);
        const pointer = validator.responseFor(op, status)?.content["application/json"]?.schemaPointer;
        const drift = pointer ? unknownFields(op.vendor, pointer, body) : [];
        if (drift.length > 0)
            this.observer.drift(op.operationId, drift);
    }
}
//# sourceMappingURL=vendor-client.js.map