// Deterministic hashing for a seeded mock: every id, name and timing is a pure function of (seed, inputs),
// so the same seed and the same requests give the same answers, and nothing about a recipient is stored.
// (Hand-written because it must run wherever the Hono app runs, without node:crypto; murmur3's mixer.)
/** 32-bit mix of a 32-bit value (murmur3 fmix32). */
export function mix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/** A 32-bit hash of a seed and any number of strings/numbers. */
export function hash32(seed, ...parts) {
    let h = mix32(seed ^ 0x9e3779b9);
    for (const part of parts) {
        const s = typeof part === "number" ? `#${part}` : part;
        for (let i = 0; i < s.length; i++)
            h = mix32(Math.imul(h ^ s.charCodeAt(i), 0x01000193));
        h = mix32(h ^ 0x2f);
    }
    return h;
}
/** A float in [0, 1) from the same inputs. */
export function unit(seed, ...parts) {
    return hash32(seed, ...parts) / 0x1_0000_0000;
}
const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
/** 8 lower-case hex characters of a 32-bit value (a table lookup: ids are made on every read_users item). */
export function hex8(n) {
    return BYTE_HEX[n >>> 24] + BYTE_HEX[(n >>> 16) & 255] + BYTE_HEX[(n >>> 8) & 255] + BYTE_HEX[n & 255];
}
const BYTE_HEX_UPPER = BYTE_HEX.map((h) => h.toUpperCase());
/** hex8 in upper case (Feishu's log ids, made on every answer). */
export function hex8Upper(n) {
    return BYTE_HEX_UPPER[n >>> 24] + BYTE_HEX_UPPER[(n >>> 16) & 255] + BYTE_HEX_UPPER[(n >>> 8) & 255] + BYTE_HEX_UPPER[n & 255];
}
/** 24 hex characters from a precomputed key and an index: three integer mixes, no string hashing. */
export function hex24(key, index) {
    const a = mix32(key ^ mix32(index));
    const b = mix32(a ^ 0x85ebca6b ^ index);
    const c = mix32(b ^ 0xc2b2ae35 ^ index);
    return hex8(a) + hex8(b) + hex8(c);
}
/** `length` hex characters derived from the inputs. */
export function hexOf(length, seed, ...parts) {
    let out = "";
    for (let i = 0; out.length < length; i++)
        out += hex8(hash32(seed, ...parts, i));
    return out.slice(0, length);
}
// A bijection on 32-bit integers (odd multiplier, xor): user indexes become random-looking ids that decode in O(1).
const MULTIPLIER = 0x2c1b3c6d;
const INVERSE = modInverse32(MULTIPLIER);
function modInverse32(a) {
    // Newton's iteration for the inverse of an odd number modulo 2^32.
    let x = a;
    for (let i = 0; i < 5; i++)
        x = Math.imul(x, 2 - Math.imul(a, x));
    return x >>> 0;
}
export function scramble32(i, key) {
    return (Math.imul(i >>> 0, MULTIPLIER) ^ key) >>> 0;
}
export function unscramble32(x, key) {
    return Math.imul((x ^ key) >>> 0, INVERSE) >>> 0;
}
//# sourceMappingURL=random.js.map