// Bounded memory: records past every window of the operations that read them are dropped (they would answer
// the window's code anyway), and a ceiling on stored records answers the vendor's own limit code when reached.
// Records sit in their maps in creation order and mock time never goes backwards, so eviction looks only at
// the oldest: O(evicted), and O(1) when there is nothing to drop.
import { allOperations } from "../../spec/index.js";
import { VendorError } from "../errors.js";
import type { MockState } from "./mock-state.js";
import { remainingMs } from "./token-lifetime.js";

const BATCH_OPERATIONS = ["getBatchMessageProgress", "getBatchMessageReadUser", "deleteBatchMessage"];
const MESSAGE_OPERATIONS = ["listMessageReadUsers", "deleteMessage"];
const TASK_OPERATIONS = ["getSendProgress", "getSendResult", "recallWorkNotification"];
/** Evicted message ids remembered so that they still answer their window's code; past this, the oldest go. */
const EVICTED_MESSAGE_IDS = 100_000;
/** The vendor's codes for "too much": batch send's rate-limit code, the frequency-limit code, DingTalk's busy. */
export const CEILING_CODES = { batches: 11247, messages: 99991400, tasks: -1 } as const;

/** The longest window (ms) any of these operations applies, with the tenant's configured windows. */
function longestWindowMs(state: MockState, operationIds: string[]): number {
  let longest = 0;
  for (const op of allOperations()) {
    if (!operationIds.includes(op.operationId)) continue;
    const query = op.operation["x-query-window"];
    const recall = op.operation["x-recall-window"];
    let seconds = query?.max_age_seconds ?? recall?.default_seconds ?? 0;
    if (op.vendor === "dingtalk" && state.config.dingtalk.query_window_seconds !== undefined) seconds = state.config.dingtalk.query_window_seconds;
    if (recall && op.vendor === "feishu" && state.config.feishu.recall_window_seconds !== undefined) {
      seconds = Math.max(seconds, state.config.feishu.recall_window_seconds);
    }
    longest = Math.max(longest, seconds * 1000);
  }
  return longest;
}

/** Dropping at least this many records at once is worth a hint to collect the garbage (see serve.ts). */
export const LARGE_EVICTION = 10_000;

export class Retention {
  readonly windows: { batches: number; messages: number; tasks: number };
  private lastSweep = -Infinity;
  /** Called after a large eviction or reset; on a port it asks the runtime to give the memory back. */
  afterLargeEviction: (() => void) | undefined;

  constructor(private readonly state: MockState) {
    this.windows = {
      batches: longestWindowMs(state, BATCH_OPERATIONS),
      messages: longestWindowMs(state, MESSAGE_OPERATIONS),
      tasks: longestWindowMs(state, TASK_OPERATIONS),
    };
  }

  /** Drops what is past its window; cheap enough for every request (it sweeps at most once per mock second). */
  sweep(now = this.state.now(), force = false): number {
    if (!force && now - this.lastSweep < 1000 && now >= this.lastSweep) return 0;
    this.lastSweep = now;
    const { state, windows } = this;
    let dropped = 0;
    for (const [id, batch] of state.batches) {
      if (now - batch.createdAt <= windows.batches) break;
      state.batches.delete(id);
      dropped++;
    }
    for (const [id, message] of state.messages) {
      if (now - message.createdAt <= windows.messages) break;
      state.messages.delete(id);
      state.evictedMessages.add(id);
      dropped++;
    }
    for (const id of state.evictedMessages) {
      if (state.evictedMessages.size <= EVICTED_MESSAGE_IDS) break;
      state.evictedMessages.delete(id);
    }
    for (const [id, task] of state.tasks) {
      if (now - task.createdAt <= windows.tasks) break;
      state.tasks.delete(id);
      dropped++;
    }
    // Tokens a day past their expiry (on the clock they count: state/token-lifetime.ts) and daily counts of days
    // gone are of no use to anyone either; a recently expired token is kept, so its refusal can say when it expired.
    for (const tokens of [state.feishuTokens, state.dingtalkTokens]) {
      for (const [token, record] of tokens) if (remainingMs(state, record, now) < -86_400_000) tokens.delete(token);
    }
    const today = Math.floor(now / 86_400_000);
    for (const key of state.dailyBatchRecipients.keys()) {
      if (Number(key.slice(key.lastIndexOf(":") + 1)) < today - 1) state.dailyBatchRecipients.delete(key);
    }
    if (dropped > 0) state.forgetReadPages();
    if (dropped >= LARGE_EVICTION) this.afterLargeEviction?.();
    return dropped;
  }

  /** Refuses a new record when its kind is at the configured ceiling, with the vendor's own limit code. */
  makeRoom(kind: keyof typeof CEILING_CODES): void {
    const max = this.state.config.storage.max_records;
    if (this.state[kind].size < max) return;
    this.sweep(this.state.now(), true);
    if (this.state[kind].size >= max) {
      throw new VendorError(CEILING_CODES[kind], {
        headers: { "x-mock-error-reason": `the mock stores at most ${max} ${kind} (storage.max_records)` },
      });
    }
  }
}
