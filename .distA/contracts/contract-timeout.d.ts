import type { Target } from "./target.js";
export declare function contractTimeoutMs(target: Target): number;
/** Rejects with why when `work` takes longer than `ms` (the work itself is not stopped). */
export declare function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T>;
