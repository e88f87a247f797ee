import { SpecValidator } from "../validation.js";
import type { Vendor } from "../types.js";
import { type InvariantRule } from "./invariants.js";
export type Rule = "request" | "status" | "schema" | "error-code" | InvariantRule;
/** Every rule, in report order (drift is reported beside them, as a warning). */
export declare const RULES: readonly Rule[];
export interface Violation {
    rule: Rule;
    message: string;
}
/** An exchange as the traffic shows it: bodies as text (already decoded from any content-encoding). */
export interface ObservedExchange {
    method: string;
    /** Path and query, e.g. `/open-apis/im/v1/messages/om_x/read_users?user_id_type=open_id`. */
    url: string;
    /** Request headers, names in lower case. */
    headers: Record<string, string>;
    body?: string;
    status: number;
    responseBody?: string;
    /** The answer was too large to hold for checking (past the proxy's cap): only its status is judged. */
    responseTooLarge?: boolean;
}
export interface Verdict {
    vendor: Vendor;
    /** Undefined for a route the specs do not model (passed through, counted, not checked). */
    operationId?: string;
    violations: Violation[];
    /** Paths of answer fields the spec does not know. */
    drift: string[];
}
export declare class ExchangeChecker {
    private readonly validator;
    private readonly stream;
    constructor(validator?: SpecValidator);
    /** Compiles every schema an exchange may need now, so no exchange pays for it (the first would, by ~20 ms). */
    warm(): this;
    check(exchange: ObservedExchange): Verdict;
}
