// The dashboard's buttons and forms in a real headless Chromium: each acts through the control API (faults, the
// test batch, apps, the directory, the clock), by mouse or keyboard, and the page opens with a control token.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../mock-server/index.js";
import { dashboardSession, expectSameOriginOnly, type DashboardSession } from "./helpers/dashboard-session.js";
import { START } from "./helpers/mock-harness.js";

let s: DashboardSession;
beforeAll(async () => {
  s = await dashboardSession();
});
afterAll(async () => s?.close());

const row = (page: Page, id: string) => page.locator(`tr[data-id="${id}"]`);

describe("the dashboard in Chromium: acting through the control API", () => {
  it("adds a fault rule from the form, and the next API call answers that code", async () => {
    const page = await s.openDashboard();
    const id = await s.sendBatch();
    await page.selectOption("#fault-operation", "getBatchMessageProgress");
    await page.selectOption("#fault-code", "230027");
    await page.getByRole("button", { name: "Add fault rule" }).click();
    await page.locator("#part-faults tr", { hasText: "getBatchMessageProgress" }).waitFor();
    expect((await s.progress(id)).code).toBe(230027);
    await page.locator("#faults-empty").waitFor(); // used up: the list follows the request that took it
    expect((await s.progress(id)).code).toBe(0);
    // An HTTP 5xx for two requests, then removed from the list before the second.
    await page.check("#fault-kind-http");
    await page.selectOption("#fault-http", "503");
    await page.fill("#fault-count", "2");
    await page.getByRole("button", { name: "Add fault rule" }).click();
    await page.locator("#part-faults tr", { hasText: "HTTP 503" }).waitFor();
    const gateway = await fetch(`${s.server.url}/open-apis/im/v1/batch_messages/${id}/get_progress`, { headers: { authorization: `Bearer ${await s.feishuToken()}` } });
    expect(gateway.status).toBe(503);
    await page.locator("#part-faults tr", { hasText: "1 of 2" }).waitFor();
    await page.locator("#part-faults button", { hasText: "Remove" }).click();
    await page.locator("#faults-empty").waitFor();
    expect((await s.progress(id)).code).toBe(0);
    await page.close();
  });

  it("edits an app, pages the directory, and sets the clock's scale and freeze", async () => {
    const page = await s.openDashboard();
    const bot = page.locator("#app-cli_9f0a1b2c3d4e5f60-bot");
    await bot.uncheck();
    await page.getByRole("button", { name: "Save cli_9f0a1b2c3d4e5f60" }).click();
    await page.locator("#status", { hasText: "App cli_9f0a1b2c3d4e5f60 saved" }).waitFor();
    const refused = await s.api("POST", "/open-apis/message/v4/batch_send/", { msg_type: "text", content: { text: "x" }, department_ids: ["sales"] }, await s.feishuToken());
    expect(refused.code).toBe(11205); // no bot ability
    await page.locator("#app-cli_9f0a1b2c3d4e5f60-bot").check();
    await page.getByRole("button", { name: "Save cli_9f0a1b2c3d4e5f60" }).click();
    await expect.poll(async () => (await s.api("GET", "/__mock/apps")).feishu[0].bot).toBe(true);

    await page.locator("#directory-next").click();
    const second = (await s.api("GET", "/__mock/directory?offset=20&limit=20")).users.items;
    await page.locator("#part-directory tbody tr", { hasText: second[0].open_id }).waitFor();
    await expect(page.locator("#part-directory .pager-text").textContent()).resolves.toMatch(/^21–40 of /);

    await page.fill("#clock-scale", "60");
    await page.getByRole("button", { name: "Set scale" }).click();
    await expect.poll(() => s.server.clock.scale).toBe(60);
    await page.getByRole("button", { name: "Resume" }).click();
    await expect.poll(() => s.server.clock.frozen).toBe(false);
    await page.locator("#clock-freeze", { hasText: "Freeze" }).click();
    await expect.poll(() => s.server.clock.frozen).toBe(true);
    await s.api("POST", "/__mock/clock", { scale: 1 });
    await page.close();
  });

  it("sends a test batch through batch_send and details it, by keyboard", async () => {
    const page = await s.openDashboard();
    await page.fill("#send-text", "Quarterly numbers");
    await page.check("#send-dept-support");
    await page.uncheck("#send-dept-sales");
    await page.focus("#send-submit");
    await page.keyboard.press("Enter");
    await page.locator("#status", { hasText: "Test batch done: POST /open-apis/message/v4/batch_send/" }).waitFor();
    const id = (await s.api("GET", "/__mock/batches?limit=1")).items[0].batch_message_id as string;
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

  it("asked nothing of another origin, and broke no content-security rule", () => {
    expectSameOriginOnly(s);
  });
});

describe("the dashboard with a control token", () => {
  let guarded: MockServer;
  afterAll(async () => guarded?.close());

  it("opens with ?token=, drops it from the address bar, and sends it on every call", async () => {
    guarded = await startMockServer({ port: 0, config: { control: { token: "dashboard-test-token" }, time: { start: START, frozen: true } } });
    const page = await s.browser.context.newPage();
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
