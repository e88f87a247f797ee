// The contract suite against the mock in-process (its app's fetch, no port), under both fidelity profiles: the
// contracts accept either layer's documented answer, so both pass. The mock checks its own answers too.
import { afterAll, expect } from "vitest";
import { mockTarget } from "../contracts/index.js";
import { contractSuite } from "../contracts/vitest-suite.js";
import { createMockApp } from "../mock-server/index.js";

const config = { validate_responses: true, time: { frozen: true, start: "2026-03-02T01:00:00.000Z" } };
const mock = createMockApp({ config });
const documented = createMockApp({ config: { ...config, fidelity: "documented" } });

contractSuite("contracts against the in-process mock", () =>
  mockTarget({ name: "in-process", baseUrl: "http://mock.test", fetch: mock.fetch as typeof fetch, driveClock: true }),
);
contractSuite("contracts against the in-process mock, fidelity: documented", () =>
  mockTarget({ name: "in-process (documented)", baseUrl: "http://mock.test", fetch: documented.fetch as typeof fetch, driveClock: true }),
);

afterAll(() => {
  expect(mock.selfCheckFailures).toEqual([]);
  expect(documented.selfCheckFailures).toEqual([]);
});
