import { describe, expect, it } from "vitest";
import { Journal, type JournalRecord } from "./journal.js";
import { filterFromQuery, JournalFilterError } from "./journal-filter.js";

const T1 = Date.parse("2026-03-02T01:00:00.000Z");
const entry = (over: Partial<JournalRecord> = {}): JournalRecord => ({
  at: T1,
  wall: T1,
  method: "POST",
  url: "/p",
  headers: [],
  status: 200,
  ms: 1,
  ...over,
});

describe("the journal", () => {
  it("keeps the last N entries, newest first, with ids that go on after clear()", () => {
    const journal = new Journal(3);
    for (let i = 0; i < 5; i++) journal.record(entry({ url: `/p${i}` }));
    expect(journal.list().requests.map((e) => [e.id, e.path])).toEqual([[5, "/p4"], [4, "/p3"], [3, "/p2"]]);
    journal.clear();
    expect(journal.list()).toEqual({ requests: [], total: 0 });
    expect(journal.record(entry())).toBe(6);
    expect(journal.list().total).toBe(1);
  });

  it("filters, and counts every match while returning at most limit", () => {
    const journal = new Journal(10);
    journal.record(entry({ operation: "a", app: "x", code: 0 }));
    journal.record(entry({ operation: "b", app: "x", status: 400, code: 230001, at: T1 + 3_600_000 }));
    journal.record(entry({ operation: "a", app: "y", code: 0, at: T1 + 7_200_000 }));
    journal.record(entry({ status: 404 }));
    expect(journal.list({ operation: "a" }).requests.map((e) => e.id)).toEqual([3, 1]);
    expect(journal.list({ app: "x", code: 230001 }).requests.map((e) => e.id)).toEqual([2]);
    expect(journal.list({ operation: "not_modelled" }).requests.map((e) => e.id)).toEqual([4]);
    expect(journal.list({ since: 2 }).requests.map((e) => e.id)).toEqual([4, 3]);
    expect(journal.list({ since: "2026-03-02T02:00:00.000Z", operation: "a" }).requests.map((e) => e.id)).toEqual([3]);
    expect(journal.list({ limit: 1 })).toMatchObject({ total: 4, requests: [{ id: 4 }] });
  });

  it("shows an entry as it was sent, credentials masked only when shown", () => {
    const journal = new Journal(5);
    const heard: unknown[] = [];
    journal.subscribe((e) => heard.push(e));
    journal.record(
      entry({
        url: "http://127.0.0.1:3000/topapi/x?access_token=0123456789abcdef0123456789abcdef&page=2&page=3",
        headers: ["Host", "127.0.0.1:3000", "Authorization", "Bearer t-0123456789abcdef0123", "X-Twice", "a", "x-twice", "b"],
        body: { app_secret: "s3cret", nested: [{ corpsecret: "x" }], n: 1 },
        operation: "op",
        app: "cli_1",
        code: 0,
        reason: "why",
      }),
    );
    const shown = journal.list().requests[0]!;
    expect(shown).toEqual({
      id: 1,
      at: "2026-03-02T01:00:00.000Z",
      wall_at: "2026-03-02T01:00:00.000Z",
      method: "POST",
      path: "/topapi/x",
      query: { access_token: "0123…", page: "2" },
      headers: { authorization: "Bearer t-01…", host: "127.0.0.1:3000", "x-twice": "a, b" },
      body: { app_secret: "***", nested: [{ corpsecret: "***" }], n: 1 },
      operation: "op",
      app: "cli_1",
      status: 200,
      code: 0,
      reason: "why",
      ms: 1,
    });
    expect(heard).toEqual([shown]);
    // A path segment that looks like a token is cut too.
    journal.record(entry({ url: "/hooks/0123456789abcdef0123456789abcdef/send" }));
    expect(journal.list({ limit: 1 }).requests[0]!.path).toBe("/hooks/0123…/send");
  });

  it("keeps fewer entries when they would take more than max_bytes, the oldest going first", () => {
    const journal = new Journal(100, 4096);
    const big = "x".repeat(1000);
    for (let i = 1; i <= 10; i++) journal.record(entry({ url: `/p${i}`, body: big }));
    const kept = journal.list().requests.map((e) => e.id);
    // Each entry is about 1.1 KB: three are laid down in 4 KB, and the fourth wraps to the start over the oldest, so
    // two or three are kept at any time; always the newest, in order.
    expect(kept).toEqual([10, 9]);
    expect(journal.list().requests.every((e) => e.body === big)).toBe(true);
    // One larger than the whole buffer is not kept, and takes the older ones with it (no gap in what is shown).
    journal.record(entry({ body: "y".repeat(5000) }));
    expect(journal.list().total).toBe(0);
    expect(journal.record(entry({ url: "/after" }))).toBe(12);
    expect(journal.list().requests.map((e) => e.path)).toEqual(["/after"]);
  });

  it("notes a body over 64 KB by its size, and keeps one at the limit", () => {
    const journal = new Journal(5, 1024 * 1024);
    const limit = 64 * 1024;
    journal.record(entry({ body: "x".repeat(limit - 2) })); // serialized: exactly the limit, quotes included
    journal.record(entry({ body: { text: "y".repeat(limit) } }));
    const [over, at] = journal.list().requests;
    expect(over!.body).toBe(`[${limit + 11} bytes, not kept]`);
    expect(at!.body).toBe("x".repeat(limit - 2));
  });

  it("tells subscribers of each entry until they unsubscribe", () => {
    const journal = new Journal(0); // keeps nothing, still notifies
    const heard: number[] = [];
    const stop = journal.subscribe((e) => heard.push(e.id));
    journal.record(entry());
    stop();
    journal.record(entry());
    expect(heard).toEqual([1]);
    expect(journal.list().requests).toEqual([]);
  });

  it("waitFor resolves on the next match, or on a kept one after `since`, and rejects with what it waited for", async () => {
    const journal = new Journal(10);
    journal.record(entry({ operation: "a" }));
    const next = journal.waitFor({ operation: "a" });
    journal.record(entry({ operation: "b" }));
    journal.record(entry({ operation: "a" }));
    expect((await next).id).toBe(3);
    expect((await journal.waitFor({ operation: "a", since: 0 })).id).toBe(1);
    const byPredicate = journal.waitFor((e) => e.operation === "c");
    journal.record(entry({ operation: "c" }));
    expect((await byPredicate).id).toBe(4);
    await expect(journal.waitFor({ operation: "z" }, { timeoutMs: 1 })).rejects.toThrow(/no request matching \{"operation":"z"\} within 1 ms/);
    // A misspelt key would match anything: refused.
    expect(() => journal.waitFor({ operaton: "a" } as never)).toThrow(/unknown filter operaton/);
    expect(() => journal.list({ stauts: 200 } as never)).toThrow(/unknown filter stauts/);
  });

  it("reads filters from a query string and refuses unknown or bad ones", () => {
    expect(filterFromQuery({ operation: "a", status: "200", since: "7", limit: "5" }, 100)).toEqual({ operation: "a", status: 200, since: 7, limit: 5 });
    expect(filterFromQuery({ since: "2026-03-02T02:00:00Z" }, 100)).toEqual({ since: "2026-03-02T02:00:00Z" });
    for (const bad of <Record<string, string>[]>[{ limt: "1" }, { status: "x" }, { limit: "101" }, { since: "yesterday" }, { code: "" }]) {
      expect(() => filterFromQuery(bad, 100), JSON.stringify(bad)).toThrow(JournalFilterError);
    }
  });
});
