// Sets of user indexes as sorted, disjoint half-open intervals [start, end). Departments and chats are
// contiguous ranges of the directory, so any recipient set is a handful of intervals however many users it
// holds: counting, subtracting and picking the k-th member cost O(intervals), never O(users).
/** Sorts and merges overlapping or touching intervals; drops empty ones. */
export function normalize(intervals) {
    const sorted = [...intervals].filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
    const out = [];
    for (const [a, b] of sorted) {
        const last = out[out.length - 1];
        if (last && a <= last[1])
            last[1] = Math.max(last[1], b);
        else
            out.push([a, b]);
    }
    return out;
}
export function size(set) {
    let n = 0;
    for (const [a, b] of set)
        n += b - a;
    return n;
}
export function contains(set, index) {
    return set.some(([a, b]) => index >= a && index < b);
}
export function subtract(x, y) {
    let current = [...x];
    for (const [c, d] of y) {
        current = current.flatMap(([a, b]) => {
            if (d <= a || c >= b)
                return [[a, b]];
            const parts = [];
            if (c > a)
                parts.push([a, c]);
            if (d < b)
                parts.push([d, b]);
            return parts;
        });
    }
    return current;
}
/** The k-th smallest index of the set (0-based), or undefined past its end. */
export function nth(set, k) {
    let rest = k;
    for (const [a, b] of set) {
        if (rest < b - a)
            return a + rest;
        rest -= b - a;
    }
    return undefined;
}
//# sourceMappingURL=intervals.js.map