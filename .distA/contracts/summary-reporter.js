// A vitest reporter for contract runs: per endpoint, how many contracts passed, failed, were skipped, and how
// many drift warnings (fields the spec does not know) were seen. Printed, and written as text and JSON.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
export class ContractSummaryReporter {
    options;
    constructor(options) {
        this.options = options;
    }
    onTestRunEnd(modules) {
        const rows = new Map();
        const failures = [];
        for (const module of modules) {
            for (const test of module.children.allTests()) {
                const endpoint = test.meta().endpoint ?? "other";
                let row = rows.get(endpoint);
                if (!row)
                    rows.set(endpoint, (row = { endpoint, passed: 0, failed: 0, skipped: 0, drift: 0, notes: [] }));
                const result = test.result();
                if (result.state === "passed")
                    row.passed += 1;
                else if (result.state === "failed") {
                    row.failed += 1;
                    failures.push(`${test.name}: ${result.errors?.[0]?.message ?? "failed"}`);
                }
                else {
                    row.skipped += 1;
                    const note = result.state === "skipped" ? result.note : undefined;
                    if (note && !row.notes.includes(note))
                        row.notes.push(note);
                }
                const drift = test.annotations().filter((a) => a.type === "drift");
                row.drift += drift.length;
                for (const a of drift)
                    if (!row.notes.includes(a.message))
                        row.notes.push(a.message);
            }
        }
        const table = [...rows.values()];
        const width = Math.max(...table.map((r) => r.endpoint.length), 8);
        const lines = [
            `Contract summary — target: ${this.options.target}`,
            "",
            `${"endpoint".padEnd(width)}  passed  failed  skipped  drift`,
            ...table.map((r) => `${r.endpoint.padEnd(width)}  ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${String(r.skipped).padStart(7)}  ${String(r.drift).padStart(5)}`),
            "",
            ...table.flatMap((r) => r.notes.map((n) => `${r.endpoint}: ${n}`)),
            ...failures.map((f) => `FAILED ${f}`),
        ];
        mkdirSync(this.options.dir, { recursive: true });
        writeFileSync(join(this.options.dir, "contracts-summary.txt"), `${lines.join("\n")}\n`);
        writeFileSync(join(this.options.dir, "contracts-summary.json"), `${JSON.stringify({ target: this.options.target, endpoints: table, failures }, null, 2)}\n`);
        process.stdout.write(`\n${lines.join("\n")}\n`);
    }
}
//# sourceMappingURL=summary-reporter.js.map