// `npm run mutation [-- --group <name>]`: StrykerJS (vitest runner) over the groups of scripts/mutation/groups.ts,
// one at a time; reports under reports/mutation/<group>.{html,json}, and a line per group with its score and target.
// Not part of `npm test`: a group takes minutes to tens of minutes on two cores.
//
// Static mutants (code that runs outside any test: at module level, in a beforeAll) need the module loaded again
// with the mutant active and every test of the group run, which Stryker does for all of them (--all-static): the
// pipeline's 877 would take over two hours here. So a group is measured in two passes. The first runs each mutant
// against the tests that cover it (a static one with the mutant active from before the file's beforeAll, but not at
// module level, and without the files that reach it only from a beforeAll): every kill there is a kill. The second
// runs just the static mutants the first left alive or could not place, the Stryker way, and merges them in: the
// score is the one --all-static gives (the same status for each of 146 pipeline mutants, 125 static), in less time
// where the first pass kills most static mutants (the handlers' 765 in 13 minutes), in about as much where it cannot.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { Stryker } from "@stryker-mutator/core";
import { checkReport, score, staticLeftAlive, type MutationReport } from "./mutation/equivalents.js";
import { GROUPS } from "./mutation/groups.js";
import { testsFailingAlone } from "./mutation/isolation.js";

type StrykerOptions = NonNullable<ConstructorParameters<typeof Stryker>[0]>;

const { values } = parseArgs({
  options: {
    group: { type: "string", multiple: true },
    concurrency: { type: "string" },
    // The first pass only: static mutants left alive there are reported as such (an estimate, not the score).
    "ignore-static": { type: "boolean" },
    // One pass, every static mutant against every test of the group: the slow reference the two passes answer to.
    "all-static": { type: "boolean" },
    // Reuse the last run's results (reports/mutation/<group>-incremental.json) for mutants whose code and killing
    // tests did not change: a re-measure after adding tests takes minutes. Stryker keeps a survivor whose covering
    // tests changed but grew no new one, so a figure to quote is measured without it.
    incremental: { type: "boolean" },
    // Only these files (or `file:line-line` ranges) of the group: for checking a fix; the line says it is partial.
    mutate: { type: "string", multiple: true },
    // Run nothing: hold each group's last report against scripts/mutation/equivalent.md.
    check: { type: "boolean" },
    // Run no mutant: run each of the group's tests alone and name those that fail so (scripts/mutation/isolation.ts).
    isolation: { type: "boolean" },
  },
});
if (values["ignore-static"] && values["all-static"]) throw new Error("--ignore-static and --all-static exclude each other");
const names = values.group ?? Object.keys(GROUPS);
for (const name of names) if (!GROUPS[name]) throw new Error(`no group ${name} (groups: ${Object.keys(GROUPS).join(", ")})`);

const equivalents = () => readFileSync("scripts/mutation/equivalent.md", "utf8");
const reportOf = (name: string): MutationReport => JSON.parse(readFileSync(`reports/mutation/${name}.json`, "utf8"));

if (values.check) {
  let ok = true;
  for (const name of names) {
    const checked = checkReport(reportOf(name), equivalents(), false);
    process.stdout.write(`${name}:\n${checked.lines.join("\n")}\n`);
    ok &&= checked.ok;
  }
  process.exit(ok ? 0 : 1);
}

if (values.isolation) {
  let alone = 0;
  for (const name of names) {
    const failing = await testsFailingAlone(GROUPS[name]!.tests, (done, total) => process.stderr.write(`\r${name}: ${done}/${total} tests run alone`));
    process.stdout.write(`\n${name}: ${failing.length} tests fail when run alone${failing.length > 0 ? " (each kill they make proves nothing)" : ""}\n`);
    for (const f of failing) process.stdout.write(`  ${f.file} › ${f.name}: ${f.error}\n`);
    alone += failing.length;
  }
  process.exit(alone === 0 ? 0 : 1);
}

function options(name: string, mutate: string[], ignoreStatic: boolean, reuse: boolean): StrykerOptions {
  const group = GROUPS[name]!;
  return {
    testRunner: "vitest",
    plugins: ["@stryker-mutator/vitest-runner"],
    vitest: { configFile: "vitest.config.ts" },
    mutate,
    coverageAnalysis: "perTest",
    concurrency: Number(values.concurrency ?? 2),
    timeoutMS: 60_000,
    tempDirName: `.stryker-tmp/${name}`,
    cleanTempDir: "always",
    reporters: ["clear-text", "progress", "html", "json"],
    htmlReporter: { fileName: `reports/mutation/${name}.html` },
    jsonReporter: { fileName: `reports/mutation/${name}.json` },
    thresholds: { high: group.target, low: group.target - 10, break: null },
    ignoreStatic,
    // Always recorded, so the second pass can merge into the first; reused only when asked (force otherwise).
    incremental: true,
    force: !reuse,
    incrementalFile: `reports/mutation/${name}-incremental.json`,
  };
}

mkdirSync("reports/mutation", { recursive: true });
const lines: string[] = [];
for (const name of names) {
  const group = GROUPS[name]!;
  // The tests run against each mutant are the group's: vitest.config.ts reads this list.
  process.env.MUTATION_TESTS = group.tests.join(",");
  const mutate = values.mutate ?? group.mutate;
  const passes: string[] = [];
  await new Stryker(options(name, mutate, !values["all-static"], values.incremental ?? false)).runMutationTest();
  let report = reportOf(name);
  if (!values["ignore-static"] && !values["all-static"]) {
    const again = staticLeftAlive(report, values.mutate);
    if (again.length > 0) {
      const before = score(report).killed;
      await new Stryker(options(name, again, false, false)).runMutationTest();
      report = reportOf(name);
      passes.push(`  second pass: ${again.length} static mutants (and any inside them) against every test, ${score(report).killed - before} more killed`);
    } else passes.push("  second pass: no static mutant left alive");
  }
  const { killed, valid } = score(report);
  const percent = valid === 0 ? 100 : (100 * killed) / valid;
  const quick = `${values["ignore-static"] ? ", --ignore-static" : ""}${values.incremental ? ", --incremental" : ""}${values.mutate ? `, only ${values.mutate.join(" ")}` : ""}`;
  lines.push(`${name}: ${percent.toFixed(1)}% (${killed}/${valid} killed; target ${group.target}%${quick})${percent >= group.target ? "" : "  BELOW TARGET"}`);
  lines.push(...passes, ...checkReport(report, equivalents(), values.mutate !== undefined).lines);
}
writeFileSync("reports/mutation/summary.txt", `${lines.join("\n")}\n`);
process.stdout.write(`\n${lines.join("\n")}\n`);
