// The Host guard's edges beyond test/pipeline-stages.test.ts: a request with no Host at all (HTTP/1.0, or an
// in-process Request) is refused naming an empty Host, also as the very first request (the guard remembers the
// last Host it allowed, and none allowed yet must not pass as "the same as last time"); a refused Host after an
// allowed one; IPv4-mapped IPv6 literals.
import { describe, expect, it } from "vitest";
import { createMockApp } from "../mock-server/index.js";
import { allowedHost, hostName } from "../mock-server/http/host-guard.js";

const refusal = (host: string) => `Blocked request: the Host "${host}" is not one of this mock's names (allow it with --allowed-host or server.allowed_hosts)\n`;

describe("the Host guard at its edges", () => {
  it("refuses a request without a Host, first or after an allowed one, naming an empty Host", async () => {
    const mock = createMockApp({ allowedHost: allowedHost([]) });
    const none = await mock.fetch("http://mock.test/__mock/clock");
    expect([none.status, await none.text()]).toEqual([403, refusal("")]);
    expect((await mock.fetch("http://mock.test/__mock/clock", { headers: { host: "localhost" } })).status).toBe(200);
    const again = await mock.fetch("http://mock.test/gettoken");
    expect([again.status, await again.text()]).toEqual([403, refusal("")]);
    // The Host remembered as allowed lets only itself through.
    const other = await mock.fetch("http://mock.test/__mock/clock", { headers: { host: "evil.example" } });
    expect([other.status, await other.text()]).toEqual([403, refusal("evil.example")]);
    expect((await mock.fetch("http://mock.test/__mock/clock", { headers: { host: "localhost" } })).status).toBe(200);
    expect(mock.journal.lastEntryId).toBe(0);
  });

  it("reads bracketed IPv6 literals with dots (IPv4-mapped) and allows them as IP literals", () => {
    expect(hostName("[::ffff:127.0.0.1]:8080")).toBe("::ffff:127.0.0.1");
    expect(allowedHost([])("::ffff:127.0.0.1")).toBe(true);
    expect(hostName("[::ffff:127.0.0.1")).toBeUndefined();
    expect(hostName("localhost:1")).toBe("localhost");
  });

  it("allows every IPv4 literal, whatever the width of its parts, and no name that only looks like one", () => {
    const allowed = allowedHost([]);
    for (const ip of ["127.0.0.1", "10.0.0.1", "192.168.10.20", "172.16.254.100"]) expect(allowed(hostName(`${ip}:8080`)!)).toBe(true);
    // Not four parts of one to three digits: a name a DNS rebinding page could give itself.
    for (const name of ["1.2.3.4.example", "1234.1.1.1", "10.0.0", "1.2.3.4.5"]) expect(allowed(name)).toBe(false);
  });
});
