import { unit } from "../random.js";
const between = ([low, high], u) => low + (high - low) * u;
export function sendTiming(config, id, deliverable) {
    const sim = config.simulation;
    return {
        scheduleDelayMs: Math.round(between(sim.schedule_delay_ms, unit(config.seed, id, "schedule"))),
        deliveryMs: Math.max(sim.min_delivery_ms, Math.round((deliverable / sim.delivery_per_second) * 1000)),
        readRatio: between(sim.read_ratio, unit(config.seed, id, "read")),
        readSpreadMs: sim.read_spread_ms,
    };
}
/**
 * Timings derived again lately, by batch id: a poller asks for the same batch many times, and deriving it hashes the
 * id twice (a tenth of a get_progress request's cost, issue 11). A pure function of what the entry holds, so an
 * entry is good while they match; emptied when full.
 */
const derived = new Map();
const DERIVED_SIZE = 1024;
/** A batch's timing: stored with it (older state files), or derived again from its id as when it was sent. */
export function batchTiming(config, batch) {
    if (batch.timing)
        return batch.timing;
    const known = derived.get(batch.id);
    if (known !== undefined && known.config === config && known.deliverable === batch.deliverable)
        return known.timing;
    const timing = sendTiming(config, batch.id, batch.deliverable);
    if (derived.size >= DERIVED_SIZE)
        derived.clear();
    derived.set(batch.id, { config, deliverable: batch.deliverable, timing });
    return timing;
}
/** 0 → 1 as `elapsed` goes from 0 to `duration` (1 at once when the duration is 0; durations are never negative). */
export function fraction(elapsed, duration) {
    if (elapsed <= 0)
        return duration === 0 && elapsed === 0 ? 1 : 0;
    // elapsed > 0, so a zero duration gives Infinity: 1.
    return Math.min(1, elapsed / duration);
}
//# sourceMappingURL=timing.js.map