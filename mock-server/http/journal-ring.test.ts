import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JournalRing } from "./journal-ring.js";

describe("the journal's ring", () => {
  it("keeps exactly the newest entries that fit both bounds, whatever their sizes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1024, max: 3000 }),
        fc.array(fc.integer({ min: 0, max: 1500 }), { maxLength: 60 }),
        (capacity, maxBytes, sizes) => {
          const ring = new JournalRing(capacity, maxBytes);
          const texts = sizes.map((n, i) => `${i}:${"é".repeat(n >> 1)}`); // two-byte characters: bytes ≠ length
          texts.forEach((t, i) => expect(ring.push(t)).toBe(i + 1));
          // What a simple model keeps: newest first, while count and bytes allow, stopping at one too big.
          const expected: number[] = [];
          let bytes = 0;
          for (let i = texts.length - 1; i >= 0 && expected.length < capacity; i--) {
            bytes += Buffer.byteLength(texts[i]!);
            if (bytes > maxBytes) break;
            expected.push(i + 1);
          }
          const kept: number[] = [];
          for (let id = ring.lastEntryId; id >= ring.oldestKeptId; id--) {
            expect(ring.get(id)).toBe(texts[id - 1]);
            kept.push(id);
          }
          // The ring may keep fewer than the model when wrapping leaves a gap at the end of the buffer, never more,
          // and never loses the newest one that fits.
          expect(kept.length).toBeLessThanOrEqual(expected.length);
          expect(kept).toEqual(expected.slice(0, kept.length));
          if (expected.length > 0) expect(kept.length).toBeGreaterThanOrEqual(1);
          expect(ring.get(ring.oldestKeptId - 1)).toBeUndefined();
        },
      ),
    );
  });

  it("keeps nothing at capacity 0 and after clear(), while ids go on", () => {
    const none = new JournalRing(0, 1024);
    expect([none.push("a"), none.push("b")]).toEqual([1, 2]);
    expect(none.get(2)).toBeUndefined();
    const ring = new JournalRing(3, 1024);
    ring.push("a");
    ring.push("b");
    ring.clear();
    expect(ring.get(2)).toBeUndefined();
    expect(ring.push("c")).toBe(3);
    expect(ring.get(3)).toBe("c");
  });

  it("refuses sizes it cannot honour", () => {
    expect(() => new JournalRing(-1, 2048)).toThrow(RangeError);
    expect(() => new JournalRing(10, 10)).toThrow(RangeError);
  });
});
