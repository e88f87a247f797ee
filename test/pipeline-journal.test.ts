// The journal's filters and bounds beyond mock-server/http/journal.test.ts: each filter on its own (method in any
// case, status, code, since as an id or a time, exactly at the boundary), the refusals' words, the size checked,
// the ring buffer wrapping, and what waitFor says when it gives up on a predicate.
import { describe, expect, it } from "vitest";
import { filterFromQuery, matchesFilter } from "../mock-server/http/journal-filter.js";
import { Journal, type JournalEntry, type JournalRecord } from "../mock-server/http/journal.js";

const entry = (over: Partial<JournalEntry> = {}): Omit<JournalEntry, "id"> => ({
  at: "2026-03-02T01:00:00.000Z",
  wall_at: "2026-03-02T01:00:00.000Z",
  method: "POST",
  path: "/p",
  query: {},
  headers: {},
  status: 200,
  ms: 1,
  ...over,
});

/** What the pipeline records (the journal shows it as an entry like the one above). */
const rec = (over: Partial<JournalRecord> = {}): JournalRecord => ({
  at: Date.parse("2026-03-02T01:00:00.000Z"),
  wall: Date.parse("2026-03-02T01:00:00.000Z"),
  method: "POST",
  url: "/p",
  headers: [],
  status: 200,
  ms: 1,
  ...over,
});

describe("a filter", () => {
  const one: JournalEntry = { id: 5, ...entry({ operation: "op", app: "a", code: 7, status: 400, method: "GET", at: "2026-03-02T02:00:00.000Z" }) };

  it("matches on each field on its own", () => {
    expect(matchesFilter(one, {})).toBe(true);
    expect(matchesFilter(one, { operation: "op" })).toBe(true);
    expect(matchesFilter(one, { operation: "other" })).toBe(false);
    expect(matchesFilter(one, { operation: "not_modelled" })).toBe(false);
    expect(matchesFilter({ ...one, operation: undefined } as JournalEntry, { operation: "not_modelled" })).toBe(true);
    expect(matchesFilter(one, { app: "a" })).toBe(true);
    expect(matchesFilter(one, { app: "b" })).toBe(false);
    expect(matchesFilter(one, { status: 400 })).toBe(true);
    expect(matchesFilter(one, { status: 200 })).toBe(false);
    expect(matchesFilter(one, { code: 7 })).toBe(true);
    expect(matchesFilter(one, { code: 0 })).toBe(false);
    expect(matchesFilter(one, { method: "get" })).toBe(true);
    expect(matchesFilter(one, { method: "POST" })).toBe(false);
  });

  it("takes since as an id (only later ones) or a time (at or after it)", () => {
    expect(matchesFilter(one, { since: 4 })).toBe(true);
    expect(matchesFilter(one, { since: 5 })).toBe(false);
    expect(matchesFilter(one, { since: "2026-03-02T02:00:00.000Z" })).toBe(true);
    expect(matchesFilter(one, { since: "2026-03-02T02:00:00.001Z" })).toBe(false);
    expect(matchesFilter(one, { since: "2026-03-02T01:59:59.999Z" })).toBe(true);
  });

  it("is read from a query, every value checked, with the reason", () => {
    expect(filterFromQuery({ app: "a", method: "get", code: "230001", status: "0", limit: "0" }, 10)).toEqual({ app: "a", method: "get", code: 230001, status: 0, limit: 0 });
    expect(filterFromQuery({ status: "599", limit: "10" }, 10)).toEqual({ status: 599, limit: 10 });
    const refused = (query: Record<string, string>) => {
      try {
        filterFromQuery(query, 10);
      } catch (error) {
        return (error as Error).message;
      }
      return "accepted";
    };
    expect(refused({ limt: "1", colour: "x" })).toBe("unknown filter limt, colour (filters: operation, app, status, code, method, since, limit)");
    expect(refused({ status: "600" })).toBe("status must be an integer from 0 to 599");
    expect(refused({ status: "-1" })).toBe("status must be an integer from 0 to 599");
    expect(refused({ status: "2.5" })).toBe("status must be an integer from 0 to 599");
    expect(refused({ status: " " })).toBe("status must be an integer from 0 to 599");
    expect(refused({ limit: "11" })).toBe("limit must be an integer from 0 to 10");
    expect(refused({ code: "x" })).toBe(`code must be an integer from 0 to ${Number.MAX_SAFE_INTEGER}`);
    expect(refused({ since: "soon" })).toBe("since must be an entry id or an ISO date-time");
    expect(refused({ since: "12a" })).toBe("since must be an entry id or an ISO date-time");
  });
});

describe("the journal's bounds", () => {
  it("takes a size that is an integer ≥ 0 only", () => {
    for (const size of [-1, 1.5, Number.NaN]) expect(() => new Journal(size)).toThrow("the journal size must be an integer ≥ 0");
    expect(new Journal(0).capacity).toBe(0);
    expect(new Journal().capacity).toBe(1000);
  });

  it("wraps around, keeping exactly the last N, and counts matches only among those kept", () => {
    const journal = new Journal(2);
    for (let i = 1; i <= 5; i++) journal.record(rec({ status: i % 2 === 0 ? 200 : 400 }));
    expect(journal.lastEntryId).toBe(5);
    expect(journal.list()).toMatchObject({ total: 2, requests: [{ id: 5 }, { id: 4 }] });
    expect(journal.list({ status: 400 })).toMatchObject({ total: 1, requests: [{ id: 5 }] });
    journal.clear();
    journal.record(rec());
    expect(journal.list().requests.map((e) => e.id)).toEqual([6]);
  });

  it("says it waited for the predicate when one never matches", async () => {
    const journal = new Journal(2);
    journal.record(rec());
    await expect(journal.waitFor(() => false, { timeoutMs: 1 })).rejects.toThrow("no request matching the predicate within 1 ms (last journal id 1)");
    // since with nothing kept after it: waits for the next one.
    const next = journal.waitFor({ since: 1 });
    journal.record(rec({ url: "/next" }));
    expect((await next).path).toBe("/next");
  });
});
