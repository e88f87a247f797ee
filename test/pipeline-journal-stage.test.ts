// The journal stage at its edges, beyond test/pipeline-stages.test.ts: the answer's reason header taken for error
// statuses (400 and up) only; what a listener is handed (no reason where there is none); and the time a request
// took, read on the performance clock (faked here, so a stub's delay is exact without waiting on it).
import { afterEach, describe, expect, it, vi } from "vitest";
import type { JournalEntry } from "../mock-server/http/journal.js";
import { HANDLERS } from "../mock-server/index.js";
import { harness } from "./helpers/mock-harness.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("the reason a journal entry gives", () => {
  it("is the answer's x-mock-error-reason for an error status (400 and up) only", async () => {
    const reasonHeader = { "x-mock-error-reason": "stubbed reason" };
    const h = harness({
      stubs: [
        { id: "bad", path: "/bad", auth: "none", response: { status: 400, headers: reasonHeader, body: {} } },
        { id: "odd", path: "/odd", auth: "none", response: { status: 399, headers: reasonHeader, body: {} } },
        { id: "fine", path: "/fine", auth: "none", response: { status: 200, headers: reasonHeader, body: {} } },
      ],
    });
    for (const path of ["/bad", "/odd", "/fine"]) await h.call("GET", path);
    expect(h.mock.journal.list().requests.map((e) => [e.operation, e.status, e.reason])).toEqual([
      ["stub:fine", 200, undefined],
      ["stub:odd", 399, undefined],
      ["stub:bad", 400, "stubbed reason"],
    ]);
  });

  it("is absent from the entry a listener hears of when the answer has none", async () => {
    const h = harness({ stubs: [{ id: "fine", path: "/fine", auth: "none", response: { body: { ok: true } } }] });
    const heard: JournalEntry[] = [];
    h.mock.journal.subscribe((e) => heard.push(e));
    await h.call("GET", "/fine");
    await h.call("GET", "/nothing");
    expect(heard).toHaveLength(2);
    expect(heard[0]).not.toHaveProperty("reason");
    expect(heard[0]).not.toHaveProperty("body");
    expect(heard[1]!.reason).toMatch(/^not modelled: /);
  });
});

describe("the time a request took", () => {
  it("is the real time from arrival to answer, in ms to two decimals", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    const h = harness({ stubs: [{ id: "slow", path: "/slow", auth: "none", delay_ms: 1234, response: { body: { ok: true } } }] });
    vi.advanceTimersByTime(500.25); // the request does not start at the clock's zero
    const answer = h.call("GET", "/slow");
    await vi.advanceTimersByTimeAsync(1234);
    expect((await answer).body).toEqual({ ok: true });
    const [entry] = h.mock.journal.list().requests;
    expect(entry!.ms).toBe(1234);
  });
});

describe("an answer that throws (a bug in the mock)", () => {
  it("is answered 500 by the app's error handler and journaled with that 500", async () => {
    const real = HANDLERS.getAccessToken!;
    HANDLERS.getAccessToken = () => {
      throw new Error("boom");
    };
    try {
      const h = harness();
      const answer = await h.call("GET", "/gettoken?appkey=dingmockappkey000001&appsecret=mock-dingtalk-secret");
      expect(answer.status).toBe(500);
      expect(answer.body).toEqual({ mock_internal_error: "Error: boom" });
      const entry = h.mock.journal.list({ limit: 1 }).requests[0]!;
      expect(entry.status).toBe(500);
      expect(entry.operation).toBe("getAccessToken");
      expect(h.mock.selfCheckFailures).toEqual(["unhandled error on GET /gettoken: Error: boom"]);
      h.mock.selfCheckFailures.length = 0; // seen: the harness fails a test that leaves any
    } finally {
      HANDLERS.getAccessToken = real;
    }
  });

  it("is answered and journaled the same when what it throws is not an Error", async () => {
    const real = HANDLERS.getAccessToken!;
    HANDLERS.getAccessToken = () => {
      throw "boom"; // not an Error: the case under test
    };
    try {
      const h = harness();
      const answer = await h.call("GET", "/gettoken?appkey=dingmockappkey000001&appsecret=mock-dingtalk-secret");
      expect(answer.status).toBe(500);
      expect(answer.body).toEqual({ mock_internal_error: "Error: boom" });
      expect(h.mock.journal.list({ limit: 1 }).requests.map((e) => [e.operation, e.status])).toEqual([["getAccessToken", 500]]);
      expect(h.mock.selfCheckFailures).toEqual(["unhandled error on GET /gettoken: Error: boom"]);
      h.mock.selfCheckFailures.length = 0;
    } finally {
      HANDLERS.getAccessToken = real;
    }
  });
});
