// What a recording keeps of credentials: nothing but the kind's prefix; ids and everything else byte for byte.
import { describe, expect, it } from "vitest";
import { credentialsIn, scrubBody, scrubHeaders, scrubUrl } from "./scrub.js";

describe("scrubbing credentials from recordings", () => {
  it("query strings: secrets and tokens, however the name is encoded; other parameters untouched", () => {
    expect(scrubUrl("/gettoken?appkey=dingkey&appsecret=s3cret-value")).toBe("/gettoken?appkey=dingkey&appsecret=***");
    expect(scrubUrl("/x?access_token=abcdef123456&task_id=7")).toBe("/x?access_token=***&task_id=7");
    expect(scrubUrl("/x?app%73ecret=s3cret-value")).toBe("/x?app%73ecret=***");
    expect(scrubUrl("/open-apis/im/v1/messages/om_1/read_users?user_id_type=open_id&page_token=abc")).toBe(
      "/open-apis/im/v1/messages/om_1/read_users?user_id_type=open_id&page_token=abc",
    );
  });

  it("headers: authorization keeps its scheme and the token's kind; cookies go", () => {
    expect(scrubHeaders({ authorization: "Bearer t-0123456789", cookie: "a=1", "user-agent": "sdk" })).toEqual({
      authorization: "Bearer t-***",
      cookie: "***",
      "user-agent": "sdk",
    });
  });

  it("JSON bodies at any depth and form bodies; ids are kept", () => {
    expect(JSON.parse(scrubBody(JSON.stringify({ app_id: "cli_1", app_secret: "shh-secret" }), "application/json"))).toEqual({ app_id: "cli_1", app_secret: "***" });
    expect(JSON.parse(scrubBody(JSON.stringify({ code: 0, tenant_access_token: "t-abcdef", data: { x: [{ access_token: "zzz" }] } }), undefined))).toEqual({
      code: 0,
      tenant_access_token: "t-***",
      data: { x: [{ access_token: "***" }] },
    });
    expect(scrubBody("agent_id=1&access_token=tok123456&task_id=9", "application/x-www-form-urlencoded")).toBe("agent_id=1&access_token=***&task_id=9");
  });

  it("text that is neither JSON nor a form is dropped if it names a credential", () => {
    expect(scrubBody("<xml>app_secret=1</xml>", "text/xml")).toBe("*** (23 bytes not recorded)");
    expect(scrubBody("404 page not found", "text/plain")).toBe("404 page not found");
  });

  it("collects every credential an exchange carries, to scrub wherever else it appears", () => {
    const found = credentialsIn({
      request: { url: "/gettoken?appkey=k&appsecret=secret-one", headers: { authorization: "Bearer t-token-two" }, body: '{"app_secret":"secret-three"}' },
      response: { headers: {}, body: '{"access_token":"token-four","short":"a"}' },
    });
    expect(found.sort()).toEqual(["secret-one", "secret-three", "t-token-two", "token-four"]);
  });
});
