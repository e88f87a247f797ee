// A contract: one property an implementation of the spec must have, written once, run on every target.
import type { Fixtures } from "./fixtures.js";
import type { Target } from "./target.js";
import type { VendorClient } from "./vendor-client.js";

/** What a contract needs from a target: a vendor's credentials, the control API, a movable clock. */
export type Need = "feishu" | "dingtalk" | "control" | "clock";

export interface ContractContext {
  target: Target;
  feishu: VendorClient;
  dingtalk: VendorClient;
  fixtures: Fixtures;
  /** Reports what the target chose where the spec allows two answers (a drift note, not a failure). */
  note: (message: string) => void;
  /** Polls `sample` every policy interval (target time) until `done` or the poll budget runs out. */
  poll: <T>(sample: () => Promise<T>, done: (samples: T[]) => boolean) => Promise<T[]>;
}

export interface Contract {
  /** Stable id, e.g. feishu.get_progress.monotonic. */
  id: string;
  /** The endpoint it holds to, for the per-endpoint summary (e.g. "feishu get_progress"). */
  endpoint: string;
  title: string;
  needs: Need[];
  run: (ctx: ContractContext) => Promise<void>;
}

/** Why a contract cannot run on a target, or undefined when it can. */
export function skipReason(contract: Contract, target: Target): string | undefined {
  for (const need of contract.needs) {
    if (need === "feishu" && !target.feishu) return `no Feishu credentials (needs ${target.missing.feishu.join(", ")})`;
    if (need === "dingtalk" && !target.dingtalk) return `no DingTalk credentials (needs ${target.missing.dingtalk.join(", ")})`;
    if (need === "control" && !target.capabilities.control) return `needs the mock's control API, which ${target.name} lacks`;
    if (need === "clock" && !target.capabilities.clock) {
      return `needs a clock it can move: ${target.name} has none${target.capabilities.control ? " the suite may drive (--drive-clock)" : ""}`;
    }
  }
  return undefined;
}

export async function pollWith<T>(target: Target, sample: () => Promise<T>, done: (samples: T[]) => boolean): Promise<T[]> {
  const samples: T[] = [await sample()];
  while (!done(samples) && samples.length < target.policy.maxPolls) {
    await target.clock.sleep(target.policy.intervalMs);
    samples.push(await sample());
  }
  return samples;
}
