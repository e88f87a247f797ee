// Quality gates on the hand-written specs: two independent tools accept them (Redocly's linter, and a strict
// validator against the official OpenAPI 3.1 JSON Schema), the YAML has no aliases (JVM tools cap them at 50),
// and the committed generated files are exactly what `npm run generate` produces now.
import { readFile } from "node:fs/promises";
import { formatProblems } from "@redocly/openapi-core";
import { Validator } from "@seriousme/openapi-schema-validator";
import { parse } from "yaml";
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

describe("spec against the OpenAPI 3.1 JSON Schema (@seriousme/openapi-schema-validator)", () => {
  it.each(SPEC_FILES)("%s is valid", async (file) => {
    const validator = new Validator();
    const result = await validator.validate(new URL(`../${file}`, import.meta.url).pathname);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it.each(SPEC_FILES)("%s uses no YAML anchors or aliases (SnakeYAML refuses more than 50)", async (file) => {
    const text = await readFile(new URL(`../${file}`, import.meta.url), "utf8");
    expect(() => parse(text, { maxAliasCount: 0 })).not.toThrow();
  });

  it.each(SPEC_FILES)("%s declares no credential as a parameter (the security schemes carry them)", async (file) => {
    const document = parse(await readFile(new URL(`../${file}`, import.meta.url), "utf8"));
    const names = JSON.stringify(document).match(/"name":"(Authorization|access_token)","in":"(header|query)"/g) ?? [];
    // Only the DingTalk security scheme itself names access_token (as {type, in, name}), never a parameter.
    expect(names).toEqual([]);
  });
});

describe("generated files", () => {
  it("match a fresh generation from the specs (run `npm run generate` after editing a spec)", async () => {
    expect(await stalePaths()).toEqual([]);
  });
});
