import type { MockState } from "../state/mock-state.js";
export declare function restoreConflicts(given: unknown, state: MockState): string[];
