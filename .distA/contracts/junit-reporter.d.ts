import type { Reporter, TestModule } from "vitest/node";
export declare class ContractJunitReporter implements Reporter {
    private readonly options;
    constructor(options: {
        file: string;
        suiteName: string;
    });
    onTestRunEnd(modules: ReadonlyArray<TestModule>): void;
}
