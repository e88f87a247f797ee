// The suite against the mock in-process, for `npm run contracts -- --target in-process`. (Glue between the mock
// server and the contracts lives in scripts/ and test/, never in contracts/.)
import { mockTarget } from "../../contracts/index.js";
import { contractSuite } from "../../contracts/vitest-suite.js";
import { createMockApp } from "../../mock-server/index.js";

const mock = createMockApp({ config: { validate_responses: true, time: { frozen: true } } });
contractSuite("contracts against the in-process mock", () =>
  mockTarget({ name: "in-process", baseUrl: "http://mock.test", fetch: mock.fetch as typeof fetch, driveClock: true }),
);
