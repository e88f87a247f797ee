// After every test: no mock it used answered anything that does not match the spec.
import { afterEach, expect } from "vitest";
import { liveMocks } from "./mock-harness.js";

afterEach(() => {
  for (const mock of liveMocks) expect(mock.selfCheckFailures, "mock answers that failed the spec").toEqual([]);
  liveMocks.clear();
});
