export class Pacing {
    clock;
    sent = new Map();
    constructor(clock) {
        this.clock = clock;
    }
    async beforeRequest(op) {
        const limit = op.operation["x-rate-limit"];
        if (!limit)
            return;
        const windows = [];
        if (limit.per_second)
            windows.push([1000, limit.per_second]);
        if (limit.per_minute)
            windows.push([60_000, limit.per_minute]);
        const times = this.sent.get(op.operationId) ?? [];
        for (;;) {
            const now = await this.clock.now();
            let waitMs = 0;
            for (const [span, max] of windows) {
                const inWindow = times.filter((t) => t > now - span);
                if (inWindow.length >= max)
                    waitMs = Math.max(waitMs, inWindow[inWindow.length - max] + span - now + 1);
            }
            if (waitMs <= 0) {
                times.push(now);
                // Only the last minute matters.
                this.sent.set(op.operationId, times.filter((t) => t > now - 60_000));
                return;
            }
            await this.clock.sleep(waitMs);
        }
    }
}
//# sourceMappingURL=pacing.js.map