// Starts the built CLI (dist/mock-server/cli.js, what `npx feishu-dingtalk-mock` runs) as a child process.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { fileURLToPath } from "node:url";

export const CLI = fileURLToPath(new URL("../../dist/mock-server/cli.js", import.meta.url));

export interface CliProcess {
  child: ChildProcessWithoutNullStreams;
  /** Everything printed to stdout so far. */
  output: () => string;
  /** Everything printed to stderr so far. */
  errors: () => string;
  /** The base URL from the banner. */
  url: string;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/** Runs the CLI to completion (for --help and refusals). One that starts a server instead is stopped after 10 s. */
export function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args]);
    let stdout = "";
    let stderr = "";
    const guard = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => {
      clearTimeout(guard);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Starts the CLI and resolves when its banner shows the base URL (the proxy's banner: its "Proxy URL"). */
export function startCli(args: string[], env: Record<string, string> = {}, banner = /Feishu\s+base URL\s+(http:\/\/\S+)/): Promise<CliProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    child.stderr.on("data", (d) => (stderr += d));
    child.stdout.on("data", (d) => {
      stdout += d;
      const url = banner.exec(stdout)?.[1];
      if (url) {
        resolve({
          child,
          url,
          output: () => stdout,
          errors: () => stderr,
          stop: (signal = "SIGTERM") => {
            child.kill(signal);
            return exited;
          },
        });
      }
    });
    child.on("exit", (code) => reject(new Error(`the CLI exited (${code}) before it was up: ${stderr || stdout}`)));
  });
}
