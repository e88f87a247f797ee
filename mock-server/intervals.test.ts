import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contains, normalize, nth, size, subtract, type Interval, type IntervalSet } from "./intervals.js";

// Raw intervals as callers may pass them: overlapping, touching, unsorted, empty and reversed ones included. The
// small range makes shared ends (where `<` and `<=` part) common.
const intervals = fc.array(
  fc.tuple(fc.nat(60), fc.integer({ min: -5, max: 30 })).map(([a, n]): Interval => [a, a + n]),
  { maxLength: 8 },
);
const members = (set: readonly Interval[]) => new Set(set.flatMap(([a, b]) => Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i)));
/** Every index any generated set can hold, and a margin either side. */
const UNIVERSE = Array.from({ length: 100 }, (_, i) => i - 5);

/** A well-formed set: non-empty intervals, sorted, with a gap between neighbours (touching ones are merged). */
function expectWellFormed(set: IntervalSet): void {
  set.forEach(([a, b], k) => {
    expect(b).toBeGreaterThan(a);
    if (k > 0) expect(a).toBeGreaterThan(set[k - 1]![1]);
  });
}

describe("interval sets agree with plain sets", () => {
  it("normalize, size, contains, nth", () => {
    fc.assert(
      fc.property(intervals, (raw) => {
        const set = normalize(raw);
        expectWellFormed(set);
        const plain = [...members(raw)].sort((x, y) => x - y);
        expect(size(set)).toBe(plain.length);
        plain.forEach((index, k) => expect(nth(set, k)).toBe(index));
        expect(nth(set, plain.length)).toBeUndefined();
        const has = new Set(plain);
        for (const index of UNIVERSE) expect(contains(set, index)).toBe(has.has(index));
      }),
    );
  });

  it("subtract", () => {
    fc.assert(
      fc.property(intervals, intervals, (x, y) => {
        const b = members(y);
        const expected = [...members(x)].filter((i) => !b.has(i));
        const difference = subtract(normalize(x), normalize(y));
        expectWellFormed(difference);
        expect(size(difference)).toBe(expected.length);
        expect(members(difference)).toEqual(new Set(expected));
      }),
    );
  });

  it("subtract cuts from either end, from the middle, or all of an interval, and leaves no empty piece", () => {
    expect(subtract([[0, 10]], [[5, 10]])).toEqual([[0, 5]]);
    expect(subtract([[0, 10]], [[0, 5]])).toEqual([[5, 10]]);
    expect(subtract([[0, 10]], [[3, 5]])).toEqual([[0, 3], [5, 10]]);
    expect(subtract([[0, 10], [20, 30]], [[0, 10]])).toEqual([[20, 30]]);
    expect(subtract([[0, 10]], [[10, 12]])).toEqual([[0, 10]]);
  });

  it("normalize merges intervals that only touch, and keeps one-index gaps", () => {
    expect(normalize([[5, 7], [0, 5], [8, 9], [3, 3]])).toEqual([[0, 7], [8, 9]]);
  });
});
