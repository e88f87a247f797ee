// The command line, as a user runs it: help, refusals, the banner, a request, the log, memory, and stopping.
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { CLI, runCli, startCli } from "./helpers/cli-process.js";

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;

describe("feishu-dingtalk-mock CLI", () => {
  it("prints its options with --help", async () => {
    const { code, stdout } = await runCli(["--help"]);
    expect(code).toBe(0);
    for (const option of ["--port", "--host", "--config", "--seed", "--time-scale", "--quiet", "--no-rate-limit", "--control-token"]) {
      expect(stdout).toContain(option);
    }
  });

  it.each([
    [["--bogus"], /Unknown option/],
    [["--port", "eighty"], /--port must be an integer/],
    [["--time-scale", "0"], /--time-scale must be above 0/],
    [["--config", "/nonexistent/config.yaml"], /cannot read/],
    [["--host", "0.0.0.0", "--control", "--port", "0"], /needs a control token/],
    [["--port", "99999"], /--port must be from 0 to 65535/],
    [["--request-timeout-ms=-5"], /--request-timeout-ms must be from 1/],
    [["--fidelity", "exact"], /--fidelity must be live or documented/],
    [["--state-file", "/nonexistent-folder/state.json", "--port", "0"], /cannot write the state file/],
  ])("refuses %j clearly (exit 2)", async (args, message) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it.each([
    ["feishu:\n  recall_window_seconds: soon\n", /recall_window_seconds must be integer/],
    ["feishu:\n  recal_window_seconds: 60\n", /must NOT have additional properties \(recal_window_seconds\)/],
    ["error_messages: english\n", /must be equal to one of the allowed values \["documented","live"\]/],
    ["simulation:\n  read_ratio: [0.9, 0.5]\n", /read_ratio must be \[low, high\]/],
    ["feishu:\n  http_status_overrides: { '99991400': 200 }\n", /99991400 must be 429 or 400/],
    ["feishu: [unclosed\n", /is not valid YAML or JSON/],
  ])("refuses an invalid config file, naming the problem: %j", async (text, message) => {
    const file = join(tmpdir(), `mock-config-${process.pid}-${Math.random()}.yaml`);
    writeFileSync(file, text);
    const { code, stderr } = await runCli(["--config", file, "--port", "0"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it("starts from a YAML config, prints URLs and credentials, serves, logs, stays small and stops on SIGTERM", async () => {
    const file = join(tmpdir(), `mock-config-ok-${process.pid}.yaml`);
    writeFileSync(
      file,
      [
        "feishu:",
        "  apps:",
        "    - app_id: cli_a1b2c3d4e5f60718",
        "      app_secret: from-the-config",
        "time:",
        "  start: '2026-05-01T08:00:00Z'",
      ].join("\n"),
    );
    const cli = await startCli(["--port", "0", "--seed", "9", "--time-scale", "60", "--config", file]);
    try {
      const banner = cli.output();
      expect(banner).toContain("cli_a1b2c3d4e5f60718");
      // A configured secret is masked; the mock's own default credentials are shown, to be copied.
      expect(banner).not.toContain("from-the-config");
      expect(banner).toContain("app_secret from… (configured; masked)");
      expect(banner).toContain("appsecret mock-dingtalk-secret");
      expect(banner).toContain("dingmockappkey000001");
      expect(banner).toMatch(/DingTalk base URL\s+http:\/\/127\.0\.0\.1:\d+/);
      expect(banner).toContain(`${cli.url}/__mock`);
      expect(banner).toContain("×60");

      const token = await fetch(`${cli.url}/open-apis/auth/v3/tenant_access_token/internal`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ app_id: "cli_a1b2c3d4e5f60718", app_secret: "from-the-config" }),
      });
      const body = (await token.json()) as { code: number; tenant_access_token: string };
      expect(body.code).toBe(0);
      const clock = (await (await fetch(`${cli.url}/__mock/clock`)).json()) as { scale: number; iso: string };
      expect(clock.scale).toBe(60);
      expect(clock.iso >= "2026-05-01T08:00:00.000Z").toBe(true);

      // Idle memory, once it has served a request.
      expect(rssMb(cli.child.pid!)).toBeLessThanOrEqual(100);
      await expect.poll(() => cli.output()).toContain('"operationId":"createTenantAccessToken"');
      const line = cli.output().split("\n").find((l) => l.includes("createTenantAccessToken"))!;
      expect(JSON.parse(line)).toMatchObject({ method: "POST", status: 200, code: 0 });
      expect(cli.output()).not.toContain(body.tenant_access_token);
    } finally {
      expect(await cli.stop("SIGTERM")).toBe(0);
    }
    expect(cli.output()).toContain("SIGTERM: finishing in-flight requests");
  });

  it("takes PORT from the environment, and --quiet prints nothing", async () => {
    const probe = await startCli(["--port", "0"]);
    const freePort = Number(new URL(probe.url).port);
    await probe.stop();
    const cli = await startCli([], { PORT: String(freePort) }).catch((e: Error) => e);
    expect(cli).not.toBeInstanceOf(Error);
    if (cli instanceof Error) return;
    expect(cli.url).toBe(`http://127.0.0.1:${freePort}`);
    await cli.stop();
    expect(await quietRun(freePort)).toBe("");
  });

  it("follows the documents' reading with --fidelity documented, and says which profile runs", async () => {
    const cli = await startCli(["--port", "0", "--fidelity", "documented"]);
    try {
      expect(cli.output()).toMatch(/Fidelity +documented/);
      const answer = (await (
        await fetch(`${cli.url}/topapi/message/corpconversation/getsendprogress?access_token=bad`, { method: "POST", body: "{}" })
      ).json()) as { errcode: number };
      expect(answer.errcode).toBe(40014); // plain, not the live topapi's 88
    } finally {
      await cli.stop();
    }
  });

  it("applies no frequency limit with --no-rate-limit", async () => {
    const cli = await startCli(["--port", "0", "--no-rate-limit"]);
    try {
      const token = (await (
        await fetch(`${cli.url}/open-apis/auth/v3/tenant_access_token/internal`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ app_id: "cli_9f0a1b2c3d4e5f60", app_secret: "mock-feishu-secret" }),
        })
      ).json()) as { tenant_access_token: string };
      const statuses = await Promise.all(
        Array.from({ length: 80 }, () =>
          fetch(`${cli.url}/open-apis/im/v1/batch_messages/bm-${"0".repeat(32)}/get_progress`, {
            headers: { authorization: `Bearer ${token.tenant_access_token}` },
          }).then((r) => r.status),
        ),
      );
      expect(statuses.filter((s) => s === 429)).toEqual([]);
      expect(cli.output()).toContain("rate limits off");
    } finally {
      await cli.stop();
    }
  });
});

/**
 * Starts the CLI with --quiet on a known port, makes it answer a token request (which would be logged if it were not
 * quiet), stops it, and returns everything it printed.
 */
async function quietRun(port: number): Promise<string> {
  const child = spawn(process.execPath, [CLI, "--port", String(port), "--quiet"]);
  let printed = "";
  child.stdout.on("data", (d) => (printed += d));
  child.stderr.on("data", (d) => (printed += d));
  const exited = new Promise((r) => child.on("exit", r));
  const token = () =>
    fetch(`http://127.0.0.1:${port}/open-apis/auth/v3/tenant_access_token/internal`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ app_id: "cli_9f0a1b2c3d4e5f60", app_secret: "mock-feishu-secret" }),
    }).then((r) => r.status, () => 0);
  await expect.poll(token, { timeout: 5000 }).toBe(200);
  child.kill("SIGTERM");
  await exited;
  return printed;
}
