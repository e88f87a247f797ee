// `--report-every <s>`: a long-running proxy (a staging one, say) writes its reports on a timer too, not only at
// exit. The interval is real time by design (there is no mock clock in front of real vendors), so this waits for the
// file to appear, a second at most.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCli, type CliProcess } from "./helpers/cli-process.js";

const PROXY_BANNER = /Proxy URL\s+(http:\/\/\S+)/;
const reports = mkdtempSync(join(tmpdir(), "proxy-every-"));
let mock: CliProcess;
let proxy: CliProcess;

beforeAll(async () => {
  mock = await startCli(["--port", "0"]);
  proxy = await startCli(["proxy", "--port", "0", "--feishu-upstream", mock.url, "--dingtalk-upstream", mock.url, "--reports", reports, "--report-every", "1"], {}, PROXY_BANNER);
}, 30_000);

afterAll(async () => {
  await proxy?.stop("SIGKILL");
  await mock?.stop("SIGKILL");
});

describe("--report-every", () => {
  it("writes the reports while the proxy runs, with the exchanges so far", async () => {
    const answer = await fetch(`${proxy.url}/gettoken?appkey=dingmockappkey000001&appsecret=mock-dingtalk-secret`);
    expect(answer.status).toBe(200);
    await expect.poll(() => existsSync(join(reports, "proxy.json")), { timeout: 5000, interval: 50 }).toBe(true);
    await expect
      .poll(() => JSON.parse(readFileSync(join(reports, "proxy.json"), "utf8")).operations.find((o: { operationId: string }) => o.operationId === "getAccessToken")?.exchanges, {
        timeout: 5000,
        interval: 50,
      })
      .toBe(1);
    expect(existsSync(join(reports, "proxy.xml"))).toBe(true);
    expect(proxy.child.exitCode).toBeNull(); // still running: written on the timer, not at exit
  });
});
