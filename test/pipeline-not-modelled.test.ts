// What is not modelled, asked first in a fresh module (this file's first request to a path nothing answers): the
// route patterns are built once, on that first request, so this test is the one that proves them (a path with a
// parameter, with and without a trailing slash, one segment per parameter) under per-test mutation coverage;
// test/pipeline-envelopes.test.ts and test/stubs.test.ts check the rest of the reason.
import { describe, expect, it } from "vitest";
import { notModelledReason } from "../mock-server/http/not-modelled.js";

describe("the routes a not-modelled path is compared with", () => {
  it("match a modelled path by its parameters, one segment each, with or without a trailing slash", () => {
    const modelled = (path: string) => notModelledReason("PUT", path).includes("; this path is modelled for ");
    expect(notModelledReason("PUT", "/open-apis/im/v1/batch_messages/bm-1/read_user/")).toBe(
      "not modelled: PUT /open-apis/im/v1/batch_messages/bm-1/read_user/; this path is modelled for GET /open-apis/im/v1/batch_messages/{batch_message_id}/read_user (getBatchMessageReadUser)",
    );
    expect(modelled("/open-apis/im/v1/messages/om_1")).toBe(true);
    expect(modelled("/open-apis/im/v1/messages/om_1/read_users")).toBe(true);
    expect(modelled("/open-apis/im/v1/batch_messages/")).toBe(false); // the parameter takes a segment
    expect(modelled("/open-apis/im/v1/messages/om_1/x")).toBe(false);
    expect(modelled("/gettoken/")).toBe(true);
    expect(modelled("/gettoken/x")).toBe(false);
  });
});
