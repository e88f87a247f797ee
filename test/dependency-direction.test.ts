// Dependencies point one way: spec/ imports nothing of ours; mock-server/ and contracts/ import spec/; contracts/
// never imports mock-server/ (it must run unchanged against the live vendors), nor mock-server/ contracts/.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The top-level folders of this repository that a file's relative imports reach. */
function importedFolders(file: string): string[] {
  const text = readFileSync(join(root, file), "utf8");
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!);
  return specifiers
    .filter((s) => s.startsWith("."))
    .map((s) => relative(root, resolve(join(root, file, ".."), s)).split("/")[0]!);
}

describe("dependency direction", () => {
  it.each([
    ["spec", ["spec"]],
    ["contracts", ["contracts", "spec"]],
    ["mock-server", ["mock-server", "spec"]],
  ])("%s/ imports only from %j", (folder, allowed) => {
    const files = sources(folder);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      for (const target of importedFolders(file)) expect(allowed, `${file} imports from ${target}/`).toContain(target);
    }
  });

  it("would notice a forbidden import (the check reads real import statements)", () => {
    expect(importedFolders("test/contracts-in-process.test.ts")).toEqual(expect.arrayContaining(["contracts", "mock-server"]));
  });
});
