import { type IncomingHttpHeaders, type IncomingMessage } from "node:http";
export declare const DEFAULT_UPSTREAMS: {
    readonly feishu: "https://open.feishu.cn";
    readonly dingtalk: "https://oapi.dingtalk.com";
};
/** An upstream base URL, checked: http(s) only, and plain http only to a loopback address unless allowed. */
export declare function parseUpstream(value: string, name: string, allowInsecure: boolean): URL;
/** Raw header pairs without the hop-by-hop ones (names as sent, repeated headers kept apart). */
export declare function endToEnd(rawHeaders: string[]): string[];
/** Header values by lower-case name (repeated ones joined), for checks and recordings. */
export declare function headerRecord(headers: IncomingHttpHeaders): Record<string, string>;
export declare class Upstream {
    readonly url: URL;
    private readonly timeoutMs;
    private readonly agent;
    constructor(url: URL, timeoutMs: number);
    /** Sends the request on; resolves with the answer's head (its body still to be read), rejects if none comes. */
    forward(method: string, target: string, rawHeaders: string[], body: Buffer): Promise<IncomingMessage>;
    close(): void;
}
