// A headless Chromium for the dashboard's browser tests, driven by playwright-core (which never downloads a
// browser). Found in this order: $CHROME_PATH; a system Chromium or Chrome; a Chromium shipped inside an npm
// package (@sparticuz/chromium, if installed). With none, the tests fail saying how to get one: never a skip.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/snap/bin/chromium"];
const COMMANDS = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

export const NO_BROWSER = [
  "No Chromium or Chrome found for the dashboard's browser tests. Any one of these will do:",
  "  - set CHROME_PATH to a Chromium or Chrome executable;",
  "  - install Debian's Chromium: apt-get update && apt-get install -y chromium (.ci/run does this when none is found);",
  "  - npm install --save-dev @sparticuz/chromium (Linux x64; a Chromium inside an npm package).",
].join("\n");

function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const candidate = join(dir, command);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

export interface BrowserSearch {
  /** Default: process.env.CHROME_PATH. */
  chromePath?: string | undefined;
  /** Default: the usual system paths, then chromium / chrome on $PATH. */
  systemPaths?: readonly (string | undefined)[];
  /** Default: @sparticuz/chromium, if installed. */
  packaged?: string;
}

/** Where the browser is, and which rule found it. */
export async function findBrowser(search: BrowserSearch = {}): Promise<{ path: string; found: string }> {
  const fromEnv = "chromePath" in search ? search.chromePath : process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is ${fromEnv}, which does not exist.\n${NO_BROWSER}`);
    return { path: fromEnv, found: "CHROME_PATH" };
  }
  for (const path of search.systemPaths ?? [...SYSTEM_PATHS, ...COMMANDS.map(onPath)]) {
    if (path && existsSync(path)) return { path, found: "system" };
  }
  const name = search.packaged ?? "@sparticuz/chromium"; // optional: named in a variable, so nothing needs it installed to type-check
  try {
    const packaged = (await import(name)) as { default: { executablePath: () => Promise<string> } };
    return { path: await packaged.default.executablePath(), found: name };
  } catch {
    throw new Error(NO_BROWSER);
  }
}

// Without the background-networking flags Chromium dials out on start (updates, sync, safe browsing) and, on a
// closed network, its own connections are refused; a fresh profile keeps runs independent.
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const { path } = await findBrowser();
  const profile = mkdtempSync(join(tmpdir(), "dashboard-browser-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: path,
    headless: true,
    args: FLAGS,
    viewport: { width: 1440, height: 1000 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
