import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { maskQuery, parseErrorWithoutText } from "./mask-secrets.js";

const masked = (url: string) => {
  const u = new URL(url, "http://mock");
  return maskQuery(u.pathname, u.searchParams);
};

describe("maskQuery", () => {
  it.each([
    ["/gettoken?appkey=dingmockappkey000001&appsecret=mock-dingtalk-secret", "mock-dingtalk-secret", "appkey=dingmockappkey000001"],
    ["/gettoken?corpid=ding1&corpsecret=the-corp-secret-value", "the-corp-secret-value", "corpid=ding1"],
    ["/oauth?client_id=x&client_secret=client-secret-value", "client-secret-value", "client_id=x"],
    ["/x?App%53ecret=encoded-secret-value", "encoded-secret-value", "/x?"],
    ["/x?Password=hunter2-hunter2", "hunter2", "/x?"],
    ["/topapi/x?access_token=0123456789abcdef0123456789abcdef", "0123456789abcdef0123456789abcdef", "access_token=0123…"],
    ["/x?refresh_token=abcdefghijklmnopqrstuvwxyz", "efghijklmnop", "refresh_token=abcd…"],
    ["/hooks/t-g1044ab1cdef0123456789abcdef0123456789ab/send", "g1044ab1cdef0123456789", "/hooks/t-g1…/send"],
    ["/robot/send/0123456789abcdef0123456789abcdef", "0123456789abcdef0123456789abcdef", "/robot/send/0123…"],
  ])("%s", (url, hidden, kept) => {
    const out = masked(url);
    expect(out).not.toContain(hidden);
    expect(out).toContain(kept);
  });

  it("leaves ids that are not credentials alone", () => {
    const id = "bm-0123456789abcdef0123456789abcdef";
    expect(masked(`/open-apis/im/v1/batch_messages/${id}/get_progress`)).toBe(`/open-apis/im/v1/batch_messages/${id}/get_progress`);
    expect(masked("/x?page_size=20&user_id_type=open_id")).toBe("/x?page_size=20&user_id_type=open_id");
  });
});

describe("parseErrorWithoutText", () => {
  it("keeps where a JSON error is, not the text it quotes", () => {
    let error: Error | undefined;
    try {
      JSON.parse('{"app_secret": s3cr3t-value}');
    } catch (e) {
      error = e as Error;
    }
    expect(error!.message).toContain("s3cr3t"); // what V8 says…
    expect(parseErrorWithoutText(error!)).not.toContain("s3cr3t"); // …and what the mock says
    expect(parseErrorWithoutText(error!)).toMatch(/^not valid JSON/);
  });

  it("keeps the line and column of a YAML error, not the line it shows", () => {
    let error: Error | undefined;
    try {
      parseYaml('feishu:\n  apps:\n    - { app_id: cli_1, app_secret: "s3cr3t-value }\n');
    } catch (e) {
      error = e as Error;
    }
    expect(error!.message).toContain("s3cr3t");
    const out = parseErrorWithoutText(error!);
    expect(out).not.toContain("s3cr3t");
    expect(out).toMatch(/line \d+, column \d+/);
  });
});
