// Lints both specs with Redocly's OpenAPI linter and the committed redocly.yaml.
// `npm run lint:spec` prints the problems; the test suite calls lintSpecs() and fails on any.
import { fileURLToPath } from "node:url";
import { formatProblems, lint, loadConfig, type NormalizedProblem } from "@redocly/openapi-core";

const root = new URL("../", import.meta.url);
export const SPEC_FILES = ["spec/feishu/openapi.yaml", "spec/dingtalk/openapi.yaml"];

export async function lintSpec(file: string): Promise<NormalizedProblem[]> {
  const config = await loadConfig({ configPath: fileURLToPath(new URL("redocly.yaml", root)) });
  return lint({ ref: fileURLToPath(new URL(file, root)), config });
}

async function main(): Promise<void> {
  let failed = false;
  for (const file of SPEC_FILES) {
    const problems = await lintSpec(file);
    if (problems.length === 0) console.log(`${file}: valid, no problems`);
    else formatProblems(problems, { format: "codeframe", totals: { errors: 0, warnings: 0, ignored: 0 }, version: "" });
    failed ||= problems.length > 0;
  }
  if (failed) process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
