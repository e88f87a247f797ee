// Feishu's frequency limits, per app and operation, as the spec's `x-rate-limit` says (50/s and 1000/min),
// counted in fixed windows of mock time. Over the limit: 99991400 with the x-ogw-ratelimit-* headers.
// Windows follow the mock clock, so a test advances time past a window instead of waiting for it.
import type { OperationInfo } from "../../spec/index.js";
import type { MockConfig } from "../config.js";
import { VendorError } from "../errors.js";

interface Window {
  second: number;
  inSecond: number;
  minute: number;
  inMinute: number;
}

export class RateLimiter {
  /** By operation, then app: keys whose hashes their strings already hold (a key made per request was not). */
  private windows = new Map<string, Map<string, Window>>();

  constructor(private readonly config: MockConfig) {}

  reset(): void {
    this.windows = new Map();
  }

  /** Counts one request; throws 99991400 when it is over a limit (and then does not count it). */
  check(op: OperationInfo, appId: string, now: number): void {
    const spec = op.operation["x-rate-limit"];
    const settings = this.config.feishu.rate_limit;
    if (!spec || !settings.enabled) return;
    const perSecond = settings.per_second ?? spec.per_second;
    const perMinute = settings.per_minute ?? spec.per_minute;
    const second = Math.floor(now / 1000);
    const minute = Math.floor(now / 60_000);
    let byApp = this.windows.get(op.operationId);
    if (!byApp) this.windows.set(op.operationId, (byApp = new Map()));
    let w = byApp.get(appId);
    if (!w) byApp.set(appId, (w = { second, inSecond: 0, minute, inMinute: 0 }));
    if (w.second !== second) {
      w.second = second;
      w.inSecond = 0;
    }
    if (w.minute !== minute) {
      w.minute = minute;
      w.inMinute = 0;
    }
    if (perSecond !== undefined && w.inSecond >= perSecond) throw limited(perSecond, (second + 1) * 1000 - now);
    if (perMinute !== undefined && w.inMinute >= perMinute) throw limited(perMinute, (minute + 1) * 60_000 - now);
    w.inSecond += 1;
    w.inMinute += 1;
  }
}

function limited(limit: number, msUntilReset: number): VendorError {
  return new VendorError(99991400, {
    headers: {
      "x-ogw-ratelimit-limit": String(limit),
      "x-ogw-ratelimit-reset": String(Math.max(1, Math.ceil(msUntilReset / 1000))),
    },
  });
}
