// The check of a mutation run's survivors against scripts/mutation/equivalent.md (npm run mutation -- --check).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkSurvivors, inScope, listedLocations, score, staticLeftAlive, type MutationReport, type Survivor } from "../scripts/mutation/equivalents.js";

const TABLES = `
| Where | Mutant | Why it is equivalent |
|---|---|---|
| \`mock-server/http/faults.ts:71:43\` | a \\| b → c | why |
| \`request-input.ts:24:41\`, \`25:7\` (×3), \`31\`, \`33:*\` | m | why |
| prose without a location | m | why |

Not equivalent, and not killed yet:

| Where | Mutant | Note |
|---|---|---|
| \`mock-server/dingtalk/auth.ts:33:67\` | m | note |
`;

const survivor = (file: string, line: number, column: number): Survivor => ({ file, line, column, mutator: "M", replacement: "", status: "Survived" });

describe("equivalent.md's locations", () => {
  it("reads each first cell's locations, a bare line:column belonging to the file before it, and the gap table apart", () => {
    expect(listedLocations(TABLES)).toEqual([
      { file: "mock-server/http/faults.ts", line: 71, column: 43, gap: false },
      { file: "request-input.ts", line: 24, column: 41, gap: false },
      { file: "request-input.ts", line: 25, column: 7, gap: false },
      { file: "request-input.ts", line: 31, gap: false },
      { file: "request-input.ts", line: 33, gap: false },
      { file: "mock-server/dingtalk/auth.ts", line: 33, column: 67, gap: true },
    ]);
  });

  it("sorts survivors into listed, gaps and not listed, and names entries no survivor answers to", () => {
    const listed = listedLocations(TABLES);
    const survivors = [
      survivor("mock-server/http/faults.ts", 71, 43),
      survivor("mock-server/http/request-input.ts", 31, 9), // a bare file name and a line without a column
      survivor("mock-server/http/request-input.ts", 33, 2), // a line's every column, as `33:*`
      survivor("mock-server/dingtalk/auth.ts", 33, 67),
      survivor("mock-server/http/faults.ts", 71, 44),
    ];
    const { unlisted, gaps, stale } = checkSurvivors(survivors, listed, ["mock-server/http/faults.ts", "mock-server/http/request-input.ts"]);
    expect(unlisted).toEqual([survivors[4]]);
    expect(gaps).toEqual([survivors[3]]);
    expect(stale.map((l) => `${l.file}:${l.line}:${l.column}`)).toEqual(["request-input.ts:24:41", "request-input.ts:25:7"]);
  });

  it("names only files that exist in the committed list", () => {
    const sources = ["contracts", "mock-server", "mock-server/http", "mock-server/feishu", "mock-server/dingtalk", "mock-server/simulation", "contracts/suite"].flatMap((dir) =>
      readdirSync(dir).map((f) => `${dir}/${f}`),
    );
    const listed = listedLocations(readFileSync("scripts/mutation/equivalent.md", "utf8"));
    expect(listed.length).toBeGreaterThan(100);
    const missing = listed.filter((l) => (l.file.includes("/") ? !existsSync(l.file) : !sources.some((s) => s.endsWith(`/${l.file}`))));
    expect(missing).toEqual([]);
  });
});

const mutant = (status: string, line: number, extra: Partial<MutationReport["files"][string]["mutants"][number]> = {}) => ({
  status,
  mutatorName: "M",
  location: { start: { line, column: 5 }, end: { line, column: 12 } },
  ...extra,
});

describe("the second pass's mutants", () => {
  const report: MutationReport = {
    files: {
      "mock-server/http/a.ts": {
        mutants: [
          mutant("Survived", 1, { static: true }),
          mutant("Ignored", 2, { static: false, statusReason: 'Static mutant (and "ignoreStatic" was enabled)' }), // carried over
          mutant("Survived", 3, { static: false }),
          mutant("Killed", 4, { static: true }),
          mutant("Ignored", 5, { statusReason: "disabled by a comment" }),
        ],
      },
      "mock-server/http/b.ts": { mutants: [mutant("Survived", 7, { static: true })] },
    },
  };

  it("are the static ones left alive or not placed, as ranges over exactly their code (columns from 0)", () => {
    expect(staticLeftAlive(report)).toEqual(["mock-server/http/a.ts:1:4-1:11", "mock-server/http/a.ts:2:4-2:11", "mock-server/http/b.ts:7:4-7:11"]);
    expect(staticLeftAlive(report, ["mock-server/http/b.ts:1-9"])).toEqual(["mock-server/http/b.ts:7:4-7:11"]);
  });

  it("are taken from the files a --mutate path, glob or range names, less those a ! pattern excludes", () => {
    expect(inScope("mock-server/http/a.ts", ["mock-server/http/*.ts"])).toBe(true);
    expect(inScope("mock-server/http/a.ts", ["mock-server/**/*.ts", "!mock-server/http/a.ts"])).toBe(false);
    expect(inScope("mock-server/http/a.ts", ["mock-server/*.ts"])).toBe(false);
    expect(inScope("mock-server/http/a.ts", ["mock-server/http/a.ts:3-4"])).toBe(true);
    expect(inScope("mock-server/http/ab.ts", ["mock-server/http/a?.ts"])).toBe(true);
    expect(inScope("mock-server/http/a.tsx", ["mock-server/http/a.ts"])).toBe(false);
  });

  it("count in the score as Stryker counts them: a timeout is a kill, an ignored mutant is out", () => {
    expect(score({ files: { f: { mutants: [mutant("Killed", 1), mutant("Timeout", 2), mutant("Survived", 3), mutant("NoCoverage", 4), mutant("Ignored", 5), mutant("CompileError", 6)] } } })).toEqual({ killed: 2, valid: 4 });
  });
});
