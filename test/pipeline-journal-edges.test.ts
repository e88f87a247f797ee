// The journal (journal.ts, journal-entry.ts) at its edges, beyond mock-server/http/journal.test.ts: a long record
// with no body (only a body is measured against the 64 KB limit); the shape of an entry, fields absent rather than
// undefined where the request had none, as listed and as a listener hears it; waitFor with `since` handing back
// the earliest kept match; and a waitFor that has answered (or given up) listening no more and leaving no timer.
import { afterEach, describe, expect, it, vi } from "vitest";
import { Journal, type JournalEntry, type JournalRecord } from "../mock-server/http/journal.js";

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
