// The CLI's habits, as a user meets them: --version, a taken port, an unknown flag (error last, "did you mean"),
// .json configs read as JSON, what the banner says about --dev and a control API that is off, --log-format.
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, startCli } from "./helpers/cli-process.js";

const version = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
const tokenRequest = (url: string) =>
  fetch(`${url}/open-apis/auth/v3/tenant_access_token/internal`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ app_id: "cli_9f0a1b2c3d4e5f60", app_secret: "mock-feishu-secret" }),
  });

describe("CLI habits", () => {
  it("prints its version", async () => {
    for (const flag of ["--version", "-v"]) expect(await runCli([flag])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it("prints an unknown flag's error last, with what was meant", async () => {
    const { code, stderr } = await runCli(["--prot", "4000"]);
    expect(code).toBe(2);
    expect(stderr.trimEnd().split("\n").at(-1)).toBe("feishu-dingtalk-mock: Unknown option '--prot' (did you mean --port?)");
    expect(stderr).toContain("Usage: feishu-dingtalk-mock");
    expect((await runCli(["--log-format", "xml"])).stderr).toContain("--log-format must be pretty or json");
  });

  it("says a port is taken and suggests --port 0", async () => {
    const running = await startCli(["--port", "0"]);
    try {
      const port = new URL(running.url).port;
      const { code, stderr } = await runCli(["--port", port]);
      expect(code).toBe(2);
      expect(stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(stderr).toContain("--port 0 for a free one");
    } finally {
      await running.stop();
    }
  });

  it("reads a .json config as JSON, explaining errors in JSON terms", async () => {
    const file = join(tmpdir(), `mock-config-${process.pid}.json`);
    writeFileSync(file, "seed: 7\n"); // YAML, which a YAML reader would take
    const { code, stderr } = await runCli(["--config", file, "--port", "0"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/mock-config-\d+\.json is not valid JSON: (at position \d+|a syntax error)/);
  });

  it("says in the banner whether --dev is on and how to turn a control API that is off on", async () => {
    const dev = await startCli(["--port", "0", "--dev", "--no-control"]);
    try {
      expect(dev.output()).toMatch(/Self-check\s+on \(--dev\)/);
      expect(dev.output()).toMatch(/Control API\s+off\s+\(turn it on with --control; off loopback also --control-token <t>\)/);
    } finally {
      await dev.stop();
    }
  });

  it("logs pretty lines with --log-format pretty, 'not modelled' where nothing answers", async () => {
    const cli = await startCli(["--port", "0", "--log-format", "pretty"]);
    try {
      expect((await tokenRequest(cli.url)).status).toBe(200);
      expect((await fetch(`${cli.url}/open-apis/contact/v3/users/ou_1`)).status).toBe(404);
      await expect.poll(() => cli.output()).toContain("GET /open-apis/contact/v3/users/ou_1 404 not modelled");
      const line = cli.output().split("\n").find((l) => l.includes("/tenant_access_token/internal"))!;
      expect(line).toMatch(/INFO.*POST \/open-apis\/auth\/v3\/tenant_access_token\/internal 200 code=0 [\d.]+ms/);
      expect(() => JSON.parse(line)).toThrow();
    } finally {
      await cli.stop();
    }
  });
});
