// Runs each test of a group alone (its file's hooks, no other test of the file) and names those that fail so. A
// mutation run puts a mutant through only the tests that cover it, so a test that leans on an earlier one (a request
// it made, a record it left) fails there whatever the mutant does: a kill that proves nothing. Such a kill is hard to
// see in a report (the reason reads like any other failure); this finds its cause directly.
import { createVitest } from "vitest/node";

export interface FailingAlone {
  file: string;
  name: string;
  /** The first error it failed with, alone. */
  error: string;
}

export async function testsFailingAlone(include: string[], onRound?: (done: number, total: number) => void): Promise<FailingAlone[]> {
  // As in a mutation run: only these files, each in its own module graph (vitest.config.ts reads this).
  process.env.MUTATION_TESTS = include.join(",");
  const vitest = await createVitest("test", { watch: false, reporters: [{}] });
  try {
    const { testModules } = await vitest.runTestSpecifications(await vitest.globTestSpecifications());
    // Only tests that pass with their file: one failing anyway is another question, and a skipped one never runs.
    const byFile = testModules.map((module) => ({ module, ids: [...module.children.allTests("passed")].map((t) => t.id) }));
    const total = byFile.reduce((n, f) => n + f.ids.length, 0);
    const failing: FailingAlone[] = [];
    let done = 0;
    // Round k runs the k-th test of every file at once: files run side by side, each test still alone in its file.
    for (let round = 0; byFile.some((f) => round < f.ids.length); round++) {
      const running = byFile.filter((f) => round < f.ids.length).map((f) => ({ module: f.module, id: f.ids[round]! }));
      const result = await vitest.runTestSpecifications(running.map(({ module, id }) => module.project.createSpecification(module.moduleId, { testIds: [id] })));
      // The result lists every module vitest knows, those not run this round with their older results: read just
      // the test each file ran.
      for (const { module, id } of running) {
        const test = [...(result.testModules.find((m) => m.moduleId === module.moduleId)?.children.allTests() ?? [])].find((t) => t.id === id);
        const outcome = test?.result();
        done += 1;
        if (outcome?.state !== "passed") {
          const error = outcome?.errors?.[0]?.message ?? (test ? outcome?.state : "it did not run");
          failing.push({ file: module.relativeModuleId, name: test?.fullName ?? id, error: String(error).split("\n")[0]! });
        }
      }
      onRound?.(done, total);
    }
    return failing;
  } finally {
    await vitest.close();
  }
}
