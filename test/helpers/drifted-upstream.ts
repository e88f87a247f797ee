// A deliberately drifted "Feishu" for the proxy to stand in front of: each route answers one way the real vendor
// must not (a count as a string, an undocumented code, an unknown field, a count that goes down, a page token
// without has_more), and a few answer correctly (plain and gzip-encoded) or help to see the wire (an echo, a
// stream released on cue). It remembers the exact bytes and headers it sent, to compare with what came out.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

export const ID = {
  decreasing: `bm-${"a".repeat(32)}`,
  stringCount: `bm-${"b".repeat(32)}`,
  undocumentedCode: `bm-${"c".repeat(32)}`,
  unknownField: `bm-${"d".repeat(32)}`,
  gzip: `bm-${"e".repeat(32)}`,
  message: `om_${"f".repeat(32)}`,
};

const progress = (valid: number | string, success: number, read: number, extra: Record<string, unknown> = {}) => ({
  code: 0,
  msg: "success",
  data: {
    batch_message_send_progress: { valid_user_ids_count: valid, success_user_ids_count: success, read_user_ids_count: read, ...extra },
    batch_message_recall_progress: { recall: false, recall_count: 0 },
  },
});

export interface Sent {
  status: number;
  rawHeaders: [string, string][];
  body: Buffer;
}

export interface DriftedUpstream {
  url: string;
  /** What the upstream answered last, byte for byte. */
  lastSent: () => Sent;
  /** What the upstream received last (method, header pairs, body). */
  lastReceived: () => { method: string; rawHeaders: string[]; body: string };
  /** Lets the pending /stream answer finish. */
  releaseStream: () => void;
  requests: () => number;
  close: () => Promise<void>;
}

export async function startDriftedUpstream(): Promise<DriftedUpstream> {
  let sent: Sent | undefined;
  let received: { method: string; rawHeaders: string[]; body: string } | undefined;
  let count = 0;
  let release: () => void = () => {};
  let decreasingCalls = 0;

  const answer = (res: ServerResponse, status: number, body: unknown, headers: [string, string][] = [], encode?: "gzip") => {
    const plain = Buffer.from(JSON.stringify(body));
    const bytes = encode === "gzip" ? gzipSync(plain) : plain;
    const pairs: [string, string][] = [
      ["Content-Type", "application/json; charset=utf-8"],
      ["X-Tt-Logid", `20260302010000${String(count).padStart(6, "0")}`],
      ["Set-Cookie", "a=1"],
      ["Set-Cookie", "b=2"],
      ...headers,
      ...(encode ? ([["Content-Encoding", encode]] as [string, string][]) : []),
      ["Content-Length", String(bytes.length)],
    ];
    sent = { status, rawHeaders: pairs, body: bytes };
    res.writeHead(status, pairs.flat());
    res.end(bytes);
  };

  const route = (req: IncomingMessage, res: ServerResponse, body: string) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const progressOf = /^\/open-apis\/im\/v1\/batch_messages\/([^/]+)\/get_progress$/.exec(path)?.[1];
    if (path === "/open-apis/auth/v3/tenant_access_token/internal") {
      return answer(res, 200, { code: 0, msg: "ok", tenant_access_token: "t-drifted0123456789abcdef", expire: 7200 });
    }
    if (progressOf === ID.decreasing) {
      decreasingCalls += 1;
      return answer(res, 200, decreasingCalls === 1 ? progress(10, 8, 5) : progress(10, 7, 5));
    }
    if (progressOf === ID.stringCount) return answer(res, 200, progress("10", 8, 5));
    if (progressOf === ID.undocumentedCode) return answer(res, 400, { code: 230099, msg: "something new", error: { log_id: "x" } });
    if (progressOf === ID.unknownField) return answer(res, 200, progress(10, 8, 5, { new_counter: 3 }));
    if (progressOf === ID.gzip) return answer(res, 200, progress(10, 8, 5), [], "gzip");
    if (path === `/open-apis/im/v1/messages/${ID.message}/read_users`) {
      return answer(res, 200, { code: 0, msg: "success", data: { items: [], has_more: false, page_token: "c29tZXRoaW5n" } });
    }
    if (path === "/open-apis/echo") {
      return answer(res, 200, { method: req.method, rawHeaders: req.rawHeaders, body });
    }
    if (path === "/open-apis/stream") {
      // The first part now, the rest only when the test says: a proxy that buffered would deliver nothing before.
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("first part\n");
      release = () => res.end("second part\n");
      return;
    }
    res.writeHead(404, { "content-type": "text/plain" }).end("404 page not found");
  };

  const server = createServer((req, res) => {
    count += 1;
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (d: string) => (body += d));
    req.on("end", () => {
      received = { method: req.method ?? "", rawHeaders: req.rawHeaders, body };
      route(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    lastSent: () => sent!,
    lastReceived: () => received!,
    releaseStream: () => release(),
    requests: () => count,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
