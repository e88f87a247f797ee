// A mock whose answers pass through a breakage on their way to the client: the contract suite run against it must
// fail the contract the breakage is aimed at. The breakage sees the request (method, URL, headers, body) and the
// answer (status, JSON body) and may return another answer.
import { mockTarget, type Target } from "../../contracts/index.js";
import { createMockApp } from "../../mock-server/index.js";

export interface Exchange {
  method: string;
  url: URL;
  path: string;
  headers: Headers;
  /** The request body, parsed as JSON when it is JSON. */
  request: any;
  status: number;
  body: any;
}

/** Returns a replacement answer, or undefined to pass the answer through. */
export type Breakage = (exchange: Exchange) => { status?: number; body: unknown } | undefined;

export async function brokenTarget(breakage?: Breakage, config: Record<string, unknown> = {}): Promise<Target> {
  const mock = createMockApp({ config: { time: { frozen: true, start: "2026-03-02T01:00:00.000Z" }, ...config } });
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const response = await mock.fetch(input, init);
    if (!breakage || !(response.headers.get("content-type") ?? "").includes("json")) return response;
    const url = new URL(String(input instanceof Request ? input.url : input));
    let request: unknown = init?.body;
    try {
      request = typeof init?.body === "string" ? JSON.parse(init.body) : init?.body;
    } catch {
      // a form body: left as text
    }
    const body = await response.json();
    const exchange: Exchange = {
      method: init?.method ?? "GET",
      url,
      path: url.pathname,
      headers: new Headers(init?.headers),
      request,
      status: response.status,
      body,
    };
    const replaced = breakage(exchange) ?? { body };
    return new Response(JSON.stringify(replaced.body), { status: replaced.status ?? response.status, headers: response.headers });
  }) as typeof globalThis.fetch;
  return mockTarget({ name: "broken mock", baseUrl: "http://mock.test", fetch, driveClock: true });
}
