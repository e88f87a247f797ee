// `npm run bench:dashboard`: what the dashboard weighs and how it behaves with 100,000 stored batches. Starts the
// built mock as a child process (running clock, scale 1), fills it with batches through batch_send (autocannon),
// then drives the page in headless Chromium: first load, paging to the last page, "+1 h", the per-second live
// refresh, and batches arriving at full speed while the page is open. Prints a table, writes
// reports/dashboard-bench.json and reports/dashboard-100k.png. Needs dist/ (npm run build). Not part of npm test.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { launchBrowser } from "../test/helpers/browser.js";
import { batchSend, feishuToken } from "./bench/fixtures.js";
import { ok, sequential } from "./bench/http.js";
import { load, median } from "./bench/load.js";
import { CLI, cpuSeconds, startMock } from "./bench/processes.js";

const { values } = parseArgs({ options: { batches: { type: "string" }, help: { type: "boolean", short: "h" } } });
if (values.help) {
  process.stdout.write("Usage: npm run bench:dashboard [-- --batches <n>]   (default 100000)\n");
  process.exit(0);
}
if (!existsSync(CLI)) {
  process.stderr.write(`bench:dashboard: ${CLI} is missing; run npm run build first\n`);
  process.exit(2);
}
const BATCHES = Number(values.batches ?? 100_000);
const log = (line: string) => process.stderr.write(`${line}\n`);
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const kb = (bytes: number) => round(bytes / 1024);

async function pageBytes(url: string): Promise<number> {
  const response = await fetch(`${url}/__mock/ui`);
  return new TextEncoder().encode(await response.text()).length;
}

/** Long tasks (main-thread work over 50 ms) the page has had since it was opened. */
const longTasks = (page: Page) => page.evaluate("window.longTasks.slice()") as Promise<number[]>;

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return round(performance.now() - started, 0);
}

