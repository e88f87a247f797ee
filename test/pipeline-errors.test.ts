// The vendor error the handlers throw, and its rendering's guard: a code outside the operation's catalog is a bug
// in the mock, named as such (no handler or fault rule can reach it: Faults.add refuses undocumented codes).
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../mock-server/config.js";
import { renderError, VendorError } from "../mock-server/errors.js";
import { getOperation } from "../spec/index.js";

describe("VendorError", () => {
  it("says its code, for whoever sees one escape", () => {
    const error = new VendorError(230001);
    expect(error.message).toBe("vendor error 230001");
    expect(error.code).toBe(230001);
  });

  it("renders only codes its operation documents, and calls any other a bug of the mock", () => {
    const op = getOperation("createMessage");
    const ids = { logId: "log", requestId: "req" };
    expect(renderError(op, new VendorError(230001), defaultConfig(), ids).body).toMatchObject({ code: 230001 });
    expect(() => renderError(op, new VendorError(40035), defaultConfig(), ids)).toThrow(
      /^Mock bug: createMessage answered code 40035, which its spec catalog lacks$/,
    );
  });
});
