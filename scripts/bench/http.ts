// A minimal HTTP client on node:http for setup calls and sequential timings: a keep-alive agent with one socket,
// so a timed request pays for the server's work and one loopback round trip, not for connecting or fetch's layers.
import { Agent, request as httpRequest } from "node:http";

export interface Req {
  method?: string;
  /** Path and query. */
  path: string;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
}

export interface Res {
  status: number;
  /** The parsed JSON answer (text if not JSON); vendor answers, read loosely by the bench. */
  json: any;
  /** Wall time of the request in ms. */
  ms: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

export function request(base: string, req: Req, options: { keepAlive?: boolean } = {}): Promise<Res> {
  const body = req.body === undefined ? undefined : Buffer.from(JSON.stringify(req.body));
  const url = new URL(req.path, base);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const r = httpRequest(
      url,
      {
        method: req.method ?? "GET",
        agent: options.keepAlive === false ? false : agent,
        headers: { ...(body && { "content-type": "application/json", "content-length": String(body.length) }), ...req.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const ms = performance.now() - started;
          const text = Buffer.concat(chunks).toString("utf8");
          let json: unknown = text;
          try {
            json = JSON.parse(text);
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: res.statusCode ?? 0, json, ms });
        });
        res.on("error", reject);
      },
    );
    r.on("error", reject);
    r.end(body);
  });
}

/** Like request, but fails unless the answer is HTTP 200 with vendor code 0 (Feishu `code`, DingTalk `errcode`). */
export async function ok(base: string, req: Req): Promise<Res> {
  const res = await request(base, req);
  const code = res.json?.code ?? res.json?.errcode;
  if (res.status !== 200 || (code !== undefined && code !== 0)) {
    throw new Error(`${req.method ?? "GET"} ${req.path} answered ${res.status}: ${JSON.stringify(res.json).slice(0, 300)}`);
  }
  return res;
}

/** Sends `req` `n` times one after another; returns each request's ms. */
export async function sequential(base: string, req: Req, n: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push((await ok(base, req)).ms);
  return times;
}
