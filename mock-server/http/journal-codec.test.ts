import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeRecord, encodeRecord } from "./journal-codec.js";
import type { JournalRecord } from "./journal-entry.js";

// Header values and URLs as Node or fetch hand them over: no CR or LF.
const token = fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, "_"));
const anything = fc.string({ maxLength: 40, unit: "grapheme" }); // newlines, quotes, non-Latin text included

const record: fc.Arbitrary<JournalRecord> = fc
  .record(
    {
      at: fc.integer({ min: 0, max: 2 ** 42 }),
      wall: fc.integer({ min: 0, max: 2 ** 42 }),
      method: fc.constantFrom("GET", "POST", "DELETE", "PATCH"),
      url: token.map((s) => `http://127.0.0.1:3000/open-apis/${encodeURIComponent(s)}?x=1`),
      headers: fc.array(token, { maxLength: 12 }).map((xs) => (xs.length % 2 === 0 ? xs : xs.slice(1))),
      body: fc.oneof(fc.jsonValue(), anything),
      operation: anything,
      app: anything,
      status: fc.integer({ min: 100, max: 599 }),
      code: fc.integer({ min: -1, max: 99999999 }),
      reason: anything,
      ms: fc.integer({ min: 0, max: 10 ** 7 }).map((n) => n / 100),
    },
    { requiredKeys: ["at", "wall", "method", "url", "headers", "status", "ms"] },
  )
  .map((r) => JSON.parse(JSON.stringify(r)) as JournalRecord); // as the journal stage builds them: JSON values only

describe("the journal's record codec", () => {
  it("gives back exactly the record it was given, whichever fields it has", () => {
    fc.assert(
      fc.property(record, (r) => {
        expect(decodeRecord(encodeRecord(r))).toEqual(r);
      }),
    );
  });

  it("keeps a body of null apart from no body at all", () => {
    const base: JournalRecord = { at: 1, wall: 2, method: "POST", url: "/a", headers: [], status: 200, ms: 0.5 };
    expect("body" in decodeRecord(encodeRecord(base))).toBe(false);
    expect(decodeRecord(encodeRecord({ ...base, body: null }))).toEqual({ ...base, body: null });
  });

  it("falls back to plain JSON should a header ever hold a newline, and reads that back too", () => {
    const r: JournalRecord = { at: 1, wall: 2, method: "GET", url: "/a", headers: ["x-odd", "one\ntwo"], status: 200, ms: 1, app: "cli_1" };
    const text = encodeRecord(r);
    expect(text.startsWith("{")).toBe(true);
    expect(decodeRecord(text)).toEqual(r);
  });

  it("writes the common record as lines, not as JSON", () => {
    const r: JournalRecord = { at: 1, wall: 2, method: "GET", url: "/a", headers: ["host", "h"], status: 200, ms: 1, app: "cli_1", code: 0 };
    expect(encodeRecord(r)).toBe('1\n2\nGET\n200\n1\n0\n[null,"cli_1",null,null,false]\n/a\nhost\nh');
  });
});
