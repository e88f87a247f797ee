// Credentials as the journal and the request log show them (credentials-mask.ts, request-log.ts): secrets never,
// tokens by their first 4 characters (not at all when short), at any depth of a body, in any case of a name.
import { describe, expect, it } from "vitest";
import { maskedBody, maskedHeaders, maskedParams, maskedValue, pathWithMaskedQuery } from "../mock-server/http/credentials-mask.js";
import type { JournalEntry } from "../mock-server/http/journal.js";
import { logEntryOf, logMessage } from "../mock-server/http/request-log.js";

const LONG = "abcdefghijklmnop";

describe("a credential's value as shown", () => {
  it.each([
    ["appsecret", LONG, "***"],
    ["AppSecret", LONG, "***"],
    ["app_secret", "s", "***"],
    ["x-mock-control-token", LONG, "***"],
    ["Cookie", "a=b", "***"],
    ["access_token", LONG, "abcd…"],
    ["tenant_access_token", LONG, "abcd…"],
    ["app_access_token", LONG, "abcd…"],
    ["user_access_token", LONG, "abcd…"],
    ["X-Acs-Dingtalk-Access-Token", LONG, "abcd…"],
    ["access_token", "short", "…"],
    ["authorization", `Bearer ${LONG}`, "Bearer abcd…"],
    ["Authorization", `Bearer   ${LONG}`, "Bearer abcd…"],
    ["proxy-authorization", `Basic ${LONG}`, "Basic abcd…"],
    ["authorization", LONG, "abcd…"],
    ["authorization", "Bearer short", "Bearer …"],
    ["corpsecret", LONG, "***"],
    ["client_token", LONG, "abcd…"],
    ["refresh_token", "short", "…"],
    ["userid", LONG, LONG],
    ["content-type", "application/json", "application/json"],
  ])("%s: %j → %j", (key, value, shown) => {
    expect(maskedValue(key, value)).toBe(shown);
  });
});

describe("masked collections", () => {
  it("a query: each name once (the first value), credentials masked", () => {
    expect(maskedParams(new URLSearchParams(`appkey=k&appsecret=s&appkey=second&access_token=${LONG}`))).toEqual({
      appkey: "k",
      appsecret: "***",
      access_token: "abcd…",
    });
    expect(maskedParams(new URLSearchParams(""))).toEqual({});
  });

  it("headers: lower-case names, credentials masked", () => {
    expect(maskedHeaders(new Headers({ Authorization: `Bearer ${LONG}`, "X-Trace": "t1" }))).toEqual({ authorization: "Bearer abcd…", "x-trace": "t1" });
  });

  it("a body: at any depth and inside arrays, leaving the original alone, and giving up past 20 levels", () => {
    const body = { app_id: "cli_1", app_secret: "s", nested: { list: [{ access_token: LONG, n: 1 }, "plain", null] } };
    expect(maskedBody(body)).toEqual({ app_id: "cli_1", app_secret: "***", nested: { list: [{ access_token: "abcd…", n: 1 }, "plain", null] } });
    expect(body.app_secret).toBe("s");
    expect(maskedBody("text")).toBe("text");
    expect(maskedBody(null)).toBeNull();
    let deep: Record<string, unknown> = { app_secret: "s" };
    for (let i = 0; i < 25; i++) deep = { inner: deep };
    let shown = maskedBody(deep) as Record<string, unknown>;
    for (let i = 0; i < 21; i++) shown = shown.inner as Record<string, unknown>;
    // Past depth 20 the rest is the original object, as it was.
    let original = deep;
    for (let i = 0; i < 21; i++) original = original.inner as Record<string, unknown>;
    expect(shown).toBe(original);
  });

  it("a query back on its path: masked values as they are, others encoded", () => {
    expect(pathWithMaskedQuery("/p", {})).toBe("/p");
    expect(pathWithMaskedQuery("/p", { appsecret: "***", access_token: "abcd…", "a b": "x&y" })).toBe("/p?appsecret=***&access_token=abcd…&a%20b=x%26y");
  });
});

describe("the request log's line", () => {
  const entry = (over: Partial<JournalEntry>): JournalEntry => ({
    id: 1,
    at: "2026-03-02T01:00:00.000Z",
    wall_at: "2026-03-02T01:00:00.000Z",
    method: "GET",
    path: "/gettoken",
    query: { appkey: "k", appsecret: "***" },
    headers: {},
    status: 200,
    ms: 1.25,
    ...over,
  });

  it("has the method, the masked path and query, the status, the vendor code and the time", () => {
    const line = logEntryOf(entry({ operation: "getAccessToken", code: 0 }));
    expect(line).toEqual({ method: "GET", path: "/gettoken?appkey=k&appsecret=***", status: 200, code: 0, operationId: "getAccessToken", ms: 1.25 });
    expect(logMessage(line)).toBe("GET /gettoken?appkey=k&appsecret=*** 200 code=0 1.25ms");
  });

  it("says 'not modelled' for a 404 nothing answered, and carries the reason", () => {
    const line = logEntryOf(entry({ path: `/x/t-${"a".repeat(20)}`, query: {}, status: 404, reason: "not modelled: …" }));
    expect(line).toEqual({ method: "GET", path: "/x/t-aa…", status: 404, notModelled: true, reason: "not modelled: …", ms: 1.25 });
    expect(logMessage(line)).toBe("GET /x/t-aa… 404 not modelled 1.25ms");
    // A modelled 404 (or another status without an operation) is not "not modelled".
    expect(logEntryOf(entry({ status: 404, operation: "stub:x" })).notModelled).toBeUndefined();
    expect(logEntryOf(entry({ status: 500 })).notModelled).toBeUndefined();
  });
});
