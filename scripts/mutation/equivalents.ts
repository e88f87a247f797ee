// Holds a run's survivors against scripts/mutation/equivalent.md, so "every survivor is killed or listed with its
// reason" is checked, not remembered: a survivor the file does not list is a gap; an entry no survivor answers to (in
// a file the run measured) is stale, its mutant killed or its line moved.
export interface Listed {
  /** As written: a repository path, or a bare file name that stands for any path ending in it. */
  file: string;
  line: number;
  /** Absent: every column of the line. */
  column?: number;
  /** Listed as a gap (a table whose third column is "Note"), not as equivalent. */
  gap: boolean;
}

export interface Survivor {
  file: string;
  line: number;
  column: number;
  mutator: string;
  replacement: string;
  status: string;
}

// `mock-server/http/faults.ts:71:43`, `request-input.ts:24:41`, or, after one of those in the same cell, `25:7`;
// a line alone (`31`, or `31:*`) stands for each of its columns.
const LOCATION = /^(?:([\w./-]+\.tsx?):)?(\d+)(?::(\d+|\*))?$/;

/** Every location the tables' first column names; a cell's bare `line:column` belongs to the file named before it. */
export function listedLocations(markdown: string): Listed[] {
  const listed: Listed[] = [];
  let gap = false;
  for (const row of markdown.split("\n")) {
    if (!row.startsWith("|")) continue;
    const cells = row.split(/(?<!\\)\|/);
    if (/^\s*Where\s*$/.test(cells[1] ?? "")) {
      gap = /^\s*Note\s*$/.test(cells[3] ?? "");
      continue;
    }
    let file: string | undefined;
    for (const [, code] of (cells[1] ?? "").matchAll(/`([^`]+)`/g)) {
      const found = LOCATION.exec(code!);
      if (!found) continue;
      file = found[1] ?? file;
      if (file === undefined) continue;
      listed.push({ file, line: Number(found[2]), ...(found[3] !== undefined && found[3] !== "*" && { column: Number(found[3]) }), gap });
    }
  }
  return listed;
}

const sameFile = (path: string, written: string) => path === written || path.endsWith(`/${written}`);
const answers = (s: Survivor, l: Listed) => sameFile(s.file, l.file) && s.line === l.line && (l.column === undefined || l.column === s.column);

export interface Check {
  /** Survivors the file does not list at all. */
  unlisted: Survivor[];
  /** Survivors listed as gaps. */
  gaps: Survivor[];
  /** Entries in the measured files that no survivor answers to. */
  stale: Listed[];
}

export function checkSurvivors(survivors: Survivor[], listed: Listed[], measuredFiles: string[]): Check {
  const unlisted: Survivor[] = [];
  const gaps: Survivor[] = [];
  for (const s of survivors) {
    const entries = listed.filter((l) => answers(s, l));
    if (entries.length === 0) unlisted.push(s);
    else if (entries.every((l) => l.gap)) gaps.push(s);
  }
  const stale = listed.filter((l) => measuredFiles.some((f) => sameFile(f, l.file)) && !survivors.some((s) => answers(s, l)));
  return { unlisted, gaps, stale };
}

export const describeSurvivor = (s: Survivor) => `${s.file}:${s.line}:${s.column} ${s.mutator} → ${JSON.stringify(s.replacement)}${s.status === "NoCoverage" ? " (no coverage)" : ""}`;
export const describeListed = (l: Listed) => `${l.file}:${l.line}${l.column === undefined ? "" : `:${l.column}`}${l.gap ? " (gap)" : ""}`;

/** What these checks read of a group's JSON report (reports/mutation/<group>.json, mutation-testing-report-schema). */
export interface MutationReport {
  files: Record<
    string,
    {
      mutants: {
        status: string;
        mutatorName: string;
        replacement?: string;
        static?: boolean;
        statusReason?: string;
        location: { start: { line: number; column: number }; end: { line: number; column: number } };
      }[];
    }
  >;
}

/** Killed (a timeout counts: the mutant hung a test) over every mutant that ran: Stryker's score. */
export function score(report: MutationReport): { killed: number; valid: number } {
  const all = Object.values(report.files).flatMap((f) => f.mutants);
  const killed = all.filter((m) => m.status === "Killed" || m.status === "Timeout").length;
  const valid = all.filter((m) => m.status !== "CompileError" && m.status !== "RuntimeError" && m.status !== "Ignored").length;
  return { killed, valid };
}

/** The check of a group's report against equivalent.md, as lines to print. */
export function checkReport(report: MutationReport, markdown: string, partial: boolean): { lines: string[]; ok: boolean } {
  const survivors: Survivor[] = Object.entries(report.files).flatMap(([file, { mutants }]) =>
    mutants
      .filter((m) => m.status === "Survived" || m.status === "NoCoverage")
      .map((m) => ({ file, line: m.location.start.line, column: m.location.start.column, mutator: m.mutatorName, replacement: m.replacement ?? "", status: m.status })),
  );
  // A run over part of a group (--mutate) says nothing of the entries for what it left out.
  const { unlisted, gaps, stale } = checkSurvivors(survivors, listedLocations(markdown), partial ? [] : Object.keys(report.files));
  const lines = [
    `  ${survivors.length} survivors: ${survivors.length - unlisted.length - gaps.length} listed as equivalent, ${gaps.length} as gaps, ${unlisted.length} not listed`,
    ...unlisted.map((s) => `    not listed: ${describeSurvivor(s)}`),
    ...gaps.map((s) => `    gap: ${describeSurvivor(s)}`),
    ...(partial ? [] : [`  ${stale.length} entries of equivalent.md answer to no survivor`, ...stale.map((l) => `    stale: ${describeListed(l)}`)]),
  ];
  return { lines, ok: unlisted.length === 0 && gaps.length === 0 && stale.length === 0 };
}

/**
 * The static mutants a first pass (ignoreStatic) left alive (Survived) or could not place (Ignored: no test covers
 * them), as Stryker `mutate` ranges over exactly their code, for a second pass against every test. A report's
 * columns count from 1, a range's from 0; the range includes the mutants nested inside.
 */
export function staticLeftAlive(report: MutationReport, scope?: string[]): string[] {
  const ranges = new Set<string>();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    if (scope && !inScope(file, scope)) continue;
    for (const m of mutants) {
      // A result carried over from an earlier run keeps its reason but not always its static flag.
      const isStatic = m.static === true || m.statusReason?.startsWith("Static mutant") === true;
      if (!isStatic || (m.status !== "Survived" && m.status !== "Ignored")) continue;
      const { start, end } = m.location;
      ranges.add(`${file}:${start.line}:${start.column - 1}-${end.line}:${end.column - 1}`);
    }
  }
  return [...ranges];
}

/**
 * Whether a report's file is one of the `--mutate` patterns (the report also carries earlier runs' other files).
 * A pattern is a path or a glob of `*`, `**` and `?`, as Stryker takes them; `!` excludes; a `:line-line` range
 * stands for its file.
 */
export function inScope(file: string, patterns: string[]): boolean {
  const matches = (pattern: string) => globRegex(pattern.replace(/:[\d:-]+$/, "")).test(file);
  return patterns.some((p) => !p.startsWith("!") && matches(p)) && !patterns.some((p) => p.startsWith("!") && matches(p.slice(1)));
}

const WILDCARDS = new Map([["**/", "(?:.*/)?"], ["**", ".*"], ["*", "[^/]*"], ["?", "[^/]"]]);

function globRegex(glob: string): RegExp {
  const source = glob
    .split(/(\*\*\/|\*\*|\*|\?)/)
    .map((part) => WILDCARDS.get(part) ?? part.replace(/[.+^${}()|[\]\\]/g, "\\$&"))
    .join("");
  return new RegExp(`^${source}$`);
}
