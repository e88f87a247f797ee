// The dashboard in a real headless Chromium against a mock on a port: it shows what the API does as it happens,
// its buttons and forms act through the control API, and it asks nothing of any other origin.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../mock-server/index.js";
import { launchBrowser, type Browser } from "./helpers/browser.js";
import { FEISHU_APP, START } from "./helpers/mock-harness.js";

let server: MockServer;
let browser: Browser;
const requested: string[] = [];
const violations: string[] = [];

async function api(method: string, path: string, body?: unknown, token?: string): Promise<any> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(body !== undefined && { "content-type": "application/json" }), ...(token && { authorization: `Bearer ${token}` }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return response.json();
}
const feishuToken = async () => (await api("POST", "/open-apis/auth/v3/tenant_access_token/internal", FEISHU_APP)).tenant_access_token as string;
const sendBatch = async (departments = ["sales"]) => {
  const answer = await api("POST", "/open-apis/message/v4/batch_send/", { msg_type: "text", content: { text: "hello" }, department_ids: departments }, await feishuToken());
  expect(answer.code).toBe(0);
  return answer.data.message_id as string;
};
const progress = async (id: string) => api("GET", `/open-apis/im/v1/batch_messages/${id}/get_progress`, undefined, await feishuToken());

async function openDashboard(path = "/__mock/ui"): Promise<Page> {
  const page = await browser.context.newPage();
  page.on("pageerror", (error) => violations.push(`page error: ${error.message}`));
  // Once live, the page re-renders its lists (the first clock event): after that, whatever appears came by an event.
  const rerendered = page.waitForResponse((r) => r.url().includes("/__mock/ui/fragments/batches"));
  await page.goto(`${server.url}${path}`);
  await page.locator("#live-state", { hasText: "on" }).waitFor();
  await rerendered;
  return page;
}
const row = (page: Page, id: string) => page.locator(`tr[data-id="${id}"]`);
const bar = (page: Page, id: string, label: string) => row(page, id).locator(`progress[aria-label^="${label}:"]`);

