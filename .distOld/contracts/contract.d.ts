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
export declare function skipReason(contract: Contract, target: Target): string | undefined;
export declare function pollWith<T>(target: Target, sample: () => Promise<T>, done: (samples: T[]) => boolean): Promise<T[]>;
