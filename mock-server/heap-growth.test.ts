import { describe, expect, it } from "vitest";
import { limitHeapGrowth } from "./heap-growth.js";

describe("the CLI's heap growth cap", () => {
  it("is set unless the user gave the flag, in the command line or NODE_OPTIONS, in either spelling", () => {
    expect(limitHeapGrowth(["--heap-growing-percent=20"], "")).toBe(false);
    expect(limitHeapGrowth([], "--max-old-space-size=512 --heap_growing_percent=80")).toBe(false);
    expect(limitHeapGrowth(["--inspect"], "--max-old-space-size=512")).toBe(true);
  });
});
