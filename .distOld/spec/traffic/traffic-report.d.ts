import type { Vendor } from "../types.js";
import { type Rule, type Verdict } from "./exchange-checker.js";
export type FailOn = "violation" | "drift";
export interface OperationTally {
    operationId: string;
    vendor: Vendor;
    exchanges: number;
    violations: Partial<Record<Rule, number>>;
    /** Up to EXAMPLES distinct messages per rule. */
    examples: Partial<Record<Rule, string[]>>;
    drift: number;
    driftFields: string[];
}
export interface TrafficReportJson {
    source: string;
    started: string;
    updated: string;
    exchanges: number;
    violations: number;
    drift: number;
    operations: OperationTally[];
    unmodelled: {
        count: number;
        routes: Record<string, number>;
    };
    /** Exchanges that got no answer from upstream (unreachable, timed out, cut off). */
    upstreamErrors: number;
}
/** The rules an operation is held to: the shape rules for all, the invariants where they apply. */
export declare const rulesOf: (operationId: string) => Rule[];
export declare class TrafficReport {
    readonly source: string;
    private readonly operations;
    private readonly routes;
    private unmodelled;
    private upstreamErrors;
    private exchanges;
    private readonly started;
    private updated;
    constructor(source: string);
    add(verdict: Verdict, method: string, pathname: string): void;
    addUpstreamError(): void;
    toJSON(): TrafficReportJson;
    /** Whether a run with `--fail-on` this should fail. */
    failed(failOn: FailOn | undefined): boolean;
    /** One test case per operation and rule; an operation no traffic reached is one skipped case. */
    junit(failOn?: FailOn): string;
    /** The three reports by file name: `<base>.json`, `<base>.xml` (JUnit), `<base>-summary.txt`. */
    files(base: string, failOn?: FailOn): Record<string, string>;
    summary(): string;
}
