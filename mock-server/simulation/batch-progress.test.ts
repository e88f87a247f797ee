import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { batchProgress, type BatchRecord } from "./batch-progress.js";

const batch = fc.record({
  valid: fc.integer({ min: 0, max: 2_000_000 }),
  deliverableShare: fc.double({ min: 0, max: 1, noNaN: true }),
  scheduleDelayMs: fc.integer({ min: 0, max: 5000 }),
  deliveryMs: fc.integer({ min: 0, max: 1_000_000 }),
  readRatio: fc.double({ min: 0, max: 1, noNaN: true }),
  readSpreadMs: fc.integer({ min: 0, max: 1_000_000 }),
  recallAfter: fc.option(fc.integer({ min: 0, max: 2_000_000 })),
  recallMs: fc.integer({ min: 0, max: 100_000 }),
});

function record(v: typeof batch extends fc.Arbitrary<infer T> ? T : never): BatchRecord {
  return {
    id: "bm-x",
    appId: "cli_x",
    createdAt: 1_000_000,
    msgType: "text",
    valid: v.valid,
    deliverable: Math.floor(v.valid * v.deliverableShare),
    timing: { scheduleDelayMs: v.scheduleDelayMs, deliveryMs: v.deliveryMs, readRatio: v.readRatio, readSpreadMs: v.readSpreadMs },
    ...(v.recallAfter !== null && { recall: { at: 1_000_000 + v.recallAfter, durationMs: v.recallMs } }),
  };
}

describe("batchProgress", () => {
  it("holds success ≤ valid, read ≤ success, recall_count ≤ success, and never decreases", () => {
    fc.assert(
      fc.property(batch, fc.array(fc.integer({ min: 0, max: 3_000_000 }), { minLength: 2, maxLength: 30 }), (b, offsets) => {
        const rec = record(b);
        let previous: ReturnType<typeof batchProgress> | undefined;
        for (const t of [...offsets].sort((x, y) => x - y)) {
          const p = batchProgress(rec, rec.createdAt + t);
          expect(p.success_user_ids_count).toBeLessThanOrEqual(p.valid_user_ids_count);
          expect(p.read_user_ids_count).toBeLessThanOrEqual(p.success_user_ids_count);
          expect(p.recall_count).toBeLessThanOrEqual(p.success_user_ids_count);
          if (previous) {
            for (const key of ["valid_user_ids_count", "success_user_ids_count", "read_user_ids_count", "recall_count"] as const) {
              expect(p[key]).toBeGreaterThanOrEqual(previous[key]);
            }
            if (previous.recall) expect(p.recall).toBe(true);
          }
          previous = p;
        }
      }),
    );
  });

  it("reports 0 valid until scheduled, then delivers everything deliverable, then recalls all of it", () => {
    const rec: BatchRecord = {
      id: "bm-x", appId: "cli_x", createdAt: 0, msgType: "text", valid: 100, deliverable: 95,
      timing: { scheduleDelayMs: 1000, deliveryMs: 2000, readRatio: 0.5, readSpreadMs: 10_000 },
    };
    expect(batchProgress(rec, 999).valid_user_ids_count).toBe(0);
    expect(batchProgress(rec, 1000).valid_user_ids_count).toBe(100);
    expect(batchProgress(rec, 3000).success_user_ids_count).toBe(95);
    expect(batchProgress(rec, 11_000).read_user_ids_count).toBe(47);
    rec.recall = { at: 11_000, durationMs: 5000 };
    expect(batchProgress(rec, 11_000)).toMatchObject({ recall: true, recall_count: 0 });
    expect(batchProgress(rec, 16_000)).toMatchObject({ recall: true, recall_count: 95, success_user_ids_count: 95 });
  });

  it("builds reads up over read_spread_ms from the start of delivery, to readRatio of those delivered", () => {
    fc.assert(
      fc.property(batch, fc.double({ min: 0, max: 1, noNaN: true }), (b, share) => {
        // Delivered at once, so only the read spread paces the reads.
        const rec = record({ ...b, deliveryMs: 0, recallAfter: null, readSpreadMs: b.readSpreadMs + 1 });
        const start = rec.createdAt + rec.timing!.scheduleDelayMs;
        const eventually = Math.floor(rec.deliverable * rec.timing!.readRatio);
        const elapsed = Math.floor(share * rec.timing!.readSpreadMs);
        const read = batchProgress(rec, start + elapsed).read_user_ids_count;
        expect(read).toBeLessThanOrEqual((eventually * elapsed) / rec.timing!.readSpreadMs);
        expect(read).toBeGreaterThan((eventually * elapsed) / rec.timing!.readSpreadMs - 1);
        expect(batchProgress(rec, start + rec.timing!.readSpreadMs).read_user_ids_count).toBe(eventually);
        expect(batchProgress(rec, start + 10 * rec.timing!.readSpreadMs).read_user_ids_count).toBe(eventually);
      }),
      { numRuns: 200 },
    );
    const rec: BatchRecord = {
      id: "bm-x", appId: "cli_x", createdAt: 1_000_000, msgType: "text", valid: 1000, deliverable: 1000,
      timing: { scheduleDelayMs: 2000, deliveryMs: 0, readRatio: 0.5, readSpreadMs: 10_000 },
    };
    expect(batchProgress(rec, 1_001_999)).toMatchObject({ success_user_ids_count: 0, read_user_ids_count: 0 });
    // Delivered at once at the scheduled instant; a quarter, half, all of the reads a quarter, half, all the way.
    expect(batchProgress(rec, 1_002_000)).toMatchObject({ success_user_ids_count: 1000, read_user_ids_count: 0 });
    expect(batchProgress(rec, 1_004_500).read_user_ids_count).toBe(125);
    expect(batchProgress(rec, 1_007_000).read_user_ids_count).toBe(250);
    expect(batchProgress(rec, 1_012_000).read_user_ids_count).toBe(500);
  });

  it("never has more readers than recipients delivered to while delivery is under way", () => {
    const rec: BatchRecord = {
      id: "bm-x", appId: "cli_x", createdAt: 0, msgType: "text", valid: 1000, deliverable: 1000,
      timing: { scheduleDelayMs: 0, deliveryMs: 100_000, readRatio: 1, readSpreadMs: 1000 },
    };
    expect(batchProgress(rec, 10_000)).toMatchObject({ success_user_ids_count: 100, read_user_ids_count: 100 });
  });
});

describe("batchProgress without a timing", () => {
  it("says it is the mock's own bug, naming the batch and the way out", () => {
    const { timing: _, ...untimed } = record({ valid: 10, deliverableShare: 1, scheduleDelayMs: 0, deliveryMs: 0, readRatio: 0, readSpreadMs: 0, recallAfter: null, recallMs: 0 });
    expect(() => batchProgress(untimed, 2_000_000)).toThrow(/^Mock bug: no timing for batch bm-x \(use batchTiming\)$/);
  });
});
