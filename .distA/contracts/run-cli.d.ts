export interface ContractsCliOptions {
    /** The command's name, for usage. */
    command: string;
    /** Folder the suite files are in (vitest's root). */
    root: string;
    /** The suite file for live and URL targets (reads CONTRACT_TARGET), relative to root. */
    envFile: string;
    /** The suite file for the in-process mock, where this runner offers it. */
    inProcessFile?: string;
}
/** Runs the suite; resolves with the exit code (0 all passed or skipped, 1 a contract failed, 2 bad usage). */
export declare function runContractsCli(argv: string[], options: ContractsCliOptions): Promise<number>;
