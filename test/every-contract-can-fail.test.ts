// Every contract is proven able to fail: each has a deliberately broken mock (test/contract-breakages.ts) that it
// catches, and that trips no other contract but the ones the table names. A new contract without one fails here.
import { describe, expect, it } from "vitest";
import { CONTRACTS, runContracts } from "../contracts/index.js";
import { CONTRACT_BREAKAGES } from "./contract-breakages.js";
import { brokenTarget } from "./helpers/broken-mock.js";

describe("every contract can fail", () => {
  it("has a breakage for every contract of the suite", () => {
    const covered = new Set(CONTRACT_BREAKAGES.map((b) => b.contract));
    expect(CONTRACTS.map((c) => c.id).filter((id) => !covered.has(id))).toEqual([]);
    expect([...covered].filter((id) => !CONTRACTS.some((c) => c.id === id))).toEqual([]);
  });

  it("passes every contract against the unbroken mock", async () => {
    const results = await runContracts(await brokenTarget());
    expect(results.filter((r) => r.status !== "passed").map((r) => `${r.id}: ${r.status} ${r.detail ?? ""}`)).toEqual([]);
  });

  it.each(CONTRACT_BREAKAGES.map((b) => [b.contract, b.what, b] as const))("%s catches %s", async (_id, _what, b) => {
    const results = await runContracts(await brokenTarget(b.breakage()));
    const failed = results.filter((r) => r.status === "failed").map((r) => r.id);
    expect(failed.sort()).toEqual([b.contract, ...(b.also ?? [])].sort());
    expect(results.find((r) => r.id === b.contract)!.detail).toMatch(b.detail);
  });
});
