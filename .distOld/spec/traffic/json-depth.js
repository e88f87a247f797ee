// A limit on how deeply a JSON body may nest. JSON.parse itself copes with any depth, but everything after it
// that walks the value recursively (the validator, JSON.stringify, structuredClone) overflows the stack: a 10 KB
// body nested 5,000 deep answered 500. No vendor body comes near this depth (cards nest a dozen levels).
export const MAX_JSON_DEPTH = 100;
/** Whether the value nests deeper than `max` arrays and objects; iterative, so any depth is safe to ask. */
export function nestsDeeperThan(value, max = MAX_JSON_DEPTH) {
    const stack = [[value, 0]];
    while (stack.length > 0) {
        const [item, depth] = stack.pop();
        if (typeof item !== "object" || item === null)
            continue;
        if (depth + 1 > max)
            return true;
        for (const child of Array.isArray(item) ? item : Object.values(item)) {
            if (typeof child === "object" && child !== null)
                stack.push([child, depth + 1]);
        }
    }
    return false;
}
/** JSON.parse, refusing a value that nests deeper than the limit (the error says so). */
export function parseJsonWithin(text, max = MAX_JSON_DEPTH) {
    const value = JSON.parse(text);
    // Nesting deeper than `max` takes more than `max` opening brackets and as many closing ones: a text shorter than
    // that cannot, and most bodies are (walking each one was a measurable share of a small request, issue 11).
    if (text.length > 2 * max && nestsDeeperThan(value, max))
        throw new JsonTooDeepError(`the JSON nests deeper than ${max} levels`);
    return value;
}
export class JsonTooDeepError extends Error {
}
//# sourceMappingURL=json-depth.js.map