import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TaskRecord } from "../state/records.js";
import { readerCount, readers } from "./readers.js";
import { reachedFraction, taskProgress, taskReach, taskSend } from "./task-progress.js";

const task = fc
  .record({
    createdAt: fc.nat(1_000_000),
    recipients: fc.integer({ min: 1, max: 5000 }),
    scheduleDelayMs: fc.nat(5000),
    deliveryMs: fc.nat(100_000),
    readRatio: fc.double({ min: 0, max: 1, noNaN: true }),
    readSpreadMs: fc.nat(200_000),
  })
  .map((t): TaskRecord => ({
    taskId: 1,
    appkey: "ding_x",
    agentId: 1,
    createdAt: t.createdAt,
    msgType: "text",
    recipients: [[0, t.recipients]],
    invalidUserIds: [],
    invalidDeptIds: [],
    timing: { scheduleDelayMs: t.scheduleDelayMs, deliveryMs: t.deliveryMs, readRatio: t.readRatio, readSpreadMs: t.readSpreadMs },
  }));
const plain = (timing: TaskRecord["timing"], recipients = 1000): TaskRecord => ({
  taskId: 1, appkey: "ding_x", agentId: 1, createdAt: 50_000, msgType: "text", recipients: [[0, recipients]], invalidUserIds: [], invalidDeptIds: [], timing,
});
const offsets = fc.array(fc.nat(400_000), { minLength: 1, maxLength: 20 });

describe("taskProgress", () => {
  it("is 0 until scheduled, then sending with a rising percentage, then done at 100%, never going back", () => {
    fc.assert(
      fc.property(task, offsets, (t, times) => {
        const start = t.createdAt + t.timing.scheduleDelayMs;
        let previous = { progress_in_percent: 0, status: 0 };
        for (const now of [start - 1, start, ...times.map((o) => t.createdAt + o)].sort((x, y) => x - y)) {
          const p = taskProgress(t, now);
          expect(p.status).toBe(now < start ? 0 : p.progress_in_percent === 100 ? 2 : 1);
          expect(p.progress_in_percent).toBeGreaterThanOrEqual(previous.progress_in_percent);
          expect(p.progress_in_percent).toBeLessThanOrEqual(100);
          expect(p.status).toBeGreaterThanOrEqual(previous.status);
          previous = p;
        }
        expect(taskProgress(t, start + t.timing.deliveryMs)).toEqual({ progress_in_percent: 100, status: 2 });
      }),
      { numRuns: 200 },
    );
  });

  it("sends to everyone at the scheduled instant when delivery takes no time", () => {
    const t = plain({ scheduleDelayMs: 1000, deliveryMs: 0, readRatio: 0.5, readSpreadMs: 10_000 });
    expect(taskProgress(t, t.createdAt + 999)).toEqual({ progress_in_percent: 0, status: 0 });
    expect(taskProgress(t, t.createdAt + 1000)).toEqual({ progress_in_percent: 100, status: 2 });
  });

  it("after a recall: done from the recall on, as before it until then; nobody more reached or reading", () => {
    fc.assert(
      fc.property(task, fc.nat(400_000), offsets, (t, recallAfter, times) => {
        const recalledAt = t.createdAt + recallAfter;
        const recalled: TaskRecord = { ...t, recalledAt };
        for (const now of [recalledAt - 1, recalledAt, ...times.map((o) => t.createdAt + o)]) {
          if (now < recalledAt) {
            expect(taskProgress(recalled, now)).toEqual(taskProgress(t, now));
            expect(reachedFraction(recalled, now)).toBe(reachedFraction(t, now));
            expect(readerCount(taskSend(recalled), now)).toBe(readerCount(taskSend(t), now));
          } else {
            expect(taskProgress(recalled, now)).toEqual({ progress_in_percent: 100, status: 2 });
            expect(reachedFraction(recalled, now)).toBe(reachedFraction(t, recalledAt));
            expect(readerCount(taskSend(recalled), now)).toBe(readerCount(taskSend(t), recalledAt));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("keeps reading after the sending is done when nothing is recalled", () => {
    const t = plain({ scheduleDelayMs: 0, deliveryMs: 1000, readRatio: 1, readSpreadMs: 100_000 });
    const send = taskSend(t);
    expect(readerCount(send, t.createdAt + 1000)).toBe(10);
    expect(readerCount(send, t.createdAt + 100_000)).toBe(1000);
  });
});

describe("taskReach", () => {
  it("pages through exactly the recipients reached: each once, readers first, a page never past the last reached", () => {
    fc.assert(
      fc.property(task, fc.nat(400_000), fc.integer({ min: 1, max: 700 }), fc.nat(1000), (t, offset, pageSize, seed) => {
        const now = t.createdAt + offset;
        const { delivered, read, reached } = taskReach(seed, t, now);
        expect(delivered).toBe(Math.floor(t.recipients[0]![1] * reachedFraction(t, now)));
        expect(read).toBeLessThanOrEqual(delivered);
        const all: number[] = [];
        for (let from = 0; from < delivered + pageSize; from += pageSize) {
          const page = reached(from, pageSize);
          expect(page.length).toBe(Math.max(0, Math.min(pageSize, delivered - from)));
          all.push(...page);
        }
        expect(all.length).toBe(delivered);
        expect(new Set(all).size).toBe(delivered);
        expect(all.every((i) => i >= 0 && i < t.recipients[0]![1])).toBe(true);
        expect(reached(delivered, pageSize)).toEqual([]);
        expect(all.slice(0, read)).toEqual(readers(seed, taskSend(t), 0, read).map((r) => r.index));
      }),
      { numRuns: 60 },
    );
  });
});
