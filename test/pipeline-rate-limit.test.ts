// The rate limiter's windows on the mock clock, beyond the limits themselves (mock-rate-limit.test.ts): the minute
// window resetting, a refused request not counted, the seconds until the reset rounded up, configured limits
// per minute, and /__mock/reset forgetting the counts.
import { describe, expect, it } from "vitest";
import { harness, type Harness } from "./helpers/mock-harness.js";

const UNKNOWN = `/open-apis/im/v1/batch_messages/bm-${"0".repeat(32)}/get_progress`;

async function burst(h: Harness, token: string, n: number): Promise<{ status: number; reset: string | null; limit: string | null }[]> {
  const out = [];
  for (let i = 0; i < n; i++) {
    const answer = await h.call("GET", UNKNOWN, { token });
    out.push({ status: answer.status, reset: answer.headers.get("x-ogw-ratelimit-reset"), limit: answer.headers.get("x-ogw-ratelimit-limit") });
  }
  return out;
}

describe("the rate limiter's windows", () => {
  it("opens again when the minute is over, and not before", async () => {
    const h = harness({ feishu: { rate_limit: { enabled: true, per_second: 100, per_minute: 5 } } });
    const token = await h.feishuToken();
    expect((await burst(h, token, 5)).map((a) => a.status)).toEqual([400, 400, 400, 400, 400]);
    h.advance(59_000);
    const limited = (await burst(h, token, 1))[0]!;
    expect(limited).toEqual({ status: 429, limit: "5", reset: "1" });
    h.advance(1000);
    expect((await burst(h, token, 5)).map((a) => a.status)).toEqual([400, 400, 400, 400, 400]);
    expect((await burst(h, token, 1))[0]!.status).toBe(429);
  });

  it("rounds the seconds until the reset up", async () => {
    const h = harness({ feishu: { rate_limit: { enabled: true, per_second: 100, per_minute: 2 } } });
    const token = await h.feishuToken();
    await burst(h, token, 2);
    h.advance(20_700); // 39.3 s left in the minute
    expect((await burst(h, token, 1))[0]).toEqual({ status: 429, limit: "2", reset: "40" });
    h.advance(39_200); // 0.1 s left
    expect((await burst(h, token, 1))[0]!.reset).toBe("1");
  });

  it("does not count a refused request", async () => {
    const h = harness({ feishu: { rate_limit: { enabled: true, per_second: 3, per_minute: 5 } } });
    const token = await h.feishuToken();
    // Second 0: three answered, two refused by the second's limit.
    expect((await burst(h, token, 5)).map((a) => a.status)).toEqual([400, 400, 400, 429, 429]);
    h.advance(1000);
    // Second 1: two more make five in the minute; only then the minute's limit.
    const next = await burst(h, token, 3);
    expect(next.map((a) => a.status)).toEqual([400, 400, 429]);
    expect(next[2]!.limit).toBe("5");
    expect(next[2]!.reset).toBe("59");
  });

  it("counts each second on its own within the minute", async () => {
    const h = harness({ feishu: { rate_limit: { enabled: true, per_second: 2 } } });
    const token = await h.feishuToken();
    h.advance(500);
    expect((await burst(h, token, 3)).map((a) => [a.status, a.reset])).toEqual([
      [400, null],
      [400, null],
      [429, "1"],
    ]);
    h.advance(500);
    expect((await burst(h, token, 3)).map((a) => a.status)).toEqual([400, 400, 429]);
  });

  it("forgets the counts on /__mock/reset", async () => {
    const h = harness({ feishu: { rate_limit: { enabled: true, per_second: 2, per_minute: 1000 } } });
    let token = await h.feishuToken();
    expect((await burst(h, token, 3)).map((a) => a.status)).toEqual([400, 400, 429]);
    expect((await h.control("POST", "/reset")).status).toBe(200);
    token = await h.feishuToken();
    expect((await burst(h, token, 3)).map((a) => a.status)).toEqual([400, 400, 429]);
  });
});
