// The stub route at its edges, beyond test/pipeline-stubs.test.ts: no stub answers under /__mock; a Feishu stub's
// refusal carrying a real log id; a stub whose template answers JSON null (no code to read from it, no crash); a
// form body recognised by its media type in any case, and only as the media type itself, not a parameter naming it.
import { describe, expect, it } from "vitest";
import { harness } from "./helpers/mock-harness.js";

const LOG_ID = /^\d{14}[0-9A-F]{20}$/;

describe("a stub at its edges", () => {
  it("never answers in the control API's namespace, /__mock and below, where nothing else answers either", async () => {
    const h = harness({
      stubs: [
        { path: "/__mock/nope", auth: "none", response: { body: { stub: true } } },
        { path: "/__mock", method: "POST", auth: "none", response: { body: { stub: true } } },
      ],
    });
    for (const [method, path] of [["GET", "/__mock/nope"], ["POST", "/__mock"]] as const) {
      const answer = await h.call(method, path);
      expect([answer.status, answer.body, answer.headers.get("x-mock-error-reason")]).toEqual([404, "404 page not found", null]);
    }
    // A vendor path that merely starts the same way is the stubs' as any other.
    expect((await h.control("POST", "/stubs", { path: "/x/__mock/", auth: "none", response: { body: { stub: true } } })).status).toBe(201);
    expect((await h.call("GET", "/x/__mock/")).body).toEqual({ stub: true });
  });

  it("refuses a Feishu call without a valid token with a log id of Feishu's form, the same in the body and X-Tt-Logid", async () => {
    const h = harness({ stubs: [{ id: "f", path: "/open-apis/x/v1/thing", auth: "feishu", response: { body: { code: 0 } } }] });
    for (const token of [undefined, "t-nope"]) {
      const answer = await h.call("GET", "/open-apis/x/v1/thing", token === undefined ? {} : { token });
      expect(answer.body.error.log_id).toMatch(LOG_ID);
      expect(answer.headers.get("x-tt-logid")).toBe(answer.body.error.log_id);
    }
  });

  it("answers JSON null when its template makes that of the request, with no vendor code journaled", async () => {
    const h = harness({ stubs: [{ id: "null", method: "POST", path: "/null", auth: "none", response: { body: "{{body}}" } }] });
    const answer = await h.call("POST", "/null", { raw: { text: "null", contentType: "application/json" } });
    expect([answer.status, answer.body]).toEqual([200, null]);
    const [entry] = h.mock.journal.list().requests;
    expect(entry).toMatchObject({ operation: "stub:null", status: 200 });
    expect(entry).not.toHaveProperty("code");
  });

  it("reads a form by its media type in any case, and not a type that only names it in a parameter", async () => {
    const h = harness({ stubs: [{ id: "echo", method: "POST", path: "/echo", auth: "none", response: { body: { got: "{{body}}" } } }] });
    const form = await h.call("POST", "/echo", { raw: { text: "a=1&b=2", contentType: "Application/X-WWW-Form-Urlencoded" } });
    expect(form.body).toEqual({ got: { a: "1", b: "2" } });
    const named = await h.call("POST", "/echo", { raw: { text: "a=1&b=2", contentType: "text/plain; note=application/x-www-form-urlencoded" } });
    expect(named.body).toEqual({ got: "a=1&b=2" });
  });
});