beforeAll(async () => {
  mkdirSync("reports", { recursive: true });
  server = await startMockServer({ port: 0, config: { validate_responses: true, time: { start: START, frozen: true } } });
  browser = await launchBrowser();
  browser.context.setDefaultTimeout(10_000); // under the test's own: a wait that fails says which
  browser.context.on("request", (request) => requested.push(request.url()));
  // CSP refusals never become requests: record them too, so "no other origin" covers attempts.
  await browser.context.addInitScript(`document.addEventListener("securitypolicyviolation", (e) => console.error("csp-violation " + e.blockedURI))`);
  browser.context.on("console", (message) => {
    if (message.text().startsWith("csp-violation")) violations.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the dashboard in Chromium", () => {
  it("opens, with every control labelled and the skip link first in the tab order", async () => {
    const page = await openDashboard();
    await expect(page.title()).resolves.toContain("Mock dashboard");
    // (Page code is given as text: this project's TypeScript has no DOM library.)
    const unlabelled = await page.evaluate(
      `[...document.querySelectorAll("input, select, textarea")].filter((el) => el.labels.length === 0 && !el.getAttribute("aria-label")).map((el) => el.outerHTML)`,
    );
    expect(unlabelled).toEqual([]);
    const nameless = await page.evaluate(`[...document.querySelectorAll("button")].filter((b) => !(b.getAttribute("aria-label") || b.textContent).trim()).length`);
    expect(nameless).toBe(0);
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement.textContent")).toBe("Skip to the dashboard");
    await page.close();
  });

  it("shows a batch sent through the API without a reload, and +1 h moves its bar to done", async () => {
    const page = await openDashboard();
    await page.evaluate("window.sameDocument = true");
    const id = await sendBatch();
    await row(page, id).waitFor();
    expect(await row(page, id).locator("[data-status]").getAttribute("data-status")).toBe("queued");
    await page.getByRole("button", { name: "+1 h" }).click();
    await row(page, id).locator('[data-status="done"]').waitFor();
    const success = bar(page, id, "success");
    expect(Number(await success.getAttribute("value"))).toBe(18);
    expect(await success.getAttribute("max")).toBe("20");
    expect(await page.evaluate("window.sameDocument")).toBe(true);
    await page.screenshot({ path: "reports/dashboard.png", fullPage: true });
    await page.close();
  });

  it("adds a fault rule from the form, and the next API call answers that code", async () => {
    const page = await openDashboard();
    const id = await sendBatch();
    await page.selectOption("#fault-operation", "getBatchMessageProgress");
    await page.selectOption("#fault-code", "230027");
    await page.getByRole("button", { name: "Add fault rule" }).click();
    await page.locator("#part-faults tr", { hasText: "getBatchMessageProgress" }).waitFor();
    expect((await progress(id)).code).toBe(230027);
    await page.locator("#faults-empty").waitFor(); // used up: the list follows the request that took it
    expect((await progress(id)).code).toBe(0);
    // An HTTP 5xx for two requests, then removed from the list before the second.
    await page.check("#fault-kind-http");
    await page.selectOption("#fault-http", "503");
    await page.fill("#fault-count", "2");
    await page.getByRole("button", { name: "Add fault rule" }).click();
    await page.locator("#part-faults tr", { hasText: "HTTP 503" }).waitFor();
    const gateway = await fetch(`${server.url}/open-apis/im/v1/batch_messages/${id}/get_progress`, { headers: { authorization: `Bearer ${await feishuToken()}` } });
    expect(gateway.status).toBe(503);
    await page.locator("#part-faults tr", { hasText: "1 of 2" }).waitFor();
    await page.locator("#part-faults button", { hasText: "Remove" }).click();
    await page.locator("#faults-empty").waitFor();
    expect((await progress(id)).code).toBe(0);
    await page.close();
  });

  it("edits an app, pages the directory, and sets the clock's scale and freeze", async () => {
    const page = await openDashboard();
    const bot = page.locator("#app-cli_9f0a1b2c3d4e5f60-bot");
    await bot.uncheck();
    await page.getByRole("button", { name: "Save cli_9f0a1b2c3d4e5f60" }).click();
    await page.locator("#status", { hasText: "App cli_9f0a1b2c3d4e5f60 saved" }).waitFor();
    const refused = await api("POST", "/open-apis/message/v4/batch_send/", { msg_type: "text", content: { text: "x" }, department_ids: ["sales"] }, await feishuToken());
    expect(refused.code).toBe(11205); // no bot ability
    await page.locator("#app-cli_9f0a1b2c3d4e5f60-bot").check();
    await page.getByRole("button", { name: "Save cli_9f0a1b2c3d4e5f60" }).click();
    await expect.poll(async () => (await api("GET", "/__mock/apps")).feishu[0].bot).toBe(true);

    await page.locator("#directory-next").click();
    const second = (await api("GET", "/__mock/directory?offset=20&limit=20")).users.items;
    await page.locator("#part-directory tbody tr", { hasText: second[0].open_id }).waitFor();
    await expect(page.locator("#part-directory .pager-text").textContent()).resolves.toMatch(/^21–40 of /);

    await page.fill("#clock-scale", "60");
    await page.getByRole("button", { name: "Set scale" }).click();
    await expect.poll(() => server.clock.scale).toBe(60);
    await page.getByRole("button", { name: "Resume" }).click();
    await expect.poll(() => server.clock.frozen).toBe(false);
    await page.locator("#clock-freeze", { hasText: "Freeze" }).click();
    await expect.poll(() => server.clock.frozen).toBe(true);
    await api("POST", "/__mock/clock", { scale: 1 });
    await page.close();
  });

  it("recalls a batch from the page, and shows recall_count rising", async () => {
    const page = await openDashboard();
    const id = await sendBatch();
    await page.getByRole("button", { name: "+1 min" }).click();
    await row(page, id).locator('[data-status="reading"]').waitFor();
    await page.getByRole("button", { name: `Recall batch ${id}` }).click();
    await page.locator("#status", { hasText: `Recall of ${id} done` }).waitFor();
    await bar(page, id, "recalled").waitFor();
    expect(await bar(page, id, "recalled").getAttribute("value")).toBe("0");
    await api("POST", "/__mock/clock", { advance_ms: 2000 }); // 2 s of the 5 s a recall takes
    await row(page, id).locator('progress[aria-label^="recalled: 7 of 18"]').waitFor();
    expect((await progress(id)).data.batch_message_recall_progress).toEqual({ recall: true, recall_count: 7 });
    await page.getByRole("button", { name: "+1 min" }).click();
    await row(page, id).locator('progress[aria-label^="recalled: 18 of 18"]').waitFor();
    expect(await row(page, id).locator("[data-status]").getAttribute("data-status")).toBe("recalled");
    await page.close();
  });

  it("sends a test batch through batch_send and details it, by keyboard", async () => {
    const page = await openDashboard();
    await page.fill("#send-text", "Quarterly numbers");
    await page.check("#send-dept-support");
    await page.uncheck("#send-dept-sales");
    await page.focus("#send-submit");
    await page.keyboard.press("Enter");
    await page.locator("#status", { hasText: "Test batch done: POST /open-apis/message/v4/batch_send/" }).waitFor();
    const id = (await api("GET", "/__mock/batches?limit=1")).items[0].batch_message_id as string;
    await row(page, id).waitFor();
    await page.focus(`#detail-${id}`);
    await page.keyboard.press("Enter");
    await page.locator("#record-title", { hasText: id }).waitFor();
    expect(await page.evaluate("document.activeElement.id")).toBe("record-title");
    await expect(page.locator("#part-detail pre").textContent()).resolves.toBe('{\n "text": "Quarterly numbers"\n}');
    await expect(page.locator("#part-detail dd", { hasText: "support" }).count()).resolves.toBe(1);
    await page.screenshot({ path: "reports/dashboard-detail.png", fullPage: true });
    await page.close();
  });

  it("pages a message's read receipts as read_users pages them", async () => {
    const sender = await feishuToken();
    const chat = (await api("GET", "/__mock/directory?limit=0")).chats.find((c: any) => c.name === "Engineering all-hands");
    const sent = await api("POST", "/open-apis/im/v1/messages?receive_id_type=chat_id", { receive_id: chat.chat_id, msg_type: "text", content: '{"text":"hi"}' }, sender);
    const id = sent.data.message_id as string;
    await api("POST", "/__mock/clock", { advance_ms: 3_600_000 });
    const reader = await feishuToken(); // the sender's may have expired meanwhile
    const vendorPage = async (pageToken?: string) =>
      (await api("GET", `/open-apis/im/v1/messages/${id}/read_users?user_id_type=open_id&page_size=20${pageToken ? `&page_token=${pageToken}` : ""}`, undefined, reader)).data;
    const shown = async () => page.locator("#part-detail tbody tr td:first-child code").allTextContents();
    const page = await openDashboard();
    await page.getByRole("button", { name: `Details of message ${id}` }).click();
    await page.locator("#record-title", { hasText: id }).waitFor();
    const first = await vendorPage();
    expect(first.has_more).toBe(true);
    expect(await shown()).toEqual(first.items.map((i: any) => i.user_id));
    await page.getByRole("button", { name: "Next page" }).click();
    const second = await vendorPage(first.page_token);
    await page.locator("#part-detail tbody tr code", { hasText: second.items[0].user_id }).waitFor();
    expect(await shown()).toEqual(second.items.map((i: any) => i.user_id));
    await page.close();
  });

  it("lists requests as they come, filtered by operation and status", async () => {
    const page = await openDashboard();
    const id = await sendBatch();
    await api("GET", `/open-apis/im/v1/batch_messages/${id}/get_progress`, undefined, "t-not-a-token");
    const refused = page.locator("#part-requests tr", { hasText: `GET /open-apis/im/v1/batch_messages/${id}/get_progress` });
    await refused.first().waitFor();
    await expect(refused.first().locator("td.bad").allTextContents()).resolves.toEqual(["400", "99991663"]);
    await page.selectOption("#requests-operation", "getBatchMessageProgress");
    await page.fill("#requests-status", "400");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.locator("#part-requests tbody tr", { hasNotText: "get_progress" }).first().waitFor({ state: "detached" });
    const shown = await page.locator("#part-requests tbody tr td:nth-child(4)").allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(["400"]));
    const journal = await api("GET", "/__mock/requests?operation=getBatchMessageProgress&status=400&limit=50");
    expect(shown).toHaveLength(journal.requests.length);
    await page.close();
  });

  it("asked nothing of another origin, and broke no content-security rule", async () => {
    const origin = new URL(server.url).origin;
    expect(requested.length).toBeGreaterThan(10);
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(violations).toEqual([]);
    expect(server.mock.selfCheckFailures).toEqual([]);
  });
});

describe("the dashboard with a control token", () => {
  let guarded: MockServer;
  afterAll(async () => guarded?.close());

  it("opens with ?token=, drops it from the address bar, and sends it on every call", async () => {
    guarded = await startMockServer({ port: 0, config: { control: { token: "dashboard-test-token" }, time: { start: START, frozen: true } } });
    const page = await browser.context.newPage();
    const refused = await page.goto(`${guarded.url}/__mock/ui`);
    expect(refused?.status()).toBe(401);
    await page.goto(`${guarded.url}/__mock/ui?token=dashboard-test-token`);
    await page.locator("#live-state", { hasText: "on" }).waitFor();
    expect(new URL(page.url()).search).toBe("");
    const before = guarded.clock.now();
    await page.getByRole("button", { name: "+1 day" }).click();
    await page.locator("#clock-now", { hasText: new Date(before + 86_400_000).toISOString().slice(0, 10) }).waitFor();
    expect(guarded.clock.now()).toBe(before + 86_400_000);
    await page.close();
  });
});
