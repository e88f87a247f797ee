import type { ContractContext } from "../contract.js";
import type { Exchange } from "../vendor-client.js";
/** A refused field: 99992402 naming `field` in error.field_violations (where the gateway checks it), or 230001. */
export declare function expectFieldRefused(ctx: ContractContext, answer: Exchange, field: string): void;
/** A missing scope: 99991672 naming scopes among `required` (where the gateway checks them), or the endpoint's 230027. */
export declare function expectScopeRefused(ctx: ContractContext, answer: Exchange, required: string[]): void;
