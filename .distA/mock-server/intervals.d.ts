export type Interval = readonly [start: number, end: number];
export type IntervalSet = readonly Interval[];
/** Sorts and merges overlapping or touching intervals; drops empty ones. */
export declare function normalize(intervals: Iterable<Interval>): IntervalSet;
export declare function size(set: IntervalSet): number;
export declare function contains(set: IntervalSet, index: number): boolean;
export declare function subtract(x: IntervalSet, y: IntervalSet): IntervalSet;
/** The k-th smallest index of the set (0-based), or undefined past its end. */
export declare function nth(set: IntervalSet, k: number): number | undefined;
