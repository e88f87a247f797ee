import { type ContractContext } from "./contract.js";
import type { Target } from "./target.js";
export interface Session {
    ctx: ContractContext;
    /** Where the running contract's drift warnings go (set per contract). */
    onDrift: (message: string) => void;
}
export declare function createSession(target: Target): Session;
