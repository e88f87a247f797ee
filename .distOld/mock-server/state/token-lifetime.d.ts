import type { MockState } from "./mock-state.js";
import type { TokenRecord } from "./records.js";
/** When a token stops working, on the clock `tokens.expire_on` names (epoch ms). */
export declare const expiryOf: (state: MockState, record: TokenRecord) => number;
/** A new token record valid for `lifetimeSeconds` from now, on both clocks. */
export declare function newToken(state: MockState, token: string, appId: string, lifetimeSeconds: number, mockNow: number): TokenRecord;
/** Extends a token to `lifetimeSeconds` from now (DingTalk renews a token asked for again while valid). */
export declare function renewToken(state: MockState, record: TokenRecord, lifetimeSeconds: number, mockNow: number): void;
/** Milliseconds the token has left (≤ 0 once expired). */
export declare function remainingMs(state: MockState, record: TokenRecord, mockNow: number): number;
export declare const isLive: (state: MockState, record: TokenRecord, mockNow: number) => boolean;
/** Why an expired record is refused, for `x-mock-error-reason`. */
export declare function expiredReason(state: MockState, record: TokenRecord): string;
/** Ends the tokens of one app (or all) now, on both clocks; returns how many were still valid. */
export declare function expireTokens(state: MockState, tokens: Map<string, TokenRecord>, mockNow: number, appId?: string): number;
