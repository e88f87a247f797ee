// The timing of one send (batch, message or work notification), fixed when it is created from the seed and
// the simulation settings. Stored with the send: a few numbers, whatever the number of recipients.
import type { MockConfig } from "../config.js";
import { Lru } from "../lru.js";
import { unit } from "../random.js";

export interface SendTiming {
  /** Queued this long before delivery starts. */
  scheduleDelayMs: number;
  /** Delivery to every deliverable recipient takes this long. */
  deliveryMs: number;
  /** The share of deliveries eventually read. */
  readRatio: number;
  /** Reads arrive over this long after delivery starts. */
  readSpreadMs: number;
}

const between = ([low, high]: readonly [number, number], u: number) => low + (high - low) * u;

export function sendTiming(config: MockConfig, id: string, deliverable: number): SendTiming {
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
 * entry is good while they match.
 */
const derived = new Lru<string, { config: MockConfig; deliverable: number; timing: SendTiming }>(1024);

/** A batch's timing: stored with it (older state files), or derived again from its id as when it was sent. */
export function batchTiming(config: MockConfig, batch: { id: string; deliverable: number; timing?: SendTiming }): SendTiming {
  if (batch.timing) return batch.timing;
  const known = derived.get(batch.id);
  if (known !== undefined && known.config === config && known.deliverable === batch.deliverable) return known.timing;
  const timing = sendTiming(config, batch.id, batch.deliverable);
  derived.set(batch.id, { config, deliverable: batch.deliverable, timing });
  return timing;
}

/** 0 → 1 as `elapsed` goes from 0 to `duration` (1 at once when the duration is 0; durations are never negative). */
export function fraction(elapsed: number, duration: number): number {
  if (elapsed <= 0) return duration === 0 && elapsed === 0 ? 1 : 0;
  // elapsed > 0, so a zero duration gives Infinity: 1.
  return Math.min(1, elapsed / duration);
}
