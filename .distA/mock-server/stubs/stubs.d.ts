import type { Stub, StubSpec } from "./stub-spec.js";
export interface StubRequest {
    method: string;
    path: string;
    query: URLSearchParams;
    body: unknown;
}
export interface StubMatch {
    stub: Stub;
    params: Record<string, string>;
    /** Counts this answer; returns how many times the stub has answered, this one included. */
    answer: () => number;
}
export declare class StubError extends Error {
}
/** Each stub is checked in turn for every unmodelled request: a bound keeps that cheap and memory bounded. */
export declare const MAX_STUBS = 1000;
export declare class Stubs {
    private readonly configured;
    private entries;
    private made;
    constructor(configured?: StubSpec[]);
    /** Back to the config's stubs. */
    reset(): void;
    list(): Stub[];
    /** Adds (or, with an id in use, replaces) a stub; the spec has been checked against STUB_SCHEMA. */
    add(spec: StubSpec): {
        stub: Stub;
        replaced: boolean;
    };
    remove(id: string): boolean;
    /** The newest stub that matches method, path, query and body; counts the answer. */
    match(request: StubRequest): StubMatch | undefined;
}
