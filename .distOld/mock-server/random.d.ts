/** 32-bit mix of a 32-bit value (murmur3 fmix32). */
export declare function mix32(h: number): number;
/** A 32-bit hash of a seed and any number of strings/numbers. */
export declare function hash32(seed: number, ...parts: (string | number)[]): number;
/** A float in [0, 1) from the same inputs. */
export declare function unit(seed: number, ...parts: (string | number)[]): number;
/** 8 lower-case hex characters of a 32-bit value (a table lookup: ids are made on every read_users item). */
export declare function hex8(n: number): string;
/** hex8 in upper case (Feishu's log ids, made on every answer). */
export declare function hex8Upper(n: number): string;
/** 24 hex characters from a precomputed key and an index: three integer mixes, no string hashing. */
export declare function hex24(key: number, index: number): string;
/** `length` hex characters derived from the inputs. */
export declare function hexOf(length: number, seed: number, ...parts: (string | number)[]): string;
export declare function scramble32(i: number, key: number): number;
export declare function unscramble32(x: number, key: number): number;
