// The dashboard in a real headless Chromium against a mock on a port, showing what the API does as it happens:
// batches appear and move without a reload, recalls, read receipts, the request list; nothing from another origin.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dashboardSession, expectSameOriginOnly, type DashboardSession } from "./helpers/dashboard-session.js";

let s: DashboardSession;
beforeAll(async () => {
  s = await dashboardSession();
});
afterAll(async () => s?.close());

const row = (page: Page, id: string) => page.locator(`tr[data-id="${id}"]`);
const bar = (page: Page, id: string, label: string) => row(page, id).locator(`progress[aria-label^="${label}:"]`);

describe("the dashboard in Chromium: live", () => {
  it("opens, with every control labelled and the skip link first in the tab order", async () => {
    const page = await s.openDashboard();
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
    const page = await s.openDashboard();
    await page.evaluate("window.sameDocument = true");
    const id = await s.sendBatch();
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

  it("recalls a batch from the page, and shows recall_count rising", async () => {
    const page = await s.openDashboard();
    const id = await s.sendBatch();
    await page.getByRole("button", { name: "+1 min" }).click();
    await row(page, id).locator('[data-status="reading"]').waitFor();
    await page.getByRole("button", { name: `Recall batch ${id}` }).click();
    await page.locator("#status", { hasText: `Recall of ${id} done` }).waitFor();
    await bar(page, id, "recalled").waitFor();
    expect(await bar(page, id, "recalled").getAttribute("value")).toBe("0");
    await s.api("POST", "/__mock/clock", { advance_ms: 2000 }); // 2 s of the 5 s a recall takes
    await row(page, id).locator('progress[aria-label^="recalled: 7 of 18"]').waitFor();
    expect((await s.progress(id)).data.batch_message_recall_progress).toEqual({ recall: true, recall_count: 7 });
    await page.getByRole("button", { name: "+1 min" }).click();
    await row(page, id).locator('progress[aria-label^="recalled: 18 of 18"]').waitFor();
    expect(await row(page, id).locator("[data-status]").getAttribute("data-status")).toBe("recalled");
    await page.close();
  });

  it("pages a message's read receipts as read_users pages them", async () => {
    const sender = await s.feishuToken();
    const chat = (await s.api("GET", "/__mock/directory?limit=0")).chats.find((c: any) => c.name === "Engineering all-hands");
    const sent = await s.api("POST", "/open-apis/im/v1/messages?receive_id_type=chat_id", { receive_id: chat.chat_id, msg_type: "text", content: '{"text":"hi"}' }, sender);
    const id = sent.data.message_id as string;
    await s.api("POST", "/__mock/clock", { advance_ms: 3_600_000 });
    const reader = await s.feishuToken(); // the sender's may have expired meanwhile
    const vendorPage = async (pageToken?: string) =>
      (await s.api("GET", `/open-apis/im/v1/messages/${id}/read_users?user_id_type=open_id&page_size=20${pageToken ? `&page_token=${pageToken}` : ""}`, undefined, reader)).data;
    const shown = async () => page.locator("#part-detail tbody tr td:first-child code").allTextContents();
    const page = await s.openDashboard();
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
    const page = await s.openDashboard();
    const id = await s.sendBatch();
    await s.api("GET", `/open-apis/im/v1/batch_messages/${id}/get_progress`, undefined, "t-not-a-token");
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
    const journal = await s.api("GET", "/__mock/requests?operation=getBatchMessageProgress&status=400&limit=50");
    expect(shown).toHaveLength(journal.requests.length);
    await page.close();
  });

  it("asked nothing of another origin, and broke no content-security rule", () => {
    expectSameOriginOnly(s);
  });
});
