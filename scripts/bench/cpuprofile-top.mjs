// Summarises a V8 .cpuprofile (node --cpu-prof): self time per function (name + file:line), top first, and per
// file. Lines in dist/ are mapped back to the TypeScript source through the build's source maps, so a hotspot
// names the file to edit. Usage: node scripts/bench/cpuprofile-top.mjs <file.cpuprofile> [top=25]
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const [file, topArg = "25"] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: cpuprofile-top.mjs <file.cpuprofile> [top]\n");
  process.exit(2);
}
const root = fileURLToPath(new URL("../../", import.meta.url));
const profile = JSON.parse(readFileSync(file, "utf8"));

const maps = new Map();
function sourceMapOf(path) {
  if (!maps.has(path)) {
    const mapFile = `${path}.map`;
    maps.set(path, existsSync(mapFile) ? { map: new SourceMap(JSON.parse(readFileSync(mapFile, "utf8"))), dir: dirname(path) } : null);
  }
  return maps.get(path);
}

/** "file:line" (1-based), shortened: node_modules/<pkg>/…, the repo's own files relative to it, TS source if mapped. */
function where({ url, lineNumber, columnNumber }) {
  if (!url) return "";
  let path = url.startsWith("file://") ? fileURLToPath(url) : url;
  let line = lineNumber + 1;
  const sm = path.startsWith("/") ? sourceMapOf(path) : null;
  const entry = sm?.map.findEntry(lineNumber, columnNumber);
  if (entry?.originalSource) {
    path = resolve(sm.dir, entry.originalSource.replace(/^file:\/\//, ""));
    line = entry.originalLine + 1;
  }
  const nm = path.lastIndexOf("node_modules/");
  if (nm >= 0) path = path.slice(nm);
  else if (path.startsWith(root)) path = relative(root, path);
  return `${path}:${line}`;
}

// Self time: the interval after each sample is charged to the sampled node.
const selfUs = new Map();
const { samples, timeDeltas } = profile;
for (let i = 0; i < samples.length; i++) selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + (timeDeltas[i + 1] ?? 0));

const byFunction = new Map();
const byFile = new Map();
let total = 0;
for (const node of profile.nodes) {
  const us = selfUs.get(node.id) ?? 0;
  if (!us) continue;
  total += us;
  const at = where(node.callFrame);
  const key = `${node.callFrame.functionName || "(anonymous)"}  ${at}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  const fileKey = at.replace(/:\d+$/, "") || node.callFrame.functionName;
  byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + us);
}

// Inclusive time of the repo's own functions (mock-server/, spec/), each counted once per stack however deep it recurses.
const children = new Map(profile.nodes.map((n) => [n.id, n.children ?? []]));
const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
const inclusive = new Map();
const own = (at) => !at.startsWith("node_modules/") && /(^|\/)(mock-server|spec)\/[^:]+\.ts:/.test(at);
function visit(id, onStack) {
  const node = nodeById.get(id);
  const at = where(node.callFrame);
  const key = own(at) ? `${node.callFrame.functionName || "(anonymous)"}  ${at}` : undefined;
  const counted = key !== undefined && !onStack.has(key);
  if (counted) onStack.add(key);
  let us = selfUs.get(id) ?? 0;
  for (const child of children.get(id)) us += visit(child, onStack);
  if (counted) {
    onStack.delete(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + us);
  }
  return us;
}
visit(profile.nodes[0].id, new Set());

const top = Number(topArg);
const show = (title, map) => {
  process.stdout.write(`${title} (total ${(total / 1000).toFixed(0)} ms sampled)\n`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    process.stdout.write(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${key}\n`);
  }
};
show("Self time by function", byFunction);
process.stdout.write("\n");
show("Self time by file", byFile);
process.stdout.write("\n");
show("Inclusive time of the repo's own functions", inclusive);
