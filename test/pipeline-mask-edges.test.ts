// mask-secrets.ts at its edges: which path segments look like tokens (each form exactly at its length), which
// ids are kept although they would, how a masked value reads at 11 and 12 characters, every credential-like query
// name, and the parse-error messages cut to where the error is (JSON as V8 words it, with or without the line,
// YAML's line and column), so no quoted text of a config or a state file leaves the process.
import { describe, expect, it } from "vitest";
import { isCredentialName, maskedCredential, maskPath, maskQuery, parseErrorWithoutText } from "../mock-server/http/mask-secrets.js";
import { maskedBody } from "../mock-server/http/credentials-mask.js";

const query = (url: string) => {
  const u = new URL(url, "http://mock");
  return maskQuery(u.pathname, u.searchParams);
};

describe("a path segment", () => {
  it.each([
    [`t-${"a".repeat(16)}`, "t-aa…"],
    [`u-${"0".repeat(16)}`, "u-00…"],
    [`a-${"z_-9".repeat(4)}`, "a-z_…"],
    [`T-${"A".repeat(16)}`, "T-AA…"],
    ["0123456789abcdef".repeat(2), "0123…"],
    ["0123456789ABCDEF".repeat(2), "0123…"],
    ["eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln", "eyJh…"],
    ["eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.", "eyJh…"],
    ["g".repeat(40), "gggg…"],
    [`${"G_-".repeat(13)}x`, "G_-G…"],
  ])("%s looks like a token: shown as %s", (segment, shown) => {
    expect(maskPath(`/hooks/${segment}/send`)).toBe(`/hooks/${shown}/send`);
  });

  it.each([
    `t-${"a".repeat(15)}`,
    `x-${"a".repeat(16)}`,
    `t_${"a".repeat(16)}`,
    `t-${"a".repeat(16)}.`,
    `${"0".repeat(31)}`,
    `${"0".repeat(32)}g`,
    "eyJhbGciOi.eyJzdWIi",
    "xeyJhbGciOi.eyJzdWIi.c2ln",
    "g".repeat(39),
    `${"g".repeat(40)}.`,
    `bm-${"0".repeat(40)}`,
    `om_${"a".repeat(40)}`,
    `oc_${"a".repeat(40)}`,
    "get_progress",
  ])("%s does not, or is an id: kept", (segment) => {
    expect(maskPath(`/p/${segment}/q`)).toBe(`/p/${segment}/q`);
  });

  it("is read decoded (an escaped token is masked too), and a malformed escape is left as it is", () => {
    expect(maskPath(`/p/t%2D${"a".repeat(16)}`)).toBe("/p/t-aa…");
    expect(maskPath(`/p/%E0%A4%A${"a".repeat(40)}`)).toBe(`/p/%E0%A4%A${"a".repeat(40)}`);
    expect(maskPath(`/p/xc_${"a".repeat(40)}`)).toBe("/p/xc_a…");
    // The ids kept are those that start with their prefix, not any run that holds one.
    expect(maskPath(`/p/xom_${"a".repeat(40)}`)).toBe("/p/xom_…");
    expect(maskPath(`/p/${"a".repeat(40)}bm-1`)).toBe("/p/aaaa…");
  });
});

describe("a query", () => {
  it("shows a token by its first 4 characters from 12 on, not at all below; other credentials never", () => {
    expect(query("/p?access_token=abcdefghijkl")).toBe("/p?access_token=abcd…");
    expect(query("/p?access_token=abcdefghijk")).toBe("/p?access_token=…");
    expect(query("/p?appsecret=abcdefghijkl")).toBe("/p?appsecret=***");
    expect(query("/p?appsecret=")).toBe("/p?appsecret=***");
  });

  it("encodes the names and the values it keeps, in their order; a path alone without a query", () => {
    expect(query("/p?a%20b=c%26d&page_size=20&Access_Token=abcdefghijklmnop")).toBe("/p?a%20b=c%26d&page_size=20&Access_Token=abcd…");
    expect(query(`/p/t-${"a".repeat(16)}`)).toBe("/p/t-aa…");
    expect(query(`/p/t-${"a".repeat(16)}?x=1`)).toBe("/p/t-aa…?x=1");
  });

  it.each(["corpsecret", "refresh_token", "Password", "passwd", "credentials", "signature", "ticket", "auth", "session_id", "apikey", "API_KEY", "private_key"])(
    "takes %s for a credential",
    (name) => {
      expect(isCredentialName(name)).toBe(true);
      expect(query(`/p?${name}=abcdefghijklmnop`)).not.toContain("efghijklmnop");
    },
  );

  it.each(["appkey", "page_size", "user_id_type", "agent_id", "msg"])("takes %s for no credential", (name) => {
    expect(isCredentialName(name)).toBe(false);
    expect(query(`/p?${name}=abcdefghijklmnop`)).toBe(`/p?${name}=abcdefghijklmnop`);
  });

  it("masks a credential by the same rule wherever it is shown", () => {
    expect(maskedCredential("access_token", "abcdefghijkl")).toBe("abcd…");
    expect(maskedCredential("ACCESS_TOKEN", "short")).toBe("…");
    expect(maskedCredential("corpsecret", "abcdefghijkl")).toBe("***");
  });
});

