// startProxyServer(): `feishu-dingtalk-mock proxy` — between an app and the real Feishu and DingTalk. The mock's
// pipeline with a different handler: read the request (the mock's body and header limits) → match its operation
// in the spec → forward it upstream (instead of the simulation) → check request and answer with the spec's
// validators and the stream invariants → log, tally, record. Bytes pass through unchanged; the only thing added
// is the `x-contract-violations` count on answers to modelled operations (opt-out), which is why those answers
// (small JSON) are read whole before they are sent on. Anything else streams through as it arrives.
import { createServer } from "node:http";
import { ExchangeChecker, matchOperation, TrafficReport, vendorOfPath } from "../../spec/traffic/index.js";
import { maskQuery } from "../http/mask-secrets.js";
import { MAX_BODY_BYTES } from "../http/request-input.js";
import { decodeText, readBody } from "./body-bytes.js";
import { httpServerOptions } from "../serve.js";
import { Recorder } from "./recorder.js";
import { DEFAULT_UPSTREAMS, endToEnd, headerRecord, parseUpstream, Upstream } from "./upstream.js";
export const VIOLATIONS_HEADER = "x-contract-violations";
/** The proxy's own refusals, in a shape no vendor uses, so they are never taken for the vendor's answer. */
function refuse(res, status, message, close = false) {
    const body = JSON.stringify({ proxy_error: message });
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body), "x-proxy-error": "1", ...(close && { connection: "close" }) });
    res.end(body);
}
export async function startProxyServer(options = {}) {
    const allowInsecure = options.allowInsecureUpstream ?? false;
    const timeout = options.upstreamTimeoutMs ?? 60_000;
    const upstreams = {
        feishu: new Upstream(parseUpstream(options.feishuUpstream ?? DEFAULT_UPSTREAMS.feishu, "--feishu-upstream", allowInsecure), timeout),
        dingtalk: new Upstream(parseUpstream(options.dingtalkUpstream ?? DEFAULT_UPSTREAMS.dingtalk, "--dingtalk-upstream", allowInsecure), timeout),
    };
    const header = options.violationsHeader ?? true;
    const checker = new ExchangeChecker().warm();
    const report = new TrafficReport("proxy");
    const recorder = options.record ? new Recorder(options.record) : undefined;
    async function handle(req, res) {
        const started = performance.now();
        const method = req.method ?? "GET";
        const url = new URL(req.url ?? "/", "http://proxy.invalid");
        // An app that uses the proxy as an HTTP proxy sends the absolute form (`GET http://host/path`): the path is what goes on.
        const target = /^https?:\/\//i.test(req.url ?? "") ? `${url.pathname}${url.search}` : (req.url ?? "/");
        if (url.pathname === "/__proxy/report") {
            if (method !== "GET")
                return refuse(res, 405, "GET /__proxy/report");
            const body = JSON.stringify(report.toJSON(), null, 2);
            res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) }).end(body);
            return;
        }
        const match = matchOperation(method, url.pathname);
        const vendor = match?.op.vendor ?? vendorOfPath(url.pathname);
        const log = (status, verdict, error) => options.log?.({
            method,
            path: maskQuery(url.pathname, url.searchParams),
            status,
            vendor,
            ...(verdict?.operationId && { operationId: verdict.operationId }),
            violations: (verdict?.violations ?? []).map((v) => `${v.rule}: ${v.message}`),
            drift: verdict?.drift ?? [],
            ms: Math.round((performance.now() - started) * 100) / 100,
            ...(error && { error }),
        });
        const body = await readBody(req);
        if (body === "broken")
            return; // the client went away mid-body: nothing to answer
        if (body === "too large") {
            // As the mock: nothing past 1 MB is read; the request is not sent on.
            refuse(res, 413, `the request body is over ${MAX_BODY_BYTES} bytes (the proxy's limit, as the mock's)`, true);
            log(413, undefined, "request body too large");
            return;
        }
        let answer;
        try {
            answer = await upstreams[vendor].forward(method, target, req.rawHeaders, body);
        }
        catch (error) {
            const message = `${vendor} upstream ${upstreams[vendor].url.origin} gave no answer: ${error.message}`;
            const timedOut = /no answer within/.test(message);
            refuse(res, timedOut ? 504 : 502, message);
            report.addUpstreamError();
            log(timedOut ? 504 : 502, undefined, message);
            return;
        }
        const status = answer.statusCode ?? 502;
        const headers = endToEnd(answer.rawHeaders);
        const chunks = [];
        let size = 0;
        let tooLarge = false;
        // Answers of modelled operations are held until their count of violations is known (it goes in a header);
        // past the size cap, or for any other route, bytes go on as they come.
        let holding = match !== undefined && header;
        const release = () => {
            holding = false;
            res.writeHead(status, answer.statusMessage, headers);
            for (const chunk of chunks)
                res.write(chunk);
        };
        // The client went away: stop reading the upstream's answer (the exchange counts as cut off).
        res.on("close", () => {
            if (!answer.complete)
                answer.destroy();
        });
        res.on("error", () => answer.destroy());
        answer.on("data", (chunk) => {
            size += chunk.length;
            if (size <= MAX_BODY_BYTES)
                chunks.push(chunk);
            else if (!tooLarge) {
                tooLarge = true;
                if (holding)
                    release();
            }
            if (holding)
                return;
            if (!res.headersSent)
                res.writeHead(status, answer.statusMessage, headers);
            if (!res.write(chunk)) {
                answer.pause();
                res.once("drain", () => answer.resume());
            }
        });
        const ended = await new Promise((resolve) => {
            answer.on("end", () => resolve(true));
            answer.on("error", () => resolve(false));
            answer.on("aborted", () => resolve(false));
            answer.on("close", () => resolve(answer.complete));
        });
        if (!ended) {
            res.destroy();
            report.addUpstreamError();
            log(status, undefined, "the answer was cut off (the upstream or the client went away)");
            return;
        }
        const requestHeaders = headerRecord(req.headers);
        const responseHeaders = headerRecord(answer.headers);
        const responseBody = tooLarge ? undefined : decodeText(Buffer.concat(chunks), responseHeaders["content-encoding"]);
        const requestBody = body.length > 0 ? body.toString("utf8") : undefined;
        const verdict = checker.check({
            method,
            url: target,
            headers: requestHeaders,
            ...(requestBody !== undefined && { body: requestBody }),
            status,
            ...(responseBody !== undefined && { responseBody }),
            ...(tooLarge ? { responseTooLarge: true } : {}),
        });
        if (holding) {
            holding = false;
            res.writeHead(status, answer.statusMessage, [...headers, VIOLATIONS_HEADER, String(verdict.violations.length)]);
            res.end(Buffer.concat(chunks, size));
        }
        else if (!res.headersSent) {
            res.writeHead(status, answer.statusMessage, headers).end();
        }
        else
            res.end();
        report.add(verdict, method, url.pathname);
        log(status, verdict);
        recorder?.write({
            time: new Date().toISOString(),
            ms: Math.round((performance.now() - started) * 100) / 100,
            vendor,
            ...(verdict.operationId && { operationId: verdict.operationId }),
            request: { method, url: target, headers: requestHeaders, ...(requestBody !== undefined && { body: requestBody }) },
            response: { status, headers: responseHeaders, ...(responseBody !== undefined && { body: responseBody }) },
        });
    }
    const server = createServer(httpServerOptions(options.requestTimeoutMs ?? 30_000), (req, res) => {
        handle(req, res).catch((error) => {
            // A bug in the proxy: said plainly, never dressed as the vendor's answer.
            if (!res.headersSent)
                refuse(res, 500, `proxy internal error: ${String(error)}`);
            else
                res.destroy();
        });
    });
    await new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(options.port ?? 8080, options.host ?? "127.0.0.1", () => resolve());
    });
    const { port } = server.address();
    const host = options.host ?? "127.0.0.1";
    const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
    let closing;
    const close = () => (closing ??= new Promise((resolve, reject) => {
        const sweep = setInterval(() => server.closeIdleConnections(), 25);
        const deadline = setTimeout(() => server.closeAllConnections(), 10_000);
        server.close(() => {
            clearInterval(sweep);
            clearTimeout(deadline);
            upstreams.feishu.close();
            upstreams.dingtalk.close();
            (recorder?.close() ?? Promise.resolve()).then(resolve, reject);
        });
        server.closeIdleConnections();
    }));
    return { url, upstreams: { feishu: upstreams.feishu.url.href, dingtalk: upstreams.dingtalk.url.href }, report, close };
}
//# sourceMappingURL=proxy-server.js.map