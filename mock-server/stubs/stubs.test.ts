import { describe, expect, it } from "vitest";
import { MAX_STUBS, StubError, Stubs } from "./stubs.js";
import { renderTemplate, type TemplateScope } from "./template.js";

const scope: TemplateScope = {
  path: { id: "om_1" },
  query: { lang: "en" },
  body: { user: { id: 7 }, list: [1, 2] },
  app: "cli_x",
  now: Date.parse("2026-03-02T01:00:00.000Z"),
  count: 3,
  hex: (n) => "a".repeat(n),
  logId: () => "LOG",
  requestId: () => "req",
};

describe("stub templates", () => {
  it("fills placeholders at any depth, keeping a lone placeholder's type and leaving unknown ones", () => {
    expect(
      renderTemplate(
        { a: "{{path.id}}", b: ["{{count}}", "n={{count}}"], c: { d: "{{body.user.id}}", e: "{{body.list}}", f: "x {{body.list}}" }, g: "{{nope}}", h: "{{query.missing}}" },
        scope,
      ),
    ).toEqual({ a: "om_1", b: [3, "n=3"], c: { d: 7, e: [1, 2], f: "x [1,2]" }, g: "{{nope}}", h: "{{query.missing}}" });
    expect(renderTemplate(["{{hex:4}}", "{{now_iso}}", "{{app}}", "{{log_id}}/{{request_id}}"], scope)).toEqual(["aaaa", "2026-03-02T01:00:00.000Z", "cli_x", "LOG/req"]);
    const n = renderTemplate("{{number:12}}", scope) as number;
    expect([typeof n, String(n).length]).toEqual(["number", 12]);
  });
});

describe("the stubs", () => {
  it("match newest first, and are bounded", () => {
    const stubs = new Stubs([{ id: "config", path: "/a/:x", response: { body: 1 } }]);
    stubs.add({ id: "later", method: "GET", path: "/a/:x", response: { body: 2 } });
    const query = new URLSearchParams();
    expect(stubs.match({ method: "GET", path: "/a/%E4%B8%80", query, body: undefined })).toMatchObject({ stub: { id: "later" }, params: { x: "一" } });
    expect(stubs.match({ method: "POST", path: "/a/1", query, body: undefined })?.stub.id).toBe("config");
    expect(stubs.match({ method: "GET", path: "/a/1/b", query, body: undefined })).toBeUndefined();
    for (let i = stubs.list().length; i < MAX_STUBS; i++) stubs.add({ path: `/s${i}` });
    expect(() => stubs.add({ path: "/one-too-many" })).toThrow(StubError);
    expect(stubs.add({ id: "later", path: "/replaced" }).replaced).toBe(true);
    stubs.reset();
    expect(stubs.list().map((s) => s.id)).toEqual(["config"]);
  });
});
