/** The recipient fields of a body that were given (absent ones are left out). */
export function givenFields(source, names) {
    const fields = (source ?? {});
    const out = {};
    for (const name of names)
        if (fields[name] !== undefined)
            out[name] = structuredClone(fields[name]);
    return out;
}
/**
 * The latest sends keep what was sent; older ones let it go, so a million stored sends do not hold a million
 * payloads (`storage.sent_payloads`, default 10,000: far more than a test looks back on). Counts and progress never
 * depend on it.
 */
export class SentPayloads {
    capacity;
    ring = [];
    next = 0;
    constructor(capacity) {
        this.capacity = capacity;
    }
    /** Keeps `record.sent`, dropping it from the oldest kept record once more than `capacity` are kept. */
    keep(record) {
        if (record.sent === undefined)
            return;
        // Set to undefined rather than deleted: a deleted property turns a V8 object into a (larger) dictionary.
        if (this.capacity === 0) {
            record.sent = undefined;
            return;
        }
        const oldest = this.ring[this.next];
        if (oldest && oldest !== record)
            oldest.sent = undefined;
        this.ring[this.next] = record;
        this.next = (this.next + 1) % this.capacity;
    }
    clear() {
        this.ring = [];
        this.next = 0;
    }
}
//# sourceMappingURL=sent-payload.js.map