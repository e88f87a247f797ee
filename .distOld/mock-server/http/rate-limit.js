import { VendorError } from "../errors.js";
export class RateLimiter {
    config;
    windows = new Map();
    constructor(config) {
        this.config = config;
    }
    reset() {
        this.windows = new Map();
    }
    /** Counts one request; throws 99991400 when it is over a limit (and then does not count it). */
    check(op, appId, now) {
        const spec = op.operation["x-rate-limit"];
        const settings = this.config.feishu.rate_limit;
        if (!spec || !settings.enabled)
            return;
        const perSecond = settings.per_second ?? spec.per_second;
        const perMinute = settings.per_minute ?? spec.per_minute;
        const key = `${appId} ${op.operationId}`;
        const second = Math.floor(now / 1000);
        const minute = Math.floor(now / 60_000);
        let w = this.windows.get(key);
        if (!w)
            this.windows.set(key, (w = { second, inSecond: 0, minute, inMinute: 0 }));
        if (w.second !== second) {
            w.second = second;
            w.inSecond = 0;
        }
        if (w.minute !== minute) {
            w.minute = minute;
            w.inMinute = 0;
        }
        if (perSecond !== undefined && w.inSecond >= perSecond)
            throw limited(perSecond, (second + 1) * 1000 - now);
        if (perMinute !== undefined && w.inMinute >= perMinute)
            throw limited(perMinute, (minute + 1) * 60_000 - now);
        w.inSecond += 1;
        w.inMinute += 1;
    }
}
function limited(limit, msUntilReset) {
    return new VendorError(99991400, {
        headers: {
            "x-ogw-ratelimit-limit": String(limit),
            "x-ogw-ratelimit-reset": String(Math.max(1, Math.ceil(msUntilReset / 1000))),
        },
    });
}
//# sourceMappingURL=rate-limit.js.map