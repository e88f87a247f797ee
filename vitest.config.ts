import { defineConfig } from "vitest/config";

// `npm run mutation` narrows the run to a group's tests (scripts/mutation/groups.ts).
const only = process.env.MUTATION_TESTS?.split(",").filter(Boolean);

export default defineConfig({
  test: {
    include: only ?? ["{spec,mock-server,contracts,scripts,test}/**/*.test.ts"],
    // Lint, generation and HTTP suites do real work; keep the default timeout honest but not tight.
    testTimeout: 30_000,
    setupFiles: ["test/helpers/setup.ts"],
  },
});
