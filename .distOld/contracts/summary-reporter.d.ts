import type { Reporter, TestModule } from "vitest/node";
export declare class ContractSummaryReporter implements Reporter {
    private readonly options;
    constructor(options: {
        dir: string;
        target: string;
    });
    onTestRunEnd(modules: ReadonlyArray<TestModule>): void;
}
