import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{spec,mock-server,contracts,scripts,test}/**/*.test.ts"],
    // Lint, generation and HTTP suites do real work; keep the default timeout honest but not tight.
    testTimeout: 30_000,
    setupFiles: ["test/helpers/setup.ts"],
  },
});
