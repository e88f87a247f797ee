// The typed config (typed-config.ts, checked by the type checker) at run time: what type-checks is accepted, and
// each mistake the types refuse is refused by the run-time check too, for callers without types.
import { describe, expect, it } from "vitest";
import { createMockApp, startMockServer } from "../mock-server/index.js";
import { accepted, refused, startOptions } from "./typed-config.js";

describe("the typed config", () => {
  it.each(accepted.map((config, i) => [i, config] as const))("accepts example %i", (_, config) => {
    expect(createMockApp({ config }).config.seed).toBe("seed" in config ? config.seed : 1);
  });

  it("starts a server with typed options", async () => {
    const server = await startMockServer(startOptions);
    try {
      expect(server.mock.config.validate_responses).toBe(true);
      expect(server.clock.scale).toBe(60);
    } finally {
      await server.close();
    }
  });

  it.each(refused.map((options, i) => [i, options] as const))("refuses mistake %i at run time too", (_, options) => {
    expect(() => createMockApp(options)).toThrow(/Invalid config/);
  });
});
