// Who has read a message, and when, as a pure function of (the message, now). Readers are numbered in the order
// they read: reader k is the member at position perm(k) of the recipient set, a bijection on positions, so no
// one reads twice; reader k reads at a fixed time increasing with k, so new readers only ever append. Paging by
// reader number is then stable (no duplicate, no gap) and any page costs O(page size), however far in.
import { nth, size } from "../intervals.js";
import { hash32 } from "../random.js";
import { fraction } from "./timing.js";
function finalReaders(send) {
    return Math.round(size(send.recipients) * send.timing.readRatio);
}
/** When reader k (0-based) reads: spread evenly over the read window after delivery starts. */
function readTime(send, k, total) {
    const start = send.createdAt + send.timing.scheduleDelayMs;
    return start + Math.floor((send.timing.readSpreadMs * (k + 1)) / total);
}
/** How many have read it by `now` (binary search on the increasing read times). */
export function readerCount(send, now) {
    const total = finalReaders(send);
    const until = send.frozenAt === undefined ? now : Math.min(now, send.frozenAt);
    let low = 0;
    let high = total;
    while (low < high) {
        const mid = (low + high) >>> 1;
        if (readTime(send, mid, total) <= until)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
/** Readers k ∈ [from, from + count), in reading order. */
export function readers(seed, send, from, count) {
    const n = size(send.recipients);
    const total = finalReaders(send);
    if (n === 0)
        return [];
    // perm(k) = (a·k + b) mod n with gcd(a, n) = 1 is a bijection on [0, n).
    let a = (hash32(seed, send.id, "perm-a") % n) || 1;
    while (gcd(a, n) !== 1)
        a = (a % n) + 1;
    const b = hash32(seed, send.id, "perm-b") % n;
    const out = [];
    for (let k = from; k < from + count && k < total; k++) {
        const product = a * k + b;
        const position = Number.isSafeInteger(product) ? product % n : Number((BigInt(a) * BigInt(k) + BigInt(b)) % BigInt(n));
        out.push({ index: nth(send.recipients, position), readAt: readTime(send, k, total) });
    }
    return out;
}
/** The share delivered by `now`, for sends whose delivery is reported as a percentage. */
export function deliveredFraction(send, now) {
    return fraction(now - send.createdAt - send.timing.scheduleDelayMs, send.timing.deliveryMs);
}
//# sourceMappingURL=readers.js.map