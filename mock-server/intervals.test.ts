import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contains, normalize, nth, size, subtract, type Interval } from "./intervals.js";

const intervals = fc.array(
  fc.tuple(fc.nat(200), fc.nat(30)).map(([a, n]): Interval => [a, a + n]),
  { maxLength: 8 },
);
const members = (set: readonly Interval[]) => new Set(set.flatMap(([a, b]) => Array.from({ length: b - a }, (_, i) => a + i)));

describe("interval sets agree with plain sets", () => {
  it("normalize, size, contains, nth", () => {
    fc.assert(
      fc.property(intervals, (raw) => {
        const set = normalize(raw);
        const plain = [...members(raw)].sort((x, y) => x - y);
        expect(size(set)).toBe(plain.length);
        plain.forEach((index, k) => {
          expect(contains(set, index)).toBe(true);
          expect(nth(set, k)).toBe(index);
        });
        expect(nth(set, plain.length)).toBeUndefined();
      }),
    );
  });

  it("subtract", () => {
    fc.assert(
      fc.property(intervals, intervals, (x, y) => {
        const a = members(x);
        const b = members(y);
        expect(members(subtract(normalize(x), normalize(y)))).toEqual(new Set([...a].filter((i) => !b.has(i))));
      }),
    );
  });
});
