// A mock on a port (frozen clock, self-check on) and a headless Chromium for the dashboard's browser tests: the
// vendor API as a client calls it, the page opened and live, and every URL the browser asked for (and every
// content-security refusal), so a test can check that the page asked nothing of another origin.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { startMockServer, type MockServer } from "../../mock-server/index.js";
import { launchBrowser, type Browser } from "./browser.js";
import { FEISHU_APP, START } from "./mock-harness.js";

export interface DashboardSession {
  server: MockServer;
  browser: Browser;
  /** Every URL the browser requested. */
  requested: string[];
  /** Content-security refusals and page errors. */
  violations: string[];
  api: (method: string, path: string, body?: unknown, token?: string) => Promise<any>;
  feishuToken: () => Promise<string>;
  sendBatch: (departments?: string[]) => Promise<string>;
  progress: (id: string) => Promise<any>;
  openDashboard: () => Promise<Page>;
  close: () => Promise<void>;
}

export async function dashboardSession(): Promise<DashboardSession> {
  mkdirSync("reports", { recursive: true });
  const server = await startMockServer({ port: 0, config: { validate_responses: true, time: { start: START, frozen: true } } });
  const browser = await launchBrowser();
  const requested: string[] = [];
  const violations: string[] = [];
  browser.context.setDefaultTimeout(10_000); // under the test's own: a wait that fails says which
  browser.context.on("request", (request) => requested.push(request.url()));
  // CSP refusals never become requests: record them too, so "no other origin" covers attempts.
  // (Page code is given as text: this project's TypeScript has no DOM library.)
  await browser.context.addInitScript(`document.addEventListener("securitypolicyviolation", (e) => console.error("csp-violation " + e.blockedURI))`);
  browser.context.on("console", (message) => {
    if (message.text().startsWith("csp-violation")) violations.push(message.text());
  });

  const api = async (method: string, path: string, body?: unknown, token?: string): Promise<any> => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { ...(body !== undefined && { "content-type": "application/json" }), ...(token && { authorization: `Bearer ${token}` }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    return response.json();
  };
  const feishuToken = async () => (await api("POST", "/open-apis/auth/v3/tenant_access_token/internal", FEISHU_APP)).tenant_access_token as string;

  return {
    server,
    browser,
    requested,
    violations,
    api,
    feishuToken,
    sendBatch: async (departments = ["sales"]) => {
      const answer = await api("POST", "/open-apis/message/v4/batch_send/", { msg_type: "text", content: { text: "hello" }, department_ids: departments }, await feishuToken());
      expect(answer.code).toBe(0);
      return answer.data.message_id as string;
    },
    progress: async (id) => api("GET", `/open-apis/im/v1/batch_messages/${id}/get_progress`, undefined, await feishuToken()),
    openDashboard: async () => {
      const page = await browser.context.newPage();
      page.on("pageerror", (error) => violations.push(`page error: ${error.message}`));
      // Once live, the page re-renders its lists (the first clock event): after that, whatever appears came by an event.
      const rerendered = page.waitForResponse((r) => r.url().includes("/__mock/ui/fragments/batches"));
      await page.goto(`${server.url}/__mock/ui`);
      await page.locator("#live-state", { hasText: "on" }).waitFor();
      await rerendered;
      return page;
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The page asked nothing of another origin and broke no content-security rule; the mock answered to the spec. */
export function expectSameOriginOnly(session: DashboardSession): void {
  const origin = new URL(session.server.url).origin;
  expect(session.requested.length).toBeGreaterThan(5);
  expect(session.requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(session.violations).toEqual([]);
  expect(session.server.mock.selfCheckFailures).toEqual([]);
}
