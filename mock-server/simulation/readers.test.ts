import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalize, size } from "../intervals.js";
import { readerCount, readers, type ReadableSend } from "./readers.js";

const send = (recipients: [number, number][], readRatio: number, id = "om_x", createdAt = 0, scheduleDelayMs = 0): ReadableSend => ({
  id,
  createdAt,
  recipients: normalize(recipients),
  timing: { scheduleDelayMs, deliveryMs: 0, readRatio, readSpreadMs: 60_000 },
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

  it("read over read_spread_ms from the scheduled start, the last one at its end, each counted from its read time", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.nat(1_000_000),
        fc.nat(5000),
        (n, ratio, createdAt, delay) => {
          const s = send([[0, n]], ratio, "om_x", createdAt, delay);
          const start = createdAt + delay;
          const total = readerCount(s, Number.MAX_SAFE_INTEGER);
          const all = readers(1, s, 0, total);
          for (const [k, r] of all.entries()) {
            expect(r.readAt).toBeGreaterThanOrEqual(start);
            expect(r.readAt).toBeLessThanOrEqual(start + s.timing.readSpreadMs);
            expect(readerCount(s, r.readAt)).toBeGreaterThan(k);
            expect(readerCount(s, r.readAt - 1)).toBeLessThanOrEqual(k);
          }
          if (total > 0) expect(all.at(-1)!.readAt).toBe(start + s.timing.readSpreadMs);
          expect(readerCount(s, start - 1)).toBe(0);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("of no recipients are none", () => {
    const s = send([], 1);
    expect(readerCount(s, Number.MAX_SAFE_INTEGER)).toBe(0);
    expect(readers(1, s, 0, 10)).toEqual([]);
  });

  it("are scattered over the recipients, and who reads first differs from message to message", () => {
    const orders = Array.from({ length: 20 }, (_, i) => readers(1, send([[0, 1000]], 0.1, `om_${i}`), 0, 100).map((r) => r.index));
    // Not a run of directory neighbours (reading in directory order from some offset).
    const inDirectoryOrder = orders.filter((o) => o.slice(1).every((index, k) => (index - o[k]! + 1000) % 1000 === 1));
    expect(inDirectoryOrder.length).toBeLessThanOrEqual(2);
    expect(new Set(orders.map((o) => o[0])).size).toBeGreaterThanOrEqual(15);
  });

  it("stay exact past 2^53 (a permutation step beyond the safe integers), paging near the end of a huge set", () => {
    const n = 2 ** 28;
    // Find a message whose permutation step a·k + b leaves the safe integers before its last reader.
    let checked = 0;
    for (let i = 0; i < 50 && checked === 0; i++) {
      const s = send([[0, n]], 1, `om_${i}`);
      const [first, second] = readers(1, s, 0, 2);
      const b = first!.index;
      const a = (second!.index - b + n) % n;
      const boundary = Math.ceil((Number.MAX_SAFE_INTEGER - b) / a);
      if (boundary >= n - 2) continue;
      const page = readers(1, s, boundary - 2, 4);
      expect(page).toHaveLength(4);
      page.forEach((r, k) => {
        expect(Number.isSafeInteger(r.index) && r.index >= 0 && r.index < n).toBe(true);
        if (k > 0) expect((r.index - page[k - 1]!.index + n) % n).toBe(a);
      });
      checked++;
    }
    expect(checked).toBe(1);
  });
});
