import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { MAX_BODY_BYTES } from "../http/request-input.js";
export function readBody(req) {
    if (Number(req.headers["content-length"]) > MAX_BODY_BYTES)
        return Promise.resolve("too large");
    return new Promise((resolve) => {
        const chunks = [];
        let size = 0;
        req.on("data", (chunk) => {
            size += chunk.length;
            if (size > MAX_BODY_BYTES) {
                req.removeAllListeners("data");
                req.pause();
                resolve("too large");
            }
            else
                chunks.push(chunk);
        });
        req.on("end", () => resolve(Buffer.concat(chunks, size)));
        req.on("error", () => resolve("broken"));
        req.on("aborted", () => resolve("broken"));
    });
}
/** The answer's text for checks and recordings, decoded from its content-encoding. */
export function decodeText(bytes, encoding) {
    try {
        const e = (encoding ?? "").trim().toLowerCase();
        const plain = e === "gzip" || e === "x-gzip" ? gunzipSync(bytes) : e === "deflate" ? inflateSync(bytes) : e === "br" ? brotliDecompressSync(bytes) : bytes;
        return plain.toString("utf8");
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=body-bytes.js.map