// The whole contract suite against the in-process mock, timed (the target: under 10 s). Median of a few runs.
import { mockTarget, runContracts } from "../../contracts/index.js";
import { createMockApp } from "../../mock-server/index.js";

export async function contractsTime(runs: number, log: (line: string) => void) {
  const times: number[] = [];
  let contracts = 0;
  let failed = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const mock = createMockApp({ config: { time: { frozen: true } } });
    const results = await runContracts(await mockTarget({ name: "in-process", baseUrl: "http://mock.test", fetch: mock.fetch as typeof fetch, driveClock: true }));
    times.push(Math.round(performance.now() - started));
    contracts = results.length;
    failed += results.filter((r) => r.status === "failed").length;
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  log(`  contract suite in-process: ${contracts} contracts, median ${median} ms over ${runs} runs (${times.join(", ")})${failed ? `, ${failed} failed` : ""}`);
  return { contracts, median, runs: times, failed };
}
