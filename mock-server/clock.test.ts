import { describe, expect, it } from "vitest";
import { ClockError, END_OF_TIME, MockClock } from "./clock.js";

function clockAt(start: number, scale = 1) {
  let wall = 0;
  const clock = new MockClock({ start, scale, wall: () => wall });
  return { clock, tick: (ms: number) => (wall += ms) };
}

describe("MockClock", () => {
  it("runs at its scale from its start", () => {
    const { clock, tick } = clockAt(1_000_000, 60);
    tick(1000);
    expect(clock.now()).toBe(1_060_000);
  });

  it("stands still while frozen and resumes from there", () => {
    const { clock, tick } = clockAt(0);
    tick(500);
    clock.freeze(true);
    tick(10_000);
    expect(clock.now()).toBe(500);
    clock.freeze(false);
    tick(100);
    expect(clock.now()).toBe(600);
  });

  it("advances and sets forward, applies a new scale from now on", () => {
    const { clock, tick } = clockAt(0);
    clock.advance(5000);
    clock.set(10_000);
    clock.setScale(10);
    tick(1000);
    expect(clock.now()).toBe(20_000);
  });

  it("never goes backwards and refuses nonsense", () => {
    const { clock } = clockAt(10_000);
    expect(() => clock.set(9_999)).toThrow(ClockError);
    expect(() => clock.advance(-1)).toThrow(ClockError);
    expect(() => clock.setScale(0)).toThrow(ClockError);
    expect(() => clock.setScale(Number.NaN)).toThrow(ClockError);
    expect(() => clock.advance(1e300)).toThrow(/9999-12-31/);
    expect(() => clock.set(END_OF_TIME + 1)).toThrow(/9999-12-31/);
    expect(clock.now()).toBe(10_000);
  });

  it("stops at the end of time rather than run past what a date can show", () => {
    const { clock, tick } = clockAt(END_OF_TIME - 1000, 1000);
    tick(10_000);
    expect(clock.now()).toBe(END_OF_TIME);
    expect(new Date(clock.state().now).toISOString()).toBe("9999-12-31T23:59:59.999Z");
  });
});
