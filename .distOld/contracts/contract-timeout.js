/** A contract runs at most this many polling loops (send, then recall, then read again). */
const LOOPS_PER_CONTRACT = 3;
/** What one request may take, beyond the policy's own waits (a live round trip, a retry's backoff). */
const REQUEST_ALLOWANCE_MS = { real: 1500, movable: 50 };
/** Setting up and cleaning up around the polls. */
const BASE_MS = 60_000;
export function contractTimeoutMs(target) {
    const { policy } = target;
    const perPoll = (target.capabilities.clock ? 0 : policy.intervalMs) + REQUEST_ALLOWANCE_MS[target.capabilities.clock ? "movable" : "real"];
    const retries = policy.maxRetries * policy.retryBackoffMs * 2 ** policy.maxRetries;
    return BASE_MS + LOOPS_PER_CONTRACT * policy.maxPolls * perPoll + retries;
}
/** Rejects with why when `work` takes longer than `ms` (the work itself is not stopped). */
export function withDeadline(work, ms, what) {
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms (the limit set from the target's poll policy)`)), ms);
    });
    return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
//# sourceMappingURL=contract-timeout.js.map