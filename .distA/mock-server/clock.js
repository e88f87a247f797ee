// The mock's clock. Runs in real time by default; can be scaled (60 = a minute per second), frozen, set and
// advanced, so tests move time instead of sleeping. Mock time never goes backwards, so progress never decreases.
export class ClockError extends Error {
}
/** The last instant a date can show (9999-12-31T23:59:59.999Z): mock time stops there. */
export const END_OF_TIME = 253_402_300_799_999;
export class MockClock {
    wall;
    anchorWall;
    anchorMock;
    scaleFactor;
    isFrozen;
    constructor(options = {}) {
        this.wall = options.wall ?? (() => performance.now());
        this.anchorWall = this.wall();
        this.anchorMock = options.start ?? Date.now();
        this.scaleFactor = validScale(options.scale ?? 1);
        this.isFrozen = options.frozen ?? false;
    }
    /** Mock time, epoch milliseconds (an integer). */
    now() {
        if (this.isFrozen)
            return this.anchorMock;
        return Math.min(END_OF_TIME, Math.floor(this.anchorMock + (this.wall() - this.anchorWall) * this.scaleFactor));
    }
    get scale() {
        return this.scaleFactor;
    }
    get frozen() {
        return this.isFrozen;
    }
    /** Re-anchors at the current instant, so a change of rate applies from now on. */
    rebase(mockNow = this.now()) {
        this.anchorMock = mockNow;
        this.anchorWall = this.wall();
    }
    advance(ms) {
        if (!Number.isFinite(ms) || ms < 0)
            throw new ClockError("advance_ms must be a non-negative number");
        this.rebase(this.within(this.now() + Math.floor(ms)));
    }
    within(epochMs) {
        if (epochMs > END_OF_TIME)
            throw new ClockError("mock time cannot go past 9999-12-31T23:59:59.999Z");
        return epochMs;
    }
    set(epochMs) {
        if (!Number.isFinite(epochMs))
            throw new ClockError("set must be an ISO date-time or epoch milliseconds");
        const now = this.now();
        if (epochMs < now)
            throw new ClockError(`mock time never goes backwards: ${new Date(epochMs).toISOString()} is before now`);
        this.rebase(this.within(Math.floor(epochMs)));
    }
    freeze(frozen) {
        this.rebase();
        this.isFrozen = frozen;
    }
    setScale(scale) {
        this.rebase();
        this.scaleFactor = validScale(scale);
    }
    /** Takes up a saved clock in a new process: the same time, rate and frozenness (restoring state only). */
    resume(saved) {
        this.anchorMock = saved.now;
        this.anchorWall = this.wall();
        this.scaleFactor = validScale(saved.scale);
        this.isFrozen = saved.frozen;
    }
    state() {
        const now = this.now();
        return { now, iso: new Date(now).toISOString(), scale: this.scaleFactor, frozen: this.isFrozen };
    }
}
function validScale(scale) {
    if (!Number.isFinite(scale) || scale <= 0 || scale > 1_000_000) {
        throw new ClockError("scale must be a number above 0 and at most 1000000");
    }
    return scale;
}
//# sourceMappingURL=clock.js.map