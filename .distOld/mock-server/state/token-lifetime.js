/** The instant, in the configured clock, that `record` is compared against. */
function nowFor(state, mockNow) {
    return state.config.tokens.expire_on === "wall" ? state.wallNow() : mockNow;
}
/** When a token stops working, on the clock `tokens.expire_on` names (epoch ms). */
export const expiryOf = (state, record) => state.config.tokens.expire_on === "wall" ? record.expiresAtWall : record.expiresAt;
/** A new token record valid for `lifetimeSeconds` from now, on both clocks. */
export function newToken(state, token, appId, lifetimeSeconds, mockNow) {
    const wall = state.wallNow();
    return { token, appId, issuedAt: mockNow, expiresAt: mockNow + lifetimeSeconds * 1000, issuedAtWall: wall, expiresAtWall: wall + lifetimeSeconds * 1000 };
}
/** Extends a token to `lifetimeSeconds` from now (DingTalk renews a token asked for again while valid). */
export function renewToken(state, record, lifetimeSeconds, mockNow) {
    record.expiresAt = mockNow + lifetimeSeconds * 1000;
    record.expiresAtWall = state.wallNow() + lifetimeSeconds * 1000;
}
/** Milliseconds the token has left (≤ 0 once expired). */
export function remainingMs(state, record, mockNow) {
    return expiryOf(state, record) - nowFor(state, mockNow);
}
export const isLive = (state, record, mockNow) => remainingMs(state, record, mockNow) > 0;
/** Why an expired record is refused, for `x-mock-error-reason`. */
export function expiredReason(state, record) {
    const expiry = expiryOf(state, record);
    const at = Number.isFinite(expiry) ? new Date(expiry).toISOString() : "an unknown time";
    if (record.expiredBy === "control")
        return `the token was expired on purpose by POST /__mock/tokens/expire (at ${at})`;
    const clock = state.config.tokens.expire_on === "wall" ? "wall clock" : "mock clock";
    return `the token expired at ${at} (${clock}; tokens.expire_on: ${state.config.tokens.expire_on})`;
}
/** Ends the tokens of one app (or all) now, on both clocks; returns how many were still valid. */
export function expireTokens(state, tokens, mockNow, appId) {
    let expired = 0;
    const wall = state.wallNow();
    for (const record of tokens.values()) {
        if (appId !== undefined && record.appId !== appId)
            continue;
        if (isLive(state, record, mockNow))
            expired += 1;
        record.expiresAt = Math.min(record.expiresAt, mockNow);
        record.expiresAtWall = Math.min(record.expiresAtWall, wall);
        record.expiredBy ??= "control";
    }
    return expired;
}
//# sourceMappingURL=token-lifetime.js.map