/** `Unknown option '--prot'` → ` (did you mean --port?)`, when a known option is close enough to be meant. */
export declare function didYouMean(message: string, options: readonly string[]): string;
export declare class ConfigFileError extends Error {
}
/** A config file's settings: a .json file as JSON, anything else as YAML (of which JSON is a subset). */
export declare function parseConfigFile(path: string, text: string): Promise<Record<string, unknown>>;
/** The message for a server that could not listen: a taken port says so, and how to get a free one. */
export declare function listenFailure(error: unknown, host: string, port: number): string | undefined;
/** This package's version, from its package.json: one folder up from mock-server/ in the sources, two from dist/. */
export declare function packageVersion(): string;
