// /__mock/ui is under the control API's rules (off → 403, token → 401 without it), takes its token from the URL
// only for the page itself, is one self-contained document (CSP, no other origin), and stays small.
import { describe, expect, it } from "vitest";
import { createMockApp } from "../mock-server/index.js";
import { startCli } from "./helpers/cli-process.js";
import { harness } from "./helpers/mock-harness.js";

const PAGE_BUDGET_BYTES = 150 * 1024;

describe("access", () => {
  it("is refused when the control API is off", async () => {
    const mock = createMockApp({ control: false });
    expect((await mock.fetch("http://127.0.0.1/__mock/ui")).status).toBe(403);
    expect((await mock.fetch("http://127.0.0.1/__mock/ui/fragments/clock")).status).toBe(403);
    expect((await mock.fetch("http://127.0.0.1/__mock/events")).status).toBe(403);
  });

  it("needs the control token: in the URL for the page, as a header for everything else", async () => {
    const mock = createMockApp({ config: { control: { token: "a-long-control-token" } } });
    const get = (path: string, headers: Record<string, string> = {}) => mock.fetch(`http://127.0.0.1${path}`, { headers });
    expect((await get("/__mock/ui")).status).toBe(401);
    expect((await get("/__mock/ui?token=wrong")).status).toBe(401);
    const page = await get("/__mock/ui?token=a-long-control-token");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<meta name="mock-control-token" content="a-long-control-token"/>');
    // Nowhere else does the URL carry it: not the fragments, not the API, not a POST to the page's path.
    expect((await get("/__mock/ui/fragments/clock?token=a-long-control-token")).status).toBe(401);
    expect((await get("/__mock/state?token=a-long-control-token")).status).toBe(401);
    expect((await mock.fetch("http://127.0.0.1/__mock/ui?token=a-long-control-token", { method: "POST" })).status).toBe(401);
    const fragment = await get("/__mock/ui/fragments/clock", { authorization: "Bearer a-long-control-token" });
    expect(fragment.status).toBe(200);
    expect(await fragment.text()).toContain('id="clock-now"');
  });

  it("answers an unknown part or a refused read plainly", async () => {
    const h = harness();
    const missing = await h.call("GET", "/__mock/ui/fragments/nope");
    expect(missing.status).toBe(404);
    const unknownBatch = await h.call("GET", "/__mock/ui/fragments/detail?kind=batch&id=bm-nope");
    expect(unknownBatch.status).toBe(404);
    expect(unknownBatch.body).toContain("no batch bm-nope");
  });
});

describe("the page", () => {
  it("is one document under a strict CSP that allows no other origin, and under 150 KB", async () => {
    const h = harness();
    const response = await h.mock.fetch("http://127.0.0.1/__mock/ui");
    const html = await response.text();
    const csp = response.headers.get("content-security-policy")!;
    const nonce = /'nonce-([0-9a-f]+)'/.exec(csp)![1]!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    // Every script and style is inline and carries the nonce; nothing is loaded from anywhere.
    expect([...html.matchAll(/<(script|style)\b([^>]*)>/g)].map((m) => m[2])).toEqual([` nonce="${nonce}"`, ` nonce="${nonce}"`]);
    expect(html).not.toMatch(/\b(src|href)="(?!#|data:)/);
    // No attribute names another place (vendor error texts in the fault form may quote a URL, as text).
    expect(html).not.toMatch(/\s(src|href|action|formaction|srcset|poster|data|ping)="[^"]*\/\//);
    expect(html).not.toMatch(/url\(|@import/);
    expect(new TextEncoder().encode(html).length).toBeLessThan(PAGE_BUDGET_BYTES);
    // A fresh nonce per answer.
    const again = (await h.mock.fetch("http://127.0.0.1/__mock/ui")).headers.get("content-security-policy");
    expect(again).not.toBe(csp);
  });

  it("renders every part from the control API, each with its own place to re-render", async () => {
    const h = harness();
    const html = (await h.call("GET", "/__mock/ui")).body as string;
    for (const part of ["clock", "batches", "messages", "tasks", "detail", "requests", "faults", "apps", "directory"]) {
      expect(html).toContain(`data-fragment="${part}"`);
    }
    for (const code of [230001, 230002, 230110, 40035, 99991400]) expect(html).toContain(`<option value="${code}">`);
  });
});

describe("the CLI", () => {
  it("names the dashboard in its banner, and serves it there", async () => {
    const cli = await startCli(["--port", "0"]);
    try {
      const line = cli.output().split("\n").find((l) => l.includes("Dashboard"))!;
      expect(line).toContain(`${cli.url}/__mock/ui`);
      const page = await fetch(`${cli.url}/__mock/ui`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("<title>Mock dashboard");
    } finally {
      await cli.stop();
    }
  });
});
