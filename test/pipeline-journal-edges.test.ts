// The journal at its edges, beyond mock-server/http/journal*.test.ts and test/pipeline-journal.test.ts: the ring
// keeping an entry exactly the buffer's size, one ending exactly at its end, and every entry its bytes still hold
// after a wrap (also after clear()), and nothing past the last id; the codec's plain-JSON fallback for a URL or a
// method with a newline; a filter read from a query holding only the keys given, `since` digits only as an id; a
// long record with no body (only a body is measured against the 64 KB limit); the shape of an entry, fields absent
// rather than undefined where the request had none, as listed and as a listener hears it, and of a log line; waitFor
// with `since` handing back the earliest kept match, and one that has answered (or given up) listening no more and
// leaving no timer.
import { afterEach, describe, expect, it, vi } from "vitest";
import { decodeRecord, encodeRecord } from "../mock-server/http/journal-codec.js";
import { filterFromQuery } from "../mock-server/http/journal-filter.js";
import { JournalRing } from "../mock-server/http/journal-ring.js";
import { Journal, type JournalEntry, type JournalRecord } from "../mock-server/http/journal.js";
import { logEntryOf } from "../mock-server/http/request-log.js";

const rec = (over: Partial<JournalRecord> = {}): JournalRecord => ({
  at: Date.parse("2026-03-02T01:00:00.000Z"),
  wall: Date.parse("2026-03-02T01:00:05.000Z"),
  method: "GET",
  url: "/p",
  headers: [],
  status: 404,
  ms: 1.5,
  ...over,
});

afterEach(() => {
  vi.useRealTimers();
});

describe("the journal's ring", () => {
  const text = (n: number, c = "x") => c.repeat(n); // ASCII: as many bytes as characters

  it("keeps an entry exactly as large as the buffer, and one ending exactly at its end", () => {
    const whole = new JournalRing(2, 1024);
    expect(whole.get(whole.push(text(1024)))).toBe(text(1024));
    const ring = new JournalRing(10, 1024);
    ring.push(text(512, "a"));
    ring.push(text(512, "b"));
    expect([ring.get(1), ring.get(2)]).toEqual([text(512, "a"), text(512, "b")]);
    expect(ring.oldestKeptId).toBe(1);
  });

  it("keeps, after a wrap, every entry its bytes still hold, and nothing past the last id", () => {
    const ring = new JournalRing(10, 1024);
    for (const c of "abc") ring.push(text(500, c)); // c wraps to 0 and overwrites a only
    expect([ring.get(1), ring.get(2), ring.get(3)]).toEqual([undefined, text(500, "b"), text(500, "c")]);
    expect(ring.get(4)).toBeUndefined();
    expect(ring.get(0)).toBeUndefined();
  });

  it("keeps the first entry after clear() that wraps, whatever an evicted entry left in its slot", () => {
    const ring = new JournalRing(2, 1024);
    ring.push(text(500, "a"));
    ring.push(text(500, "b"));
    ring.push(text(100, "c")); // wraps: slot of id 4 still says 500 (b's offset)
    ring.clear();
    const id = ring.push(text(950, "d"));
    expect(ring.get(id)).toBe(text(950, "d"));
    expect(ring.oldestKeptId).toBe(id);
  });

  it("says which bound it refuses", () => {
    expect(() => new JournalRing(10, 1023)).toThrow("the journal's max_bytes must be an integer ≥ 1024");
    expect(() => new JournalRing(10, 1024.5)).toThrow("the journal's max_bytes must be an integer ≥ 1024");
  });
});

describe("the record codec's fallback", () => {
  it("keeps a record as plain JSON when its URL or its method holds a newline, and reads it back", () => {
    for (const over of [{ url: "/a\nb" }, { method: "GET\nX" }]) {
      const r = rec({ ...over, headers: ["host", "h"], app: "cli_1" });
      const encoded = encodeRecord(r);
      expect(encoded.startsWith("{")).toBe(true);
      expect(decodeRecord(encoded)).toEqual(r);
    }
  });
});

