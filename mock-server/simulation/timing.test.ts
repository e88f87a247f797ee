import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultConfig, type MockConfig } from "../config.js";
import { batchTiming, fraction, sendTiming } from "./timing.js";

const range = (max: number) => fc.tuple(fc.double({ min: 0, max, noNaN: true }), fc.double({ min: 0, max, noNaN: true })).map(([x, y]): [number, number] => [Math.min(x, y), Math.max(x, y)]);
const simulation = fc.record({
  schedule_delay_ms: range(10_000),
  delivery_per_second: fc.integer({ min: 1, max: 10_000 }),
  min_delivery_ms: fc.integer({ min: 0, max: 5000 }),
  read_ratio: range(1),
  read_spread_ms: fc.integer({ min: 0, max: 1_000_000 }),
});
const withSimulation = (seed: number, sim: Partial<MockConfig["simulation"]>): MockConfig => ({ ...defaultConfig(), seed, simulation: { ...defaultConfig().simulation, ...sim } });

describe("sendTiming", () => {
  it("draws the schedule delay and read ratio inside their configured ranges, and takes read_spread_ms as set", () => {
    fc.assert(
      fc.property(fc.nat(), simulation, fc.string(), fc.nat(100_000), (seed, sim, id, deliverable) => {
        const t = sendTiming(withSimulation(seed, sim), id, deliverable);
        // Rounded to whole milliseconds.
        expect(t.scheduleDelayMs).toBeGreaterThanOrEqual(Math.round(sim.schedule_delay_ms[0]));
        expect(t.scheduleDelayMs).toBeLessThanOrEqual(Math.round(sim.schedule_delay_ms[1]));
        expect(t.readRatio).toBeGreaterThanOrEqual(sim.read_ratio[0]);
        expect(t.readRatio).toBeLessThanOrEqual(sim.read_ratio[1]);
        expect(t.readSpreadMs).toBe(sim.read_spread_ms);
      }),
      { numRuns: 200 },
    );
  });

  it("spreads the draws over the ranges (not all at one end) across sends", () => {
    const config = withSimulation(7, { schedule_delay_ms: [1000, 2000], read_ratio: [0.5, 0.6] });
    const timings = Array.from({ length: 200 }, (_, i) => sendTiming(config, `bm-${i}`, 10));
    const delays = timings.map((t) => t.scheduleDelayMs);
    const ratios = timings.map((t) => t.readRatio);
    expect(Math.min(...delays)).toBeLessThan(1100);
    expect(Math.max(...delays)).toBeGreaterThan(1900);
    expect(Math.min(...ratios)).toBeLessThan(0.51);
    expect(Math.max(...ratios)).toBeGreaterThan(0.59);
  });

  it("takes deliverable / delivery_per_second seconds to deliver, and never less than min_delivery_ms", () => {
    fc.assert(
      fc.property(fc.nat(), simulation, fc.nat(2_000_000), (seed, sim, deliverable) => {
        const { deliveryMs } = sendTiming(withSimulation(seed, sim), "bm-x", deliverable);
        const atRate = (deliverable / sim.delivery_per_second) * 1000;
        expect(deliveryMs).toBeGreaterThanOrEqual(sim.min_delivery_ms);
        expect(deliveryMs).toBeGreaterThanOrEqual(Math.floor(atRate));
        if (atRate > sim.min_delivery_ms + 1) expect(Math.abs(deliveryMs - atRate)).toBeLessThanOrEqual(0.5);
      }),
      { numRuns: 200 },
    );
    // The default 2000 recipients a second: a million take 500 s.
    expect(sendTiming(defaultConfig(), "bm-x", 1_000_000).deliveryMs).toBe(500_000);
  });
});

describe("fraction", () => {
  it("goes from 0 to 1 over the duration, and stays at 1", () => {
    expect(fraction(-1, 1000)).toBe(0);
    expect(fraction(0, 1000)).toBe(0);
    expect(fraction(250, 1000)).toBe(0.25);
    expect(fraction(1000, 1000)).toBe(1);
    expect(fraction(5000, 1000)).toBe(1);
  });

  it("is 1 from the start, and only from the start, when the duration is 0", () => {
    expect(fraction(-1, 0)).toBe(0);
    expect(fraction(0, 0)).toBe(1);
    expect(fraction(1, 0)).toBe(1);
  });
});

describe("batchTiming", () => {
  it("answers as sendTiming for each config, id and size, asked in any order (its cache of derived timings is invisible)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(3), fc.constantFrom("b1", "b2", "b3"), fc.nat(5)), { minLength: 1, maxLength: 60 }), (asks) => {
        const configs = [0, 1, 2, 3].map((seed) => withSimulation(seed, {}));
        for (const [c, id, size] of asks) {
          // Sizes far enough apart that their delivery times differ (small ones all take min_delivery_ms).
          const deliverable = size * 1_000_000;
          expect(batchTiming(configs[c]!, { id, deliverable })).toEqual(sendTiming(configs[c]!, id, deliverable));
        }
      }),
      { numRuns: 100 },
    );
  });

  it("takes a stored timing over a derived one, and stays right past its cache's size", () => {
    const config = withSimulation(7, {});
    const stored = { scheduleDelayMs: 1, deliveryMs: 2, readRatio: 0.5, readSpreadMs: 3 };
    expect(batchTiming(config, { id: "b1", deliverable: 1, timing: stored })).toBe(stored);
    for (let i = 0; i < 2500; i++) expect(batchTiming(config, { id: `b${i % 1300}`, deliverable: (i % 7) * 1_000_000 })).toEqual(sendTiming(config, `b${i % 1300}`, (i % 7) * 1_000_000));
  });
});
