// Keeps the suite under each operation's documented frequency limit (the spec's x-rate-limit), counted on the
// target's clock: it waits before a request that would exceed 50/s or 1000/min.
import type { OperationInfo } from "../spec/index.js";
import type { TargetClock } from "./target.js";

export class Pacing {
  private readonly sent = new Map<string, number[]>();

  constructor(private readonly clock: TargetClock) {}

  async beforeRequest(op: OperationInfo): Promise<void> {
    const limit = op.operation["x-rate-limit"];
    if (!limit) return;
    const windows: [number, number][] = [];
    if (limit.per_second) windows.push([1000, limit.per_second]);
    if (limit.per_minute) windows.push([60_000, limit.per_minute]);
    const times = this.sent.get(op.operationId) ?? [];
    for (;;) {
      const now = await this.clock.now();
      let waitMs = 0;
      for (const [span, max] of windows) {
        const inWindow = times.filter((t) => t > now - span);
        if (inWindow.length >= max) waitMs = Math.max(waitMs, inWindow[inWindow.length - max]! + span - now + 1);
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
