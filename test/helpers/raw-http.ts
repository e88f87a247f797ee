// HTTP at the byte level, for tests that must see exactly what crossed the wire: raw header pairs as sent, the
// body as bytes (never decompressed), and a body on any method (a GET with `{}`, as the Feishu SDK sends).
import { request } from "node:http";

export interface RawAnswer {
  status: number;
  /** Header pairs as received, names as sent. */
  rawHeaders: string[];
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export function rawRequest(url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<RawAnswer> {
  // Node frames no body of a GET by itself: say its length, as the SDK (axios) does.
  const headers = { ...options.headers, ...(options.body !== undefined && { "content-length": String(Buffer.byteLength(options.body)) }) };
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, rawHeaders: res.rawHeaders, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

/** Header pairs without the ones each hop sets for itself (its connection, its date). */
export const endToEndPairs = (raw: string[]) => {
  const pairs: [string, string][] = [];
  for (let i = 0; i < raw.length; i += 2) pairs.push([raw[i]!.toLowerCase(), raw[i + 1]!]);
  return pairs.filter(([name]) => !["connection", "keep-alive", "transfer-encoding", "date"].includes(name));
};
