// The suite against a mock someone is running (a URL target): it reads the mock's directory but leaves its clock
// alone unless told it may drive it; and a URL nobody answers on is an error, not a run of skipped contracts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mockTarget, runContracts } from "../contracts/index.js";
import { startMockServer, type MockServer } from "../mock-server/index.js";

let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({ port: 0, config: { time: { scale: 60 } } });
});

afterAll(async () => {
  await server.close();
});

describe("a URL target", () => {
  it("passes against a running mock without moving or freezing its clock, skipping the clock contracts with why", async () => {
    const target = await mockTarget({ name: server.url, baseUrl: server.url, policy: { intervalMs: 50 } });
    expect(target.capabilities).toEqual({ control: true, clock: false });
    const before = server.clock.now();
    const results = await runContracts(target);
    expect(results.filter((r) => r.status === "failed").map((r) => `${r.id}: ${r.detail}`)).toEqual([]);
    const skipped = results.filter((r) => r.status === "skipped");
    expect(skipped.map((r) => r.id)).toEqual(["mock.feishu.not-yet-scheduled", "mock.feishu.windows", "mock.dingtalk.window"]);
    for (const r of skipped) expect(r.detail).toMatch(/--drive-clock/);
    const after = server.clock.state();
    expect(after.frozen).toBe(false);
    // Only real time passed, at the mock's 60×: nowhere near the month the window contracts would add.
    expect(after.now - before).toBeLessThan(60 * 60_000);
  });

  it("restores the clock as it was when it may drive it", async () => {
    const target = await mockTarget({ name: server.url, baseUrl: server.url, driveClock: true });
    expect(target.capabilities.clock).toBe(true);
    const results = await runContracts(target);
    expect(results.filter((r) => r.status === "failed").map((r) => `${r.id}: ${r.detail}`)).toEqual([]);
    expect(server.clock.state().frozen).toBe(false);
  });

  it("fails to start against a URL nobody answers on", async () => {
    await expect(mockTarget({ name: "nowhere", baseUrl: "http://127.0.0.1:9" })).rejects.toThrow(/cannot reach http:\/\/127\.0\.0\.1:9/);
  });
});
