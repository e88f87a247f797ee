// JUnit XML for contract runs, as CI dashboards read it: one <testsuite> per endpoint, `classname` naming the
// endpoint ("feishu get_progress"), <skipped message="why"> carrying the reason, <failure> the message and detail.
// (vitest's own junit reporter names classes after files and leaves <skipped/> empty.)
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { XMLBuilder } from "fast-xml-parser";
// XML 1.0 has no place for control characters (terminal colours in error output): drop them.
// eslint-disable-next-line no-control-regex
const clean = (text) => text.replace(/\u001b\[[0-9;]*m/g, "").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
const seconds = (ms) => ((ms ?? 0) / 1000).toFixed(3);
export class ContractJunitReporter {
    options;
    constructor(options) {
        this.options = options;
    }
    onTestRunEnd(modules) {
        const byEndpoint = new Map();
        const add = (endpoint, testCase) => {
            const list = byEndpoint.get(endpoint) ?? [];
            list.push(testCase);
            byEndpoint.set(endpoint, list);
        };
        for (const module of modules) {
            for (const error of module.errors()) {
                add("other", { "@_classname": "other", "@_name": `${module.moduleId}: error outside the contracts`, "@_time": "0", failure: failureOf(error) });
            }
            for (const test of module.children.allTests()) {
                const endpoint = test.meta().endpoint ?? "other";
                const result = test.result();
                const testCase = { "@_classname": endpoint, "@_name": test.name, "@_time": seconds(test.diagnostic()?.duration) };
                if (result.state === "skipped")
                    testCase.skipped = { "@_message": clean(result.note ?? "skipped") };
                if (result.state === "failed")
                    testCase.failure = failureOf(result.errors?.[0]);
                if (result.state === "pending")
                    testCase.skipped = { "@_message": "did not run" };
                add(endpoint, testCase);
            }
        }
        const suites = [...byEndpoint].map(([endpoint, cases]) => ({
            "@_name": endpoint,
            "@_tests": String(cases.length),
            "@_failures": String(cases.filter((c) => c.failure).length),
            "@_skipped": String(cases.filter((c) => c.skipped).length),
            "@_errors": "0",
            "@_time": seconds(cases.reduce((sum, c) => sum + Number(c["@_time"]) * 1000, 0)),
            testcase: cases,
        }));
        const total = (key) => String(suites.reduce((n, s) => n + Number(s[key]), 0));
        const document = {
            "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" },
            testsuites: {
                "@_name": this.options.suiteName,
                "@_tests": total("@_tests"),
                "@_failures": total("@_failures"),
                "@_skipped": total("@_skipped"),
                "@_errors": "0",
                "@_time": seconds(suites.reduce((sum, s) => sum + Number(s["@_time"]) * 1000, 0)),
                testsuite: suites,
            },
        };
        const xml = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: true, suppressEmptyNode: true }).build(document);
        mkdirSync(dirname(this.options.file), { recursive: true });
        writeFileSync(this.options.file, xml);
    }
}
function failureOf(error) {
    const message = clean(error?.message ?? "failed");
    return { "@_message": message, "@_type": error?.name ?? "Error", "#text": clean(error?.stack ?? message) };
}
//# sourceMappingURL=junit-reporter.js.map