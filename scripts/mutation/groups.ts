// The groups `npm run mutation` measures: what each mutates, and the tests that speak for it (the fast, in-process
// ones: suites that spawn the CLI run dist/, which Stryker does not mutate).
export interface MutationGroup {
  /** Source files whose mutants are made. */
  mutate: string[];
  /** The test files run against each mutant (vitest include globs). */
  tests: string[];
  /** The score the group is held to (issue 13). */
  target: number;
}

const CONTRACT_TESTS = [
  "test/contracts-in-process.test.ts",
  "test/every-contract-can-fail.test.ts",
  "test/contracts-catch-broken-mocks.test.ts",
  "test/contracts-under-faults.test.ts",
];

export const GROUPS: Record<string, MutationGroup> = {
  contracts: {
    mutate: ["contracts/suite/**/*.ts", "contracts/contract.ts", "contracts/fixtures.ts", "contracts/session.ts", "contracts/runner.ts"],
    // Not test/contracts-under-faults.test.ts: it runs the suite on a port in real time (scale 60, real backoffs),
    // 7 of the group's 20 seconds per surviving mutant, and times out under load; what it proves is the client's
    // handling of faults (the vendor-client group), while the contracts themselves run the same in-process.
    tests: [
      ...CONTRACT_TESTS.filter((t) => t !== "test/contracts-under-faults.test.ts"),
      "test/contract-runner.test.ts",
      // What each contract sends, its either-layer checks on answers made by hand, its fixtures refused.
      "test/contract-requests.test.ts",
      "test/contract-either-layer.test.ts",
      "test/contract-fixtures.test.ts",
      // The polls' and the paging's bounds: a quiet chat, an endless reader list, a batch delivered at once.
      "test/contract-poll-bounds.test.ts",
      // The user_id paging contract on an app without the user_id field scope.
      "test/contract-read-users-scope.test.ts",
    ],
    target: 85,
  },
  "vendor-client": {
    mutate: ["contracts/vendor-client.ts", "contracts/pacing.ts"],
    tests: [...CONTRACT_TESTS, "test/vendor-client.test.ts", "test/pacing.test.ts"],
    target: 85,
  },
  pipeline: {
    mutate: ["mock-server/http/*.ts", "mock-server/errors.ts", "!mock-server/http/*.test.ts"],
    tests: [
      "test/mock-*.test.ts",
      "test/access.test.ts",
      "test/limits.test.ts",
      "test/error-reachability.test.ts",
      "test/fidelity-live.test.ts",
      "test/control-api.test.ts",
      // The pipeline's own: faults, envelopes, validation, rate limits, the self-check, the stages; the journal,
      // stubs, masking, the Host guard and the graceful drain, which the pipeline's stages and server use.
      "test/pipeline-*.test.ts",
      "test/journal.test.ts",
      "test/stubs.test.ts",
      "test/on-a-port.test.ts",
      "test/retention.test.ts",
      "mock-server/http/*.test.ts",
    ],
    target: 85,
  },
  simulation: {
    mutate: ["mock-server/simulation/*.ts", "mock-server/intervals.ts", "!mock-server/**/*.test.ts"],
    tests: ["mock-server/**/*.test.ts", "test/mock-feishu-batch.test.ts", "test/mock-feishu-read-receipts.test.ts", "test/mock-dingtalk.test.ts", "test/fidelity-live.test.ts"],
    target: 90,
  },
  handlers: {
    mutate: ["mock-server/feishu/*.ts", "mock-server/dingtalk/*.ts"],
    // retention.test.ts: what the handlers answer for records evicted past every window.
    tests: ["test/mock-*.test.ts", "test/error-reachability.test.ts", "test/fidelity-live.test.ts", "test/access.test.ts", "test/limits.test.ts", "test/sent-content.test.ts", "test/retention.test.ts"],
    target: 90,
  },
};
