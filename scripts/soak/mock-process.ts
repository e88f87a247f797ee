// A mock CLI process for the soak: started on a free loopback port with a state file, stopped by the signal the
// scenario asks for, its exit code and stderr kept.
import { spawn } from "node:child_process";
import { CLI, freePort, rssMb, writeTemp } from "../bench/processes.js";
import { request } from "../bench/http.js";

export interface SoakMock {
  url: string;
  pid: number;
  stderr: () => string;
  rssMb: () => number;
  /** Sends the signal and resolves with the exit code. */
  stop: (signal: NodeJS.Signals) => Promise<number | null>;
}

export async function startSoakMock(name: string, config: unknown, args: string[]): Promise<SoakMock> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [CLI, "--port", String(port), "--quiet", "--config", writeTemp(`${name}.json`, config), ...args], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}): ${stderr}`);
    try {
      await request(url, { path: "/__mock/clock" }, { keepAlive: false });
      break;
    } catch {
      if (performance.now() - started > 60_000) throw new Error(`${name}: no answer within 60 s`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  return {
    url,
    pid: child.pid!,
    stderr: () => stderr,
    rssMb: () => rssMb(child.pid!),
    stop: async (signal) => {
      child.kill(signal);
      const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
