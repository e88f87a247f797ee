// Fuzzes one operation: `runs` generated requests through the in-process mock, each judged by the oracle.
// Throws (with fast-check's shrunk counterexample) on the first answer that breaks a rule.
import fc from "fast-check";
import type { OperationInfo } from "../../spec/index.js";
import type { MockApp } from "../../mock-server/index.js";
import { judge } from "./oracle.js";
import { requestArbitrary, type FuzzWorld } from "./request-arbitrary.js";

export async function fuzzOperation(mock: MockApp, world: FuzzWorld, op: OperationInfo, runs: number, seed?: number) {
  const outcomes = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(requestArbitrary(op, world), async (request) => {
      const response = await mock.fetch(`http://fuzz.test${request.url}`, {
        method: request.method,
        headers: request.headers,
        ...(request.body !== undefined && { body: request.body }),
      });
      const outcome = judge(op, response.status, await response.text(), mock);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }),
    { numRuns: runs, ...(seed !== undefined && { seed }), endOnFailure: true },
  );
  return outcomes;
}
