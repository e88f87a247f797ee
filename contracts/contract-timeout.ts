// How long one contract may take on a target, worked out from the target's poll policy: a live poll can take
// minutes (150 polls × 2 s), a mock with a movable clock a few seconds. contractSuite sets this per contract, so a
// user's vitest project runs the suite with its default 5 s timeout untouched.
import type { Target } from "./target.js";

/** A contract runs at most this many polling loops (send, then recall, then read again). */
const LOOPS_PER_CONTRACT = 3;
/** What one request may take, beyond the policy's own waits (a live round trip, a retry's backoff). */
const REQUEST_ALLOWANCE_MS = { real: 1500, movable: 50 };
/** Setting up and cleaning up around the polls. */
const BASE_MS = 60_000;

export function contractTimeoutMs(target: Target): number {
  const { policy } = target;
  const perPoll = (target.capabilities.clock ? 0 : policy.intervalMs) + REQUEST_ALLOWANCE_MS[target.capabilities.clock ? "movable" : "real"];
  const retries = policy.maxRetries * policy.retryBackoffMs * 2 ** policy.maxRetries;
  return BASE_MS + LOOPS_PER_CONTRACT * policy.maxPolls * perPoll + retries;
}

/** Rejects with why when `work` takes longer than `ms` (the work itself is not stopped). */
export function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms (the limit set from the target's poll policy)`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
