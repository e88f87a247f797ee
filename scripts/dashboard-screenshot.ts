// `npx tsx scripts/dashboard-screenshot.ts [out.png]`: the README's picture of the dashboard (docs/dashboard.png).
// A mock on a port with a frozen clock and a little history made through the API — a batch to 100,000 people
// mid-delivery, one done, one being recalled, a message read in a chat, a DingTalk task, a fault rule — then the
// page in headless Chromium with one batch's details open.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { launchBrowser } from "../test/helpers/browser.js";
import { startMockServer } from "../mock-server/index.js";

const out = process.argv[2] ?? "docs/dashboard.png";
const server = await startMockServer({ port: 0, config: { time: { start: "2026-06-01T09:00:00Z", frozen: true } } });
const call = async (method: string, path: string, body?: unknown, token?: string): Promise<any> =>
  (
    await fetch(`${server.url}${path}`, {
      method,
      headers: { "content-type": "application/json", ...(token && { authorization: `Bearer ${token}` }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    })
  ).json();
const advance = (ms: number) => call("POST", "/__mock/clock", { advance_ms: ms });
const token = async () =>
  (await call("POST", "/open-apis/auth/v3/tenant_access_token/internal", { app_id: "cli_9f0a1b2c3d4e5f60", app_secret: "mock-feishu-secret" })).tenant_access_token;
const batch = async (text: string, department_ids: string[]) =>
  (await call("POST", "/open-apis/message/v4/batch_send/", { msg_type: "text", content: { text }, department_ids }, await token())).data.message_id as string;

try {
  await batch("Sprint review moved to 3 pm", ["sales"]);
  await advance(20 * 60_000);
  const product = await batch("Draft: offsite agenda", ["product"]);
  const chat = (await call("GET", "/__mock/directory?limit=0")).chats.find((c: { name: string }) => c.name === "Product team");
  await call("POST", "/open-apis/im/v1/messages?receive_id_type=chat_id", { receive_id: chat.chat_id, msg_type: "text", content: '{"text":"Standup in 5"}' }, await token());
  const ding = (await call("GET", "/gettoken?appkey=dingmockappkey000001&appsecret=mock-dingtalk-secret")).access_token;
  await call("POST", `/topapi/message/corpconversation/asyncsend_v2?access_token=${ding}`, {
    agent_id: 1000000001,
    dept_id_list: "100001",
    msg: { msgtype: "text", text: { content: "Daily report" } },
  });
  await advance(60_000);
  await call("POST", `/__mock/batches/${product}/recall`);
  await advance(2_000);
  const everyone = await batch("Company all-hands: Friday 10:00", ["engineering"]);
  await advance(20_000);
  await call("POST", "/__mock/faults", { operation: "getBatchMessageProgress", error_code: 230027, count: 3 });
  await call("GET", `/open-apis/im/v1/batch_messages/${everyone}/get_progress`, undefined, await token());

  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 1500 });
    await page.goto(`${server.url}/__mock/ui`);
    await page.locator("#live-state", { hasText: "on" }).waitFor();
    await page.getByRole("button", { name: `Details of batch ${everyone}` }).click();
    await page.locator("#record-title", { hasText: everyone }).waitFor();
    await page.evaluate("document.activeElement.blur(); window.scrollTo(0, 0)");
    mkdirSync(dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    process.stdout.write(`wrote ${out}\n`);
  } finally {
    await browser.close();
  }
} finally {
  await server.close();
}
