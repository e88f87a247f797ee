// The tally of checked traffic: per operation, exchanges seen, violations per rule (with a few examples), drift;
// routes the specs do not model; and the three renderings the proxy and the recording checker both write — JSON,
// JUnit XML (one test case per operation and rule, for CI) and a human summary like the contract suite's.
import { allOperations } from "../operations.js";
import { RULES } from "./exchange-checker.js";
import { invariantRules } from "./invariants.js";
const EXAMPLES = 5;
const MAX_ROUTES = 100;
const MAX_DRIFT_FIELDS = 20;
/** The rules an operation is held to: the shape rules for all, the invariants where they apply. */
export const rulesOf = (operationId) => [...RULES.slice(0, 4), ...invariantRules(operationId)];
const escapeXml = (text) => text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c])
    // Characters XML 1.0 cannot carry at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
export class TrafficReport {
    source;
    operations = new Map();
    routes = new Map();
    unmodelled = 0;
    upstreamErrors = 0;
    exchanges = 0;
    started = new Date().toISOString();
    updated = this.started;
    constructor(source) {
        this.source = source;
    }
    add(verdict, method, pathname) {
        this.exchanges += 1;
        this.updated = new Date().toISOString();
        if (!verdict.operationId) {
            this.unmodelled += 1;
            const route = `${method.toUpperCase()} ${pathname}`;
            if (this.routes.has(route) || this.routes.size < MAX_ROUTES)
                this.routes.set(route, (this.routes.get(route) ?? 0) + 1);
            return;
        }
        let tally = this.operations.get(verdict.operationId);
        if (!tally) {
            tally = { operationId: verdict.operationId, vendor: verdict.vendor, exchanges: 0, violations: {}, examples: {}, drift: 0, driftFields: [] };
            this.operations.set(verdict.operationId, tally);
        }
        tally.exchanges += 1;
        for (const { rule, message } of verdict.violations) {
            tally.violations[rule] = (tally.violations[rule] ?? 0) + 1;
            const examples = (tally.examples[rule] ??= []);
            if (examples.length < EXAMPLES && !examples.includes(message))
                examples.push(message);
        }
        if (verdict.drift.length > 0)
            tally.drift += 1;
        for (const field of verdict.drift) {
            if (tally.driftFields.length < MAX_DRIFT_FIELDS && !tally.driftFields.includes(field))
                tally.driftFields.push(field);
        }
    }
    addUpstreamError() {
        this.exchanges += 1;
        this.upstreamErrors += 1;
    }
    toJSON() {
        const operations = [...this.operations.values()];
        const count = (t) => Object.values(t.violations).reduce((a, b) => a + (b ?? 0), 0);
        return {
            source: this.source,
            started: this.started,
            updated: this.updated,
            exchanges: this.exchanges,
            violations: operations.reduce((sum, t) => sum + count(t), 0),
            drift: operations.reduce((sum, t) => sum + t.drift, 0),
            operations,
            unmodelled: { count: this.unmodelled, routes: Object.fromEntries(this.routes) },
            upstreamErrors: this.upstreamErrors,
        };
    }
    /** Whether a run with `--fail-on` this should fail. */
    failed(failOn) {
        const json = this.toJSON();
        if (failOn === "violation")
            return json.violations > 0;
        if (failOn === "drift")
            return json.violations > 0 || json.drift > 0;
        return false;
    }
    /** One test case per operation and rule; an operation no traffic reached is one skipped case. */
    junit(failOn) {
        const cases = [];
        let failures = 0;
        let skipped = 0;
        for (const op of allOperations()) {
            const tally = this.operations.get(op.operationId);
            const classname = escapeXml(`${op.vendor}.${op.operationId}`);
            if (!tally) {
                skipped += 1;
                cases.push(`    <testcase classname="${classname}" name="traffic"><skipped message="no exchange seen"/></testcase>`);
                continue;
            }
            for (const rule of rulesOf(op.operationId)) {
                const n = tally.violations[rule] ?? 0;
                if (n === 0) {
                    cases.push(`    <testcase classname="${classname}" name="${rule}"/>`);
                    continue;
                }
                failures += 1;
                const text = (tally.examples[rule] ?? []).join("\n");
                cases.push(`    <testcase classname="${classname}" name="${rule}"><failure message="${escapeXml(`${n} of ${tally.exchanges} exchanges broke ${rule}`)}">${escapeXml(text)}</failure></testcase>`);
            }
            const fields = escapeXml(tally.driftFields.join("\n"));
            if (tally.drift > 0 && failOn === "drift") {
                failures += 1;
                cases.push(`    <testcase classname="${classname}" name="drift"><failure message="${tally.drift} answers with fields the spec does not know">${fields}</failure></testcase>`);
            }
            else {
                cases.push(`    <testcase classname="${classname}" name="drift">${tally.drift > 0 ? `<system-out>${fields}</system-out>` : ""}</testcase>`);
            }
        }
        const routes = Object.entries(this.routes).map(([route, n]) => `${route}: ${n}`).join("\n");
        cases.push(`    <testcase classname="unmodelled" name="passed through">${this.unmodelled > 0 ? `<system-out>${escapeXml(routes)}</system-out>` : ""}</testcase>`);
        const name = escapeXml(`traffic (${this.source})`);
        return [
            `<?xml version="1.0" encoding="UTF-8"?>`,
            `<testsuites name="${name}" tests="${cases.length}" failures="${failures}" skipped="${skipped}">`,
            `  <testsuite name="${name}" tests="${cases.length}" failures="${failures}" skipped="${skipped}" timestamp="${this.started}">`,
            ...cases,
            `  </testsuite>`,
            `</testsuites>`,
            "",
        ].join("\n");
    }
    /** The three reports by file name: `<base>.json`, `<base>.xml` (JUnit), `<base>-summary.txt`. */
    files(base, failOn) {
        return {
            [`${base}.json`]: `${JSON.stringify(this.toJSON(), null, 2)}\n`,
            [`${base}.xml`]: this.junit(failOn),
            [`${base}-summary.txt`]: this.summary(),
        };
    }
    summary() {
        const json = this.toJSON();
        const width = Math.max(9, ...json.operations.map((t) => t.operationId.length));
        const lines = [
            `Traffic summary — ${json.source}: ${json.exchanges} exchanges, ${json.violations} violations, ${json.drift} with drift, ` +
                `${json.unmodelled.count} unmodelled${json.upstreamErrors ? `, ${json.upstreamErrors} without an upstream answer` : ""}`,
            "",
            `${"operation".padEnd(width)}  exchanges  violations  drift`,
            ...json.operations.map((t) => {
                const n = Object.values(t.violations).reduce((a, b) => a + (b ?? 0), 0);
                return `${t.operationId.padEnd(width)}  ${String(t.exchanges).padStart(9)}  ${String(n).padStart(10)}  ${String(t.drift).padStart(5)}`;
            }),
            "",
            ...json.operations.flatMap((t) => [
                ...Object.entries(t.examples).flatMap(([rule, messages]) => (messages ?? []).map((m) => `VIOLATION ${t.operationId} [${rule}] ${m}`)),
                ...(t.driftFields.length > 0 ? [`drift ${t.operationId}: unknown field ${t.driftFields.join(", ")}`] : []),
            ]),
            ...Object.entries(json.unmodelled.routes).map(([route, n]) => `unmodelled ${route}: ${n}`),
        ];
        return `${lines.join("\n")}\n`;
    }
}
//# sourceMappingURL=traffic-report.js.map