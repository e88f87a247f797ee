// A target is what the contract suite runs against: the mock in-process, a mock at a URL, or the live vendor.
// It says what it offers (a control API, a clock it can move) so contracts that need more are skipped there.
export const LIVE_POLICY = {
    intervalMs: 2000,
    maxPolls: 150,
    maxRetries: 3,
    retryBackoffMs: 500,
    maxRateLimitWaits: 5,
};
export const realClock = {
    now: async () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
//# sourceMappingURL=target.js.map