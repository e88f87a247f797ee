import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalize, size } from "../intervals.js";
import { readerCount, readers, type ReadableSend } from "./readers.js";

const send = (recipients: [number, number][], readRatio: number, id = "om_x"): ReadableSend => ({
  id,
  createdAt: 0,
  recipients: normalize(recipients),
  timing: { scheduleDelayMs: 0, deliveryMs: 0, readRatio, readSpreadMs: 60_000 },
});

describe("readers", () => {
  it("are distinct recipients, in non-decreasing read time, and paging them leaves no gap or duplicate", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(5000), fc.integer({ min: 1, max: 400 })), { minLength: 1, maxLength: 4 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 100 }),
        fc.string(),
        (ranges, ratio, pageSize, id) => {
          const s = send(ranges.map(([a, n]) => [a, a + n]), ratio, id);
          const total = readerCount(s, Number.MAX_SAFE_INTEGER);
          expect(total).toBe(Math.round(size(s.recipients) * ratio));
          const seen: number[] = [];
          for (let from = 0; from < total; from += pageSize) seen.push(...readers(1, s, from, pageSize).map((r) => r.index));
          expect(seen).toHaveLength(total);
          expect(new Set(seen).size).toBe(total);
          const all = readers(1, s, 0, total);
          expect(all.map((r) => r.index)).toEqual(seen);
          for (let k = 1; k < all.length; k++) expect(all[k]!.readAt).toBeGreaterThanOrEqual(all[k - 1]!.readAt);
          for (const r of all) expect(s.recipients.some(([a, b]) => r.index >= a && r.index < b)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("counts readers by their read times, and only ever adds to them", () => {
    const s = send([[0, 1000]], 0.8);
    let previous = 0;
    for (let t = 0; t <= 70_000; t += 997) {
      const n = readerCount(s, t);
      expect(n).toBeGreaterThanOrEqual(previous);
      if (n > 0) expect(readers(1, s, n - 1, 1)[0]!.readAt).toBeLessThanOrEqual(t);
      if (n < 800) expect(readers(1, s, n, 1)[0]!.readAt).toBeGreaterThan(t);
      previous = n;
    }
    expect(previous).toBe(800);
  });

  it("stop at frozenAt", () => {
    const s = { ...send([[0, 100]], 1), frozenAt: 30_000 };
    expect(readerCount(s, 1_000_000)).toBe(readerCount(s, 30_000));
  });
});