const mock = await startMock("dashboard", {
  feishu: { rate_limit: { enabled: false }, daily_batch_limit: 1_000_000_000 },
  time: { start: "2026-06-01T09:00:00Z" },
});
const browser = await launchBrowser();
try {
  const emptyBytes = await pageBytes(mock.url);
  const token = await feishuToken(mock.url);
  log(`filling the mock with ${BATCHES.toLocaleString("en")} batches through batch_send…`);
  const fill = await load(mock.url, [batchSend(token, { department_ids: ["sales"] })], { connections: 50, amount: BATCHES });
  if (fill.failed > 0) throw new Error(`${fill.failed} batch sends failed`);
  const stored = (await ok(mock.url, { path: "/__mock/batches?limit=0" })).json.total as number;
  const fullBytes = await pageBytes(mock.url);
  const api = {
    first: median(await sequential(mock.url, { path: "/__mock/batches?offset=0&limit=15" }, 200)),
    last: median(await sequential(mock.url, { path: `/__mock/batches?offset=${stored - 15}&limit=15` }, 200)),
    fragment: median(await sequential(mock.url, { path: `/__mock/ui/fragments/batches?offset=${stored - 15}` }, 200)),
  };

  const page = await browser.context.newPage();
  // (Page code is given as text: this project's TypeScript has no DOM library.)
  await page.addInitScript(`window.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.longTasks.push(e.duration))).observe({ type: "longtask", buffered: true });`);
  const openMs = await timed(async () => {
    await page.goto(`${mock.url}/__mock/ui`);
    await page.locator("#live-state", { hasText: "on" }).waitFor();
  });
  const nav = (await page.evaluate(`(() => {
    const n = performance.getEntriesByType("navigation")[0];
    return { transfer: n.transferSize, decoded: n.decodedBodySize, domContentLoaded: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd) };
  })()`)) as { transfer: number; decoded: number; domContentLoaded: number; load: number };
  const lastPageMs = await timed(async () => {
    await page.locator("#batches-last").click();
    await page.locator("#part-batches .pager-text", { hasText: `of ${stored.toLocaleString("en")}` }).first().waitFor();
    await page.locator("#batches-last[disabled]").waitFor();
  });
  const hourMs = await timed(async () => {
    await page.locator("#batches-first").click();
    await page.locator("#batches-first[disabled]").waitFor();
    await page.getByRole("button", { name: "+1 h" }).click();
    await page.locator('#part-batches tbody tr:first-child [data-status="done"]').waitFor();
  });
  // Ten seconds of an open page on a running clock: a re-render of the moving parts every second.
  const cpuBefore = cpuSeconds(mock.pid);
  const rssIdle = mock.rssMb();
  await page.waitForTimeout(10_000);
  const idleCpu = round(((cpuSeconds(mock.pid) - cpuBefore) / 10) * 100);
  const idleLong = await longTasks(page);
  // Batches at full speed while the page is open: the page coalesces the events; does it stay responsive?
  const during = load(mock.url, [batchSend(token, { department_ids: ["sales"] })], { connections: 20, duration: 5 });
  await page.waitForTimeout(1000);
  const clickDuringLoadMs = await timed(async () => {
    const before = await page.locator("#clock-now").getAttribute("datetime");
    await page.getByRole("button", { name: "+1 day" }).click();
    await page.locator("#clock-now").filter({ hasNotText: before!.slice(0, 10) }).waitFor();
  });
  const underLoad = await during;
  const loadLong = await longTasks(page);
  const dom = (await page.evaluate(`({ nodes: document.getElementsByTagName("*").length, rows: document.querySelectorAll("#part-batches tbody tr").length })`)) as { nodes: number; rows: number };
  mkdirSync("reports", { recursive: true });
  await page.screenshot({ path: "reports/dashboard-100k.png", fullPage: false });

  const figures = {
    batches_stored: stored,
    page_bytes_empty: emptyBytes,
    page_bytes_with_batches: fullBytes,
    navigation: nav,
    control_batches_first_page_ms: round(api.first, 3),
    control_batches_last_page_ms: round(api.last, 3),
    fragment_batches_last_page_ms: round(api.fragment, 3),
    browser_open_to_live_ms: openMs,
    browser_last_page_ms: lastPageMs,
    browser_plus_one_hour_to_done_ms: hourMs,
    mock_cpu_percent_page_open_idle: idleCpu,
    mock_rss_mb: round(rssIdle),
    long_tasks_idle: idleLong.length,
    long_tasks_max_ms: round(Math.max(0, ...loadLong), 0),
    sends_per_second_page_open: round(underLoad.rps, 0),
    click_to_clock_update_under_load_ms: clickDuringLoadMs,
    dom_nodes: dom.nodes,
    batch_rows_rendered: dom.rows,
  };
  writeFileSync("reports/dashboard-bench.json", `${JSON.stringify(figures, null, 2)}\n`);
  const rows: [string, string][] = [
    ["first load (GET /__mock/ui), uncompressed", `${kb(emptyBytes)} KB empty; ${kb(fullBytes)} KB with ${stored.toLocaleString("en")} batches (one document: HTML, CSS, script)`],
    ["GET /__mock/batches, page 1 / last page (15 rows)", `${figures.control_batches_first_page_ms} ms / ${figures.control_batches_last_page_ms} ms median`],
    ["the batches fragment, last page", `${figures.fragment_batches_last_page_ms} ms median`],
    ["browser: open → live; Last page; +1 h → done", `${openMs} ms; ${lastPageMs} ms; ${hourMs} ms`],
    ["page open 10 s, clock running", `mock CPU ${idleCpu}%, RSS ${figures.mock_rss_mb} MB, ${idleLong.length} long tasks`],
    ["batches arriving while open", `${figures.sends_per_second_page_open}/s; "+1 day" shown in ${clickDuringLoadMs} ms; longest task ${figures.long_tasks_max_ms} ms`],
    ["DOM", `${dom.nodes} elements, ${dom.rows} batch rows`],
  ];
  process.stdout.write(`\n| with ${stored.toLocaleString("en")} stored batches | figure |\n|---|---|\n${rows.map(([a, b]) => `| ${a} | ${b} |`).join("\n")}\n`);
} finally {
  await browser.close();
  await mock.stop();
}
