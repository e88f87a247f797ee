// The bench's load generator, in a process of its own (so it never shares an event loop or a core's time slices
// with the orchestrating script), pinned by the caller where the machine allows. Usage:
//   node load-child.mjs '<json: {url, connections, duration?|amount?, requests}>'
// Prints one JSON line: autocannon's figures and the CPU seconds this process used.
import autocannon from "autocannon";

const options = JSON.parse(process.argv[2]);
const result = await autocannon({
  url: options.url,
  connections: options.connections,
  ...(options.amount !== undefined ? { amount: options.amount } : { duration: options.duration ?? 5 }),
  timeout: 10,
  requests: options.requests,
});
const cpu = process.cpuUsage();
// What the failures were, so a failed run says whether it was a timeout, a socket error or an answer.
const statuses = Object.entries(result.statusCodeStats ?? {})
  .filter(([code]) => !code.startsWith("2"))
  .map(([code, { count }]) => `HTTP ${code} ×${count}`);
const failures = [result.errors && `${result.errors} socket error(s)`, result.timeouts && `${result.timeouts} timeout(s)`, ...statuses].filter(Boolean).join(", ");
process.stdout.write(
  `${JSON.stringify({
    total: result.requests.total,
    duration: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.errors + result.timeouts + result.non2xx,
    failures,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  })}\n`,
);
