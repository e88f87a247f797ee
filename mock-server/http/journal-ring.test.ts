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

  it("drops, on a wrap, the entries left between the head and the buffer's end, before writing over the start", () => {
    // 1 KiB, room for 20 entries. Lap one: ten of 100 bytes (0–1000). Lap two starts over at 0 and writes over them
    // as it goes (100, 300, then 450 bytes, to 850), which leaves entry 10 alone at 900–1000. The next entry (200
    // bytes) does not fit at 850: entry 10 must go first, and then the two it writes over (11 at 0, 12 at 100).
    const ring = new JournalRing(20, 1024);
    const texts = [...Array.from({ length: 11 }, (_, i) => String(i + 1).padEnd(100, "a")), "12".padEnd(300, "b"), "13".padEnd(450, "c"), "14".padEnd(200, "d")];
    for (const text of texts.slice(0, 13)) ring.push(text);
    expect(ring.oldestKeptId).toBe(10);
    expect(ring.get(10)).toBe(texts[9]);
    ring.push(texts[13]!);
    expect(ring.oldestKeptId).toBe(13);
    for (let id = 10; id <= 12; id++) expect(ring.get(id)).toBeUndefined();
    expect([ring.get(13), ring.get(14)]).toEqual([texts[12], texts[13]]);
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
