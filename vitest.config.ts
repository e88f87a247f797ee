import { defineConfig } from "vitest/config";

// `npm run mutation` narrows the run to a group's tests (scripts/mutation/groups.ts).
const only = process.env.MUTATION_TESTS?.split(",").filter(Boolean);

export default defineConfig({
  test: {
    include: only ?? ["{spec,mock-server,contracts,scripts,test}/**/*.test.ts"],
    // Lint, generation and HTTP suites do real work; keep the default timeout honest but not tight.
    testTimeout: 30_000,
    setupFiles: ["test/helpers/setup.ts"],
    // Both cores (vitest leaves one free by default): most suites wait on sockets and child processes, not the CPU.
    maxWorkers: 2,
    // One module graph per worker rather than per file: importing the mock, the specs and ajv again for each of
    // ~80 files was over a third of the run's CPU. Every suite builds its own mocks and servers. A mutation run
    // keeps isolation: Stryker's per-test coverage and mutant switching count on fresh modules.
    isolate: only !== undefined,
  },
});
