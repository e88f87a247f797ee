// The real Feishu and DingTalk (or whatever stands in for them) behind the proxy: which URLs are acceptable, and
// forwarding one request there exactly as it came — method, headers (all but hop-by-hop ones and Host), body
// bytes (a GET with a `{}` body too, which fetch() cannot send) — over kept-alive connections.
import { Agent as HttpAgent, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { isLoopback } from "../serve.js";
export const DEFAULT_UPSTREAMS = { feishu: "https://open.feishu.cn", dingtalk: "https://oapi.dingtalk.com" };
/** Headers about one connection, not the exchange (RFC 9110 §7.6.1), and Expect (the proxy already has the body). */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade", "expect", "host"]);
/** An upstream base URL, checked: http(s) only, and plain http only to a loopback address unless allowed. */
export function parseUpstream(value, name, allowInsecure) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new Error(`${name} ${value} is not a URL`);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
        throw new Error(`${name} must be an http or https URL, not ${url.protocol}`);
    if (url.search || url.hash)
        throw new Error(`${name} must be a base URL, without a query or fragment`);
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (url.protocol === "http:" && !isLoopback(host) && !allowInsecure) {
        throw new Error(`${name} ${value} is plain http to a host that is not loopback: tokens and secrets would cross the network unencrypted. ` +
            "Use https, or --allow-insecure-upstream if you mean it.");
    }
    return url;
}
/** Raw header pairs without the hop-by-hop ones (names as sent, repeated headers kept apart). */
export function endToEnd(rawHeaders) {
    const out = [];
    for (let i = 0; i < rawHeaders.length; i += 2) {
        if (!HOP_BY_HOP.has(rawHeaders[i].toLowerCase()))
            out.push(rawHeaders[i], rawHeaders[i + 1]);
    }
    return out;
}
/** Header values by lower-case name (repeated ones joined), for checks and recordings. */
export function headerRecord(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers))
        if (value !== undefined)
            out[name] = Array.isArray(value) ? value.join(", ") : value;
    return out;
}
export class Upstream {
    url;
    timeoutMs;
    agent;
    constructor(url, timeoutMs) {
        this.url = url;
        this.timeoutMs = timeoutMs;
        this.agent = url.protocol === "https:" ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
    }
    /** Sends the request on; resolves with the answer's head (its body still to be read), rejects if none comes. */
    forward(method, target, rawHeaders, body) {
        const headers = endToEnd(rawHeaders);
        const pairs = [];
        for (let i = 0; i < headers.length; i += 2)
            if (headers[i].toLowerCase() !== "content-length")
                pairs.push(headers[i], headers[i + 1]);
        pairs.push("Host", this.url.host);
        // The body was read whole: say its length (a chunked request goes on with the same bytes, counted).
        if (body.length > 0 || method === "POST" || method === "PUT" || method === "PATCH")
            pairs.push("Content-Length", String(body.length));
        const send = this.url.protocol === "https:" ? httpsRequest : httpRequest;
        return new Promise((resolve, reject) => {
            const attempt = (retry) => {
                const request = send({
                    protocol: this.url.protocol,
                    hostname: this.url.hostname.replace(/^\[|\]$/g, ""),
                    port: this.url.port || undefined,
                    method,
                    path: `${this.url.pathname.replace(/\/$/, "")}${target}`,
                    headers: pairs,
                    agent: this.agent,
                    timeout: this.timeoutMs,
                }, resolve);
                request.on("timeout", () => request.destroy(new Error(`no answer within ${this.timeoutMs} ms`)));
                request.on("error", (error) => {
                    // A kept-alive connection the upstream closed just as it was reused (its idle timeout): the request never
                    // reached it, so it is sent once more on a fresh connection, as Node's documentation advises
                    // (request.reusedSocket). Anything else is the upstream's failure to answer.
                    if (retry && request.reusedSocket && (error.code === "ECONNRESET" || error.code === "EPIPE"))
                        attempt(false);
                    else
                        reject(error);
                });
                request.end(body);
            };
            attempt(true);
        });
    }
    close() {
        this.agent.destroy();
    }
}
//# sourceMappingURL=upstream.js.map