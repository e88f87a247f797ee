// Feishu frequency limits on the mock: 50/s and 1000/min per app and operation, answered with 99991400.
import { describe, expect, it } from "vitest";
import { harness } from "./helpers/mock-harness.js";

const UNKNOWN = `/open-apis/im/v1/batch_messages/bm-${"0".repeat(32)}`;

async function burst(h: ReturnType<typeof harness>, token: string, n: number, path = `${UNKNOWN}/get_progress`) {
  const answers = [];
  for (let i = 0; i < n; i++) answers.push(await h.call("GET", path, { token }));
  return answers;
}

describe("Feishu rate limits", () => {
  it("answers the 51st request of a second with 429, 99991400 and the x-ogw-ratelimit headers", async () => {
    const h = harness();
    const token = await h.feishuToken();
    const answers = await burst(h, token, 51);
    expect(answers.slice(0, 50).every((a) => a.body.code === 230030)).toBe(true);
    const limited = answers[50]!;
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ code: 99991400, msg: "request trigger frequency limit" });
    expect(limited.headers.get("x-ogw-ratelimit-limit")).toBe("50");
    expect(limited.headers.get("x-ogw-ratelimit-reset")).toBe("1");
    // Per operation: read_user is not limited by get_progress's count.
    expect((await h.call("GET", `${UNKNOWN}/read_user`, { token })).body.code).toBe(230030);
    h.advance(1000);
    expect((await h.call("GET", `${UNKNOWN}/get_progress`, { token })).body.code).toBe(230030);
  });

  it("limits each app on its own", async () => {
    const h = harness();
    const token = await h.feishuToken();
    await h.control("POST", "/apps", { vendor: "feishu", app_id: "cli_00000000000000d4", app_secret: "s" });
    const other = await h.feishuToken({ app_id: "cli_00000000000000d4", app_secret: "s" });
    await burst(h, token, 50);
    expect((await burst(h, token, 1))[0]!.status).toBe(429);
    expect((await burst(h, other, 1))[0]!.body.code).toBe(230030);
  });

  it("answers the 1001st request of a minute with limit 1000 and the seconds left in the minute", async () => {
    const h = harness({ time: { start: "2026-03-02T01:00:00.000Z" } });
    const token = await h.feishuToken();
    for (let second = 0; second < 20; second++) {
      const answers = await burst(h, token, 50);
      expect(answers.every((a) => a.status === 400)).toBe(true);
      h.advance(1000);
    }
    const limited = (await burst(h, token, 1))[0]!;
    expect(limited.status).toBe(429);
    expect(limited.headers.get("x-ogw-ratelimit-limit")).toBe("1000");
    expect(limited.headers.get("x-ogw-ratelimit-reset")).toBe("40");
  });

  it("can answer with HTTP 400 (older IM APIs), use other limits, or be off", async () => {
    const h400 = harness({ feishu: { http_status_overrides: { "99991400": 400 }, rate_limit: { enabled: true, per_second: 3 } } });
    const token400 = await h400.feishuToken();
    const answers = await burst(h400, token400, 4);
    expect(answers[3]!.status).toBe(400);
    expect(answers[3]!.body.code).toBe(99991400);
    expect(answers[3]!.headers.get("x-ogw-ratelimit-limit")).toBe("3");

    const off = harness({ feishu: { rate_limit: { enabled: false } } });
    const tokenOff = await off.feishuToken();
    expect((await burst(off, tokenOff, 120)).every((a) => a.body.code === 230030)).toBe(true);
  });
});
