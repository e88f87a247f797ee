export const EARLIEST_SETTABLE = Date.parse("2000-01-01T00:00:00Z");
export const LATEST_SETTABLE = Date.parse("2100-01-01T00:00:00Z");
export class ClockChangeError extends Error {
}
const KNOWN = ["advance_ms", "set", "freeze", "scale"];
/** Reads `{advance_ms?, set?, freeze?, scale?}`; `backwards` allows a `set` before now (reset only). */
export function parseClockChanges(body, now, backwards) {
    const unknown = Object.keys(body).filter((k) => !KNOWN.includes(k));
    if (unknown.length > 0 || (Object.keys(body).length === 0 && !backwards)) {
        throw new ClockChangeError(`give any of ${KNOWN.join(", ")}${unknown.length ? ` (unknown: ${unknown.join(", ")})` : ""}`);
    }
    const changes = {};
    if (body.freeze !== undefined) {
        if (typeof body.freeze !== "boolean")
            throw new ClockChangeError("freeze must be true or false");
        changes.freeze = body.freeze;
    }
    if (body.scale !== undefined) {
        if (typeof body.scale !== "number" || !Number.isFinite(body.scale) || body.scale <= 0 || body.scale > 1_000_000) {
            throw new ClockChangeError("scale must be a number above 0 and at most 1000000");
        }
        changes.scale = body.scale;
    }
    let at = now;
    if (body.set !== undefined) {
        const set = typeof body.set === "number" ? body.set : typeof body.set === "string" ? Date.parse(body.set) : Number.NaN;
        if (!Number.isFinite(set))
            throw new ClockChangeError("set must be an ISO date-time or epoch milliseconds");
        if (set < EARLIEST_SETTABLE || set >= LATEST_SETTABLE)
            throw new ClockChangeError("set must be from 2000-01-01 to before 2100-01-01");
        if (!backwards && set < now) {
            throw new ClockChangeError(`mock time never goes backwards: ${new Date(set).toISOString()} is before now (POST /__mock/reset with a clock puts it back)`);
        }
        changes.set = Math.floor(set);
        at = changes.set;
    }
    if (body.advance_ms !== undefined) {
        if (typeof body.advance_ms !== "number" || !Number.isFinite(body.advance_ms) || body.advance_ms < 0) {
            throw new ClockChangeError("advance_ms must be a non-negative number");
        }
        if (at + body.advance_ms >= LATEST_SETTABLE)
            throw new ClockChangeError("advance_ms would take mock time past 2100-01-01");
        changes.advance = Math.floor(body.advance_ms);
    }
    return changes;
}
/** Applies checked changes: freeze, scale, set, then advance (the order the API documents). */
export function applyClockChanges(clock, changes, backwards) {
    if (changes.freeze !== undefined)
        clock.freeze(changes.freeze);
    if (changes.scale !== undefined)
        clock.setScale(changes.scale);
    if (changes.set !== undefined) {
        if (backwards)
            clock.resume({ now: changes.set, scale: clock.scale, frozen: clock.frozen });
        else
            clock.set(changes.set);
    }
    if (changes.advance !== undefined)
        clock.advance(changes.advance);
}
//# sourceMappingURL=clock-changes.js.map