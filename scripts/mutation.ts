// `npm run mutation [-- --group <name>]`: StrykerJS (vitest runner) over the groups of scripts/mutation/groups.ts,
// one at a time; reports under reports/mutation/<group>.{html,json}, and a line per group with its score and target.
// Not part of `npm test`: a group takes minutes to tens of minutes on two cores.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { Stryker } from "@stryker-mutator/core";
import { checkReport } from "./mutation/equivalents.js";
import { GROUPS } from "./mutation/groups.js";

const { values } = parseArgs({
  options: {
    group: { type: "string", multiple: true },
    concurrency: { type: "string" },
    "ignore-static": { type: "boolean" },
    // Reuse the last --incremental run's results for mutants whose code and covering tests did not change
    // (reports/mutation/<group>-incremental.json): a re-measure after adding tests takes minutes, not an hour.
    incremental: { type: "boolean" },
    // With --incremental: run every mutant again (a measurement from nothing) and still record the results for the
    // next --incremental run; the incremental reuse keeps a survivor whose covering tests changed but grew no new one.
    force: { type: "boolean" },
    // Only these files (or `file:line-line` ranges) of the group: for checking a fix; the line says it is partial.
    mutate: { type: "string", multiple: true },
    // Run nothing: hold each group's last report against scripts/mutation/equivalent.md.
    check: { type: "boolean" },
  },
});
const names = values.group ?? Object.keys(GROUPS);
for (const name of names) if (!GROUPS[name]) throw new Error(`no group ${name} (groups: ${Object.keys(GROUPS).join(", ")})`);

const equivalents = () => readFileSync("scripts/mutation/equivalent.md", "utf8");
const reportOf = (name: string) => JSON.parse(readFileSync(`reports/mutation/${name}.json`, "utf8"));

if (values.check) {
  let ok = true;
  for (const name of names) {
    const checked = checkReport(reportOf(name), equivalents(), false);
    process.stdout.write(`${name}:\n${checked.lines.join("\n")}\n`);
    ok &&= checked.ok;
  }
  process.exit(ok ? 0 : 1);
}

mkdirSync("reports/mutation", { recursive: true });
const lines: string[] = [];
for (const name of names) {
  const group = GROUPS[name]!;
  // The tests run against each mutant are the group's: vitest.config.ts reads this list.
  process.env.MUTATION_TESTS = group.tests.join(",");
  const stryker = new Stryker({
    testRunner: "vitest",
    plugins: ["@stryker-mutator/vitest-runner"],
    vitest: { configFile: "vitest.config.ts" },
    mutate: values.mutate ?? group.mutate,
    coverageAnalysis: "perTest",
    concurrency: Number(values.concurrency ?? 2),
    timeoutMS: 60_000,
    tempDirName: `.stryker-tmp/${name}`,
    cleanTempDir: "always",
    reporters: ["clear-text", "progress", "html", "json"],
    htmlReporter: { fileName: `reports/mutation/${name}.html` },
    jsonReporter: { fileName: `reports/mutation/${name}.json` },
    thresholds: { high: group.target, low: group.target - 10, break: null },
    // Static mutants (in code that runs before any test: module level, beforeAll) are run against every test of
    // the group by default, which takes the handlers group about an hour here. --ignore-static runs them against
    // the tests that cover them only, and leaves out those no test covers (status Ignored): a quick estimate.
    ignoreStatic: values["ignore-static"] ?? false,
    incremental: values.incremental ?? false,
    force: values.force ?? false,
    incrementalFile: `reports/mutation/${name}-incremental.json`,
  });
  const results = await stryker.runMutationTest();
  const killed = results.filter((r) => r.status === "Killed" || r.status === "Timeout").length;
  const valid = results.filter((r) => r.status !== "CompileError" && r.status !== "RuntimeError" && r.status !== "Ignored").length;
  const score = valid === 0 ? 100 : (100 * killed) / valid;
  const quick = `${values["ignore-static"] ? ", --ignore-static" : ""}${values.incremental && !values.force ? ", --incremental" : ""}${values.mutate ? `, only ${values.mutate.join(" ")}` : ""}`;
  lines.push(`${name}: ${score.toFixed(1)}% (${killed}/${valid} killed; target ${group.target}%${quick})${score >= group.target ? "" : "  BELOW TARGET"}`);
  lines.push(...checkReport(reportOf(name), equivalents(), values.mutate !== undefined).lines);
}
writeFileSync("reports/mutation/summary.txt", `${lines.join("\n")}\n`);
process.stdout.write(`\n${lines.join("\n")}\n`);
