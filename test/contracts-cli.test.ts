// `npm run contracts -- --target live` without credentials: one line per vendor naming what is missing, every
// contract skipped with its reason, reports written, exit 0.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CONTRACTS } from "../contracts/index.js";

const root = fileURLToPath(new URL("../", import.meta.url));

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/contracts.ts", ...args], { cwd: root, env });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

describe("npm run contracts", () => {
  it("skips the live target cleanly without credentials, naming the missing variables", async () => {
    const reports = mkdtempSync(join(tmpdir(), "contracts-"));
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(FEISHU|DINGTALK|CONTRACT)_/.test(k)));
    const { code, out } = await run(["--target", "live", "--reports", reports], env);
    expect(code, out).toBe(0);
    expect(out).toContain("live: Feishu contracts skipped — set FEISHU_APP_ID, FEISHU_APP_SECRET, FEISHU_TEST_OPEN_IDS, FEISHU_TEST_CHAT_ID to run them");
    expect(out).toContain("live: DingTalk contracts skipped — set DINGTALK_APP_KEY, DINGTALK_APP_SECRET, DINGTALK_AGENT_ID, DINGTALK_TEST_USER_IDS to run them");
    const junit = readFileSync(join(reports, "contracts.xml"), "utf8");
    expect(junit).toMatch(/failures="0"/);
    expect(junit).toMatch(new RegExp(`skipped="${CONTRACTS.length}"`));
    const summary = JSON.parse(readFileSync(join(reports, "contracts-summary.json"), "utf8"));
    expect(summary.endpoints.every((e: { passed: number; failed: number }) => e.passed === 0 && e.failed === 0)).toBe(true);
    expect(existsSync(join(reports, "contracts-summary.txt"))).toBe(true);
  });

  it("refuses an unknown target with usage (exit 2)", async () => {
    const { code, out } = await run(["--target", "staging"], process.env);
    expect(code).toBe(2);
    expect(out).toContain("--target must be in-process, live or a URL");
  });
});
