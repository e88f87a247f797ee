// The package as a user installs it: `npm pack`, then a fresh vitest project in a temporary folder that installs the
// tarball, runs the README's test file (startMockServer, waitForRequest, a stub and contractSuite) with vitest's
// default settings, and runs the installed `feishu-dingtalk-contracts` bin (from dist/, no tsx). Installs reuse the
// npm cache that `npm ci` filled (--prefer-offline).
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { CONTRACTS } from "../contracts/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../", import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; version: string; devDependencies: Record<string, string> };
const run = promisify(execFile);
// The child is a user's shell: none of this run's vitest or credential variables.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|FEISHU_|DINGTALK_|CONTRACTS?_|TEST$|NODE_ENV$)/.test(k)));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** The README's block that follows the `fresh-project` marker. */
function readmeTestFile(): string {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const block = /<!-- fresh-project:[^>]*-->\s*```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error("README.md has no fresh-project block");
  return block;
}

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "fresh-project-"));
  // dist/ is what `npm test` just built; packing need not build it again.
  const { stdout } = await run(npm, ["pack", "--ignore-scripts", "--silent", "--pack-destination", dir], { cwd: root, env });
  const tarball = stdout.trim().split("\n").at(-1)!;
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({
      name: "fresh-project",
      private: true,
      type: "module",
      dependencies: { [pkg.name]: `file:./${tarball}`, vitest: pkg.devDependencies.vitest },
    }),
  );
  await run(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], { cwd: dir, env });
  writeFileSync(join(dir, "notify.test.ts"), readmeTestFile());
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("a fresh vitest project with the packed package", () => {
  it("installed only what a user gets: no tsx, vitest as the user's own", () => {
    expect(existsSync(join(dir, "node_modules", pkg.name, "dist", "contracts", "bin.js"))).toBe(true);
    expect(existsSync(join(dir, "node_modules", "tsx"))).toBe(false);
    const installed = JSON.parse(readFileSync(join(dir, "node_modules", pkg.name, "package.json"), "utf8"));
    expect(installed.peerDependenciesMeta).toEqual({ vitest: { optional: true } });
  });

  it("needs vitest only for contracts/vitest and the runner: the main and ./contracts entries never import it", () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/^import[^;]*from "vitest/m);
      for (const [, spec] of text.matchAll(/^(?:import|export)[^;]*?from "(\.[^"]+)"/gm)) visit(join(file, "..", spec!));
    };
    const installed = join(dir, "node_modules", pkg.name, "dist");
    visit(join(installed, "mock-server", "index.js"));
    visit(join(installed, "contracts", "index.js"));
    expect(seen.size).toBeGreaterThan(30);
    expect(readFileSync(join(installed, "contracts", "vitest-suite.js"), "utf8")).toMatch(/from "vitest"/);
  });

  it("runs the README's test file with vitest's default settings, and it passes", async () => {
    const result = await run(process.execPath, [join(dir, "node_modules", "vitest", "vitest.mjs"), "run", "--reporter=json"], {
      cwd: dir,
      env,
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string; stderr?: string }) => error);
    const report = JSON.parse(String(result.stdout)) as { numFailedTests: number; numPassedTests: number; numPendingTests: number; success: boolean };
    expect(report.numFailedTests, String(result.stderr)).toBe(0);
    // Its two tests and every contract (a URL target the suite may drive runs them all).
    expect(report.numPassedTests).toBe(2 + CONTRACTS.length);
    expect(report.success).toBe(true);
  });

  it("runs the installed feishu-dingtalk-contracts bin without tsx", async () => {
    const { stdout } = await run(join(dir, "node_modules", ".bin", "feishu-dingtalk-contracts"), ["--target", "live", "--reports", "reports"], { cwd: dir, env });
    expect(stdout).toContain("live: Feishu contracts skipped — set FEISHU_APP_ID");
    expect(readFileSync(join(dir, "reports", "contracts.xml"), "utf8")).toMatch(new RegExp(`<testsuites name="contracts \\(live\\)" tests="${CONTRACTS.length}" failures="0" skipped="${CONTRACTS.length}"`));
  });
});
