// `--record <file>`: every exchange through the proxy as one JSON line, credentials scrubbed (scrub.ts), ids
// kept; bodies as text, already decoded from any content-encoding. The file is private to its owner (0600), as
// it holds real recipients' ids. `npm run contracts -- --target recording:<file>` checks it again, offline.
import { createWriteStream } from "node:fs";
import { credentialsIn, SCRUBBED, scrubBody, scrubHeaders, scrubUrl } from "./scrub.js";
/** Headers that describe the bytes on the wire, not the decoded text a recording keeps. */
const WIRE_ONLY = new Set(["content-encoding", "content-length"]);
export class Recorder {
    file;
    stream;
    failure;
    constructor(file) {
        this.file = file;
        this.stream = createWriteStream(file, { flags: "w", mode: 0o600 });
        this.stream.on("error", (error) => (this.failure = error));
    }
    write(exchange) {
        if (this.failure)
            return;
        const responseHeaders = Object.fromEntries(Object.entries(scrubHeaders(exchange.response.headers)).filter(([k]) => !WIRE_ONLY.has(k)));
        const line = {
            ...exchange,
            request: {
                method: exchange.request.method,
                url: scrubUrl(exchange.request.url),
                headers: scrubHeaders(exchange.request.headers),
                ...(exchange.request.body && { body: scrubBody(exchange.request.body, exchange.request.headers["content-type"]) }),
            },
            response: {
                status: exchange.response.status,
                headers: responseHeaders,
                ...(exchange.response.body && { body: scrubBody(exchange.response.body, exchange.response.headers["content-type"]) }),
            },
        };
        // A credential may also travel where no field name says so (an upstream echoing the request, say): every
        // credential this exchange carried is scrubbed wherever it appears in the line.
        let text = JSON.stringify(line);
        for (const secret of credentialsIn(exchange))
            text = text.replaceAll(JSON.stringify(secret).slice(1, -1), SCRUBBED);
        this.stream.write(`${text}\n`);
    }
    /** Flushes and closes the file; rejects if writing it failed at any point. */
    close() {
        return new Promise((resolve, reject) => {
            this.stream.end(() => (this.failure ? reject(this.failure) : resolve()));
        });
    }
}
//# sourceMappingURL=recorder.js.map