describe("a filter read from a query", () => {
  it("holds only the keys the query gives", () => {
    expect(filterFromQuery({ app: "a" }, 10)).toStrictEqual({ app: "a" });
    expect(filterFromQuery({ operation: "op" }, 10)).toStrictEqual({ operation: "op" });
    expect(filterFromQuery({ method: "get" }, 10)).toStrictEqual({ method: "get" });
    expect(filterFromQuery({}, 10)).toStrictEqual({});
  });

  it("takes since as an id only when it is all digits (Date.parse would read \"12\" as a date)", () => {
    expect(filterFromQuery({ since: "12" }, 10)).toStrictEqual({ since: 12 });
    expect(filterFromQuery({ since: "7" }, 10)).toStrictEqual({ since: 7 });
    expect(() => filterFromQuery({ since: "x12" }, 10)).toThrow("since must be an entry id or an ISO date-time");
  });
});

describe("a log line", () => {
  it("has a code and a reason only when the entry has them", () => {
    const entry: JournalEntry = { id: 1, at: "2026-03-02T01:00:00.000Z", wall_at: "2026-03-02T01:00:00.000Z", method: "GET", path: "/p", query: {}, headers: {}, status: 200, ms: 1, operation: "op" };
    expect(logEntryOf(entry)).toStrictEqual({ method: "GET", path: "/p", status: 200, operationId: "op", ms: 1 });
  });
});

describe("a journal entry", () => {
  it("keeps a record longer than 64 KB that has no body, whole", () => {
    const journal = new Journal(2);
    const url = `/p?q=${"a".repeat(70_000)}`;
    journal.record(rec({ url }));
    const [entry] = journal.list().requests;
    expect(entry!.query.q).toHaveLength(70_000);
    expect(entry).not.toHaveProperty("body");
  });

  it("has only the fields the request had, as listed and as a listener hears it", () => {
    const journal = new Journal(2);
    const heard: JournalEntry[] = [];
    journal.subscribe((e) => heard.push(e));
    journal.record(rec());
    const bare = ["id", "at", "wall_at", "method", "path", "query", "headers", "status", "ms"];
    expect(Object.keys(journal.list().requests[0]!).sort()).toEqual([...bare].sort());
    expect(Object.keys(heard[0]!).sort()).toEqual([...bare].sort());
    expect(heard[0]).toStrictEqual({ id: 1, at: "2026-03-02T01:00:00.000Z", wall_at: "2026-03-02T01:00:05.000Z", method: "GET", path: "/p", query: {}, headers: {}, status: 404, ms: 1.5 });
    journal.record(rec({ body: null, operation: "op", app: "cli_1", code: 0, reason: "why", status: 200 }));
    const full = [...bare, "body", "operation", "app", "code", "reason"].sort();
    expect(Object.keys(journal.list().requests[0]!).sort()).toEqual(full);
    expect(Object.keys(heard[1]!).sort()).toEqual(full);
  });
});

describe("waitFor", () => {
  it("with since, hands back the earliest kept match after it", async () => {
    const journal = new Journal(10);
    for (const operation of ["a", "a", "b", "a", "a"]) journal.record(rec({ operation }));
    expect((await journal.waitFor({ operation: "a", since: 1 })).id).toBe(2);
    expect((await journal.waitFor({ operation: "a", since: 2 })).id).toBe(4);
  });

  it("stops listening and leaves no timer once it has its entry, or has given up", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const journal = new Journal(10);
    const seen: number[] = [];
    const waiting = journal.waitFor((e) => (seen.push(e.id), e.status === 200), { timeoutMs: 1000 });
    journal.record(rec());
    journal.record(rec({ status: 200 }));
    expect((await waiting).id).toBe(2);
    expect(vi.getTimerCount()).toBe(0);
    journal.record(rec({ status: 200 }));
    expect(seen).toEqual([1, 2]);

    const late = journal.waitFor(() => (seen.push(-1), false), { timeoutMs: 1000 });
    const refused = expect(late).rejects.toThrow("no request matching the predicate within 1000 ms (last journal id 3)");
    vi.advanceTimersByTime(1000);
    await refused;
    journal.record(rec());
    expect(seen).toEqual([1, 2]);
  });
});
