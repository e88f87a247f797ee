// The suite's pacing on a clock of its own: it waits exactly until a request would be back under each window of
// the operation's x-rate-limit (per second and per minute), and not at all for an operation without one.
import { describe, expect, it } from "vitest";
import { Pacing } from "../contracts/pacing.js";
import type { OperationInfo } from "../spec/index.js";

function fakeClock() {
  const clock = { t: 0, sleeps: [] as number[], now: async () => clock.t, sleep: async (ms: number) => void (clock.sleeps.push(ms), (clock.t += ms)) };
  return clock;
}
const op = (limit?: { per_second?: number; per_minute?: number }) => ({ operationId: "op", operation: { ...(limit && { "x-rate-limit": limit }) } }) as unknown as OperationInfo;

describe("pacing", () => {
  it("waits until the oldest request of a full second leaves the window", async () => {
    const clock = fakeClock();
    const pacing = new Pacing(clock);
    const limited = op({ per_second: 2 });
    await pacing.beforeRequest(limited);
    clock.t = 400;
    await pacing.beforeRequest(limited);
    clock.t = 600;
    expect(clock.sleeps).toEqual([]);
    await pacing.beforeRequest(limited);
    // The first (at 0) leaves the window after 1000 ms: 1001 - 600.
    expect(clock.sleeps).toEqual([401]);
    expect(clock.t).toBe(1001);
    await pacing.beforeRequest(limited);
    // Then the one at 400 is the oldest of two in the window: 1401 - 1001.
    expect(clock.sleeps).toEqual([401, 400]);
  });

  it("counts a request exactly a window old as out of it", async () => {
    const clock = fakeClock();
    const pacing = new Pacing(clock);
    const limited = op({ per_second: 2 });
    await pacing.beforeRequest(limited);
    await pacing.beforeRequest(limited);
    clock.t = 1000;
    await pacing.beforeRequest(limited);
    expect(clock.sleeps).toEqual([]);
  });

  it("holds the per-minute window too, and the longer wait wins", async () => {
    const clock = fakeClock();
    const pacing = new Pacing(clock);
    const limited = op({ per_second: 5, per_minute: 3 });
    for (const t of [0, 10, 20]) {
      clock.t = t;
      await pacing.beforeRequest(limited);
    }
    expect(clock.sleeps).toEqual([]);
    clock.t = 30_000;
    await pacing.beforeRequest(limited);
    expect(clock.sleeps).toEqual([30_001]);
    expect(clock.t).toBe(60_001);
    // Requests a minute old no longer count.
    clock.t = 121_000;
    await pacing.beforeRequest(limited);
    await pacing.beforeRequest(limited);
    await pacing.beforeRequest(limited);
    expect(clock.sleeps).toEqual([30_001]);
    await pacing.beforeRequest(limited);
    expect(clock.sleeps).toEqual([30_001, 60_001]);
  });

  it("counts each operation on its own and leaves an operation without a limit alone", async () => {
    const clock = fakeClock();
    const pacing = new Pacing(clock);
    const a = op({ per_second: 1 });
    const b = { ...op({ per_second: 1 }), operationId: "other" } as OperationInfo;
    await pacing.beforeRequest(a);
    await pacing.beforeRequest(b);
    for (let i = 0; i < 100; i++) await pacing.beforeRequest(op());
    expect(clock.sleeps).toEqual([]);
    await pacing.beforeRequest(a);
    expect(clock.sleeps).toEqual([1001]);
  });
});
