export declare function proxyMain(argv: string[]): Promise<void>;
