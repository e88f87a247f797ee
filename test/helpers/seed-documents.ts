// Reads the five vendor documents in spec/sources/ and pulls out what the spec must agree with:
// their JSON examples, their "示例值" (example value) lines, their table rows and their error-code tables.
import { readFileSync } from "node:fs";

export const SEEDS = {
  getProgress: "000_38e763f42c0c5201.txt",
  readUser: "001_8d20415248c690d4.txt",
  getSendProgress: "002_429db04d3e744ccf.txt",
  recall: "003_dfd321937861d7dd.txt",
  readUsers: "004_b0f4fd0efe4992c4.txt",
} as const;

export function seedText(file: string): string {
  return readFileSync(new URL(`../../spec/sources/${file}`, import.meta.url), "utf8");
}

/** Every JSON code block, in Markdown (```json) or the Feishu HTML export (<md-code-json>). */
export function jsonBlocks(text: string): unknown[] {
  const blocks = [...text.matchAll(/```json\n([\s\S]*?)```|<md-code-json>([\s\S]*?)<\/md-code-json>/g)];
  return blocks.map((m) => JSON.parse((m[1] ?? m[2])!));
}

/** The "**示例值**：…" values in document order, quotes removed. */
export function exampleValues(text: string): string[] {
  return [...text.matchAll(/\*\*示例值\*\*：\s*(.+)/g)].map((m) => m[1]!.trim().replace(/^"(.*)"$/, "$1"));
}

export interface ErrorRow {
  httpStatus?: number;
  code: number;
  msg: string;
}

/** The error-code table: Feishu Markdown (`400 | 230001 | msg | …`), Feishu HTML (<md-td> cells) or DingTalk (`| 40035 | msg | …`). */
export function errorRows(text: string): ErrorRow[] {
  const rows: ErrorRow[] = [];
  for (const m of text.matchAll(/^(\d{3}) \| (\d+) \| ([^|]+?) \|/gm)) {
    rows.push({ httpStatus: Number(m[1]), code: Number(m[2]), msg: m[3]!.trim() });
  }
  for (const m of text.matchAll(/<md-td>(\d{3})<\/md-td>\s*<md-td>(\d+)<\/md-td>\s*<md-td>([^<]+)<\/md-td>/g)) {
    rows.push({ httpStatus: Number(m[1]), code: Number(m[2]), msg: m[3]!.trim() });
  }
  const dingtalkTable = text.split("| Error code (errorcode) |")[1];
  for (const m of (dingtalkTable ?? "").matchAll(/^\| (-?\d+) \| ([^|]+?) \|/gm)) {
    rows.push({ code: Number(m[1]), msg: m[2]!.trim() });
  }
  return rows;
}

/** DingTalk's parameter tables: `| name | Type | Required | Example | Description |` rows, by name. */
export function dingtalkTableExamples(text: string): Map<string, { type: string; example: string }> {
  const found = new Map<string, { type: string; example: string }>();
  for (const m of text.matchAll(/^\| ([a-z_]+) \| (String|Number|Boolean) \| (?:Yes \| |No \| )?([^|]*?) \|/gm)) {
    found.set(m[1]!, { type: m[2]!, example: m[3]!.trim() });
  }
  return found;
}

/** A table example value typed as its table says (Number → number). */
export function typedExample(entry: { type: string; example: string } | undefined): unknown {
  if (!entry) throw new Error("no such row in the document's table");
  return entry.type === "Number" ? Number(entry.example) : entry.example;
}
