// Quality gates on the hand-written specs: a standard OpenAPI linter passes, and the committed generated
// files (JSON documents and TypeScript types) are exactly what `npm run generate` produces now.
import { formatProblems } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import { stalePaths } from "../scripts/generate.js";
import { lintSpec, SPEC_FILES } from "../scripts/lint-spec.js";

describe("spec lint (Redocly, redocly.yaml)", () => {
  it.each(SPEC_FILES)("%s has no problems", async (file) => {
    const problems = await lintSpec(file);
    if (problems.length > 0) {
      formatProblems(problems, { format: "stylish", totals: { errors: 0, warnings: 0, ignored: 0 }, version: "" });
    }
    expect(problems.map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? "?"}`)).toEqual([]);
  });
});

describe("generated files", () => {
  it("match a fresh generation from the specs (run `npm run generate` after editing a spec)", async () => {
    expect(await stalePaths()).toEqual([]);
  });
});