describe("a parse error's message", () => {
  it.each([
    ["Unexpected token 'x', \"{\"app_secret\": x}\" is not valid JSON", "not valid JSON"],
    ["Expected ',' or '}' after property value in JSON at position 7", "not valid JSON at position 7"],
    ["Expected double-quoted property name in JSON at position 10 (line 3 column 1)", "not valid JSON at position 10 (line 3 column 1)"],
    ["Unexpected end of JSON input", "not valid JSON"],
    ["Unexpected non-whitespace character after JSON at position 2", "not valid JSON at position 2"],
    ["Bad control character in string literal in JSON at position 12", "not valid JSON at position 12"],
    ["Expected ',' or ']' after array element in JSON at position 1234 (line 56 column 78)", "not valid JSON at position 1234 (line 56 column 78)"],
  ])("JSON: %j → %j", (message, shown) => {
    expect(parseErrorWithoutText(new SyntaxError(message))).toBe(shown);
  });

  it.each([
    ['Missing closing "quote at line 3, column 21:\n\n    - { app_id: cli_1, app_secret: "s3cr3t }\n', 'Missing closing "quote at line 3, column 21'],
    ['Map keys must be unique at line 2, column 3:\n\n  "s3cr3t": 1\n', "Map keys must be unique at line 2, column 3"],
    ['Unresolved tag "!secret s3cr3t" here', "Unresolved tag … here"],
    ["Unexpected 's3cr3t' here", "Unexpected … here"],
    ['Bad value "s3cr3t":\nat line 4, column 2', "Bad value … at line 4, column 2"],
    ["Nothing to hide", "Nothing to hide"],
    ['Bad value "s3cr3t":\nat line 14, column 27', "Bad value … at line 14, column 27"],
    ["Implicit keys need to be on a single line at line 12, column 34: \n\n  x", "Implicit keys need to be on a single line at line 12, column 34"],
    ["Nothing: to hide", "Nothing: to hide"],
  ])("YAML and the rest: %j → %j", (message, shown) => {
    expect(parseErrorWithoutText(new Error(message))).toBe(shown);
  });
});

describe("a body's masking depth", () => {
  const nest = (levels: number, leaf: unknown, wrap: (inner: unknown) => unknown) => {
    let value = leaf;
    for (let i = 0; i < levels; i++) value = wrap(value);
    return value;
  };
  const down = (value: unknown, levels: number, step: (v: any) => unknown) => {
    for (let i = 0; i < levels; i++) value = step(value);
    return value;
  };

  it("copies (and masks) objects down to level 20, and hands back level 21 as it is", () => {
    const deep = nest(25, { app_secret: "s" }, (inner) => ({ inner }));
    const shown = maskedBody(deep);
    expect(down(shown, 20, (v) => v.inner)).not.toBe(down(deep, 20, (v) => v.inner));
    expect(down(shown, 21, (v) => v.inner)).toBe(down(deep, 21, (v) => v.inner));
    // Within the limit a secret is masked.
    expect(maskedBody(nest(20, { app_secret: "s" }, (inner) => ({ inner })))).toEqual(nest(20, { app_secret: "***" }, (inner) => ({ inner })));
  });

  it("counts arrays as levels too", () => {
    const deep = nest(25, [{ app_secret: "s" }], (inner) => [inner]);
    const shown = maskedBody(deep);
    expect(down(shown, 20, (v) => v[0])).not.toBe(down(deep, 20, (v) => v[0]));
    expect(down(shown, 21, (v) => v[0])).toBe(down(deep, 21, (v) => v[0]));
  });
});
