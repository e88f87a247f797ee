// The contract runner as CI meets it: `npm run contracts` and the installed bin (from dist/, no tsx). Live without
// credentials skips with the reasons (in the JUnit file too), unless the vendor is required; a target nobody
// answers on fails every contract, in the JSON summary and the JUnit file.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { CONTRACTS } from "../contracts/index.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(FEISHU|DINGTALK|CONTRACTS?)_/.test(k)));

function run(command: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, command, { cwd: root, env });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => resolve({ code, out }));
  });
}
const npmRun = (args: string[], env: NodeJS.ProcessEnv = cleanEnv) => run(["--import", "tsx", "scripts/contracts.ts", ...args], env);
const bin = (args: string[], env: NodeJS.ProcessEnv = cleanEnv) => run(["dist/contracts/bin.js", ...args], env);

interface JunitCase {
  "@_classname": string;
  "@_name": string;
  skipped?: { "@_message": string };
  failure?: { "@_message": string };
}

function readReports(dir: string) {
  const junit = readFileSync(join(dir, "contracts.xml"), "utf8");
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "testsuite" || name === "testcase" }).parse(junit);
  const cases: JunitCase[] = parsed.testsuites.testsuite.flatMap((s: { testcase: JunitCase[] }) => s.testcase);
  const summary = JSON.parse(readFileSync(join(dir, "contracts-summary.json"), "utf8"));
  return { junit, totals: parsed.testsuites, cases, summary };
}

describe("npm run contracts", () => {
  it("skips the live target cleanly without credentials, naming the missing variables, in the JUnit file too", async () => {
    const reports = mkdtempSync(join(tmpdir(), "contracts-"));
    const { code, out } = await npmRun(["--target", "live", "--reports", reports]);
    expect(code, out).toBe(0);
    expect(out).toContain("live: Feishu contracts skipped — set FEISHU_APP_ID, FEISHU_APP_SECRET, FEISHU_TEST_OPEN_IDS, FEISHU_TEST_CHAT_ID to run them");
    expect(out).toContain("live: DingTalk contracts skipped — set DINGTALK_APP_KEY, DINGTALK_APP_SECRET, DINGTALK_AGENT_ID, DINGTALK_TEST_USER_IDS to run them");
    const { totals, cases, summary } = readReports(reports);
    expect([totals["@_failures"], totals["@_skipped"], totals["@_tests"]]).toEqual(["0", String(CONTRACTS.length), String(CONTRACTS.length)]);
    const progress = cases.find((c) => c["@_name"].startsWith("[feishu get_progress]"))!;
    expect(progress["@_classname"]).toBe("feishu get_progress");
    expect(progress.skipped?.["@_message"]).toMatch(/^no Feishu credentials \(needs FEISHU_APP_ID/);
    expect(cases.every((c) => c.skipped?.["@_message"])).toBe(true);
    expect(summary.endpoints.every((e: { passed: number; failed: number }) => e.passed === 0 && e.failed === 0)).toBe(true);
    expect(existsSync(join(reports, "contracts-summary.txt"))).toBe(true);
  });

  it("fails a required vendor's contracts when its credentials are missing (CONTRACTS_REQUIRE or --require)", async () => {
    const reports = mkdtempSync(join(tmpdir(), "contracts-"));
    const { code, out } = await npmRun(["--target", "live", "--reports", reports], { ...cleanEnv, CONTRACTS_REQUIRE: "dingtalk" });
    expect(code, out).toBe(1);
    expect(out).toContain("live: DingTalk is required but DINGTALK_APP_KEY, DINGTALK_APP_SECRET, DINGTALK_AGENT_ID, DINGTALK_TEST_USER_IDS are not set");
    const { cases, summary } = readReports(reports);
    const dingtalk = cases.filter((c) => c["@_classname"].startsWith("dingtalk"));
    // Those that need a mock's clock or control API stay skipped: no live target could run them.
    const liveRunnable = CONTRACTS.filter((c) => c.endpoint.startsWith("dingtalk") && !c.needs.includes("clock") && !c.needs.includes("control")).length;
    expect(dingtalk.filter((c) => c.failure).length).toBe(liveRunnable);
    expect(dingtalk.find((c) => c.failure)!.failure!["@_message"]).toMatch(/DingTalk is required .* set DINGTALK_APP_KEY/);
    expect(cases.filter((c) => c["@_classname"].startsWith("feishu")).every((c) => c.skipped)).toBe(true);
    expect(summary.failures.length).toBe(liveRunnable);
  });

  it("refuses an unknown target or vendor with usage (exit 2)", async () => {
    const unknown = await npmRun(["--target", "staging"]);
    expect(unknown.code).toBe(2);
    expect(unknown.out).toContain("--target must be in-process, live, a URL or recording:<file>");
    const vendor = await npmRun(["--target", "live", "--require", "slack"]);
    expect([vendor.code, vendor.out.trim()]).toEqual([2, "npm run contracts --: unknown vendor slack to require (feishu, dingtalk)"]);
  });
});

describe("the feishu-dingtalk-contracts bin (dist/, no tsx)", () => {
  it("writes an unreachable target's failures to the JSON summary and the JUnit file", async () => {
    const reports = mkdtempSync(join(tmpdir(), "contracts-"));
    const { code, out } = await bin(["--target", "http://127.0.0.1:9", "--reports", reports]);
    expect(code, out).toBe(1);
    const { totals, cases, summary } = readReports(reports);
    expect([totals["@_failures"], totals["@_skipped"]]).toEqual([String(CONTRACTS.length), "0"]);
    expect(cases[0]!.failure!["@_message"]).toMatch(/^the target is unavailable: cannot reach http:\/\/127\.0\.0\.1:9/);
    expect(summary.failures).toHaveLength(CONTRACTS.length);
    expect((await bin(["--target", "in-process"])).code).toBe(2); // in-process is this repository's npm run contracts
  });
});
