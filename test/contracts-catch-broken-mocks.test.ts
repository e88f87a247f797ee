// The suite can fail: run against deliberately broken variants of the mock, each breakage is caught by the
// contract that should catch it (and the unbroken mock passes every contract).
import { describe, expect, it } from "vitest";
import { mockTarget, runContracts, type ContractResult } from "../contracts/index.js";
import { createMockApp } from "../mock-server/index.js";

type Breakage = (path: string, body: any, url: URL) => any;

/** A mock whose answers pass through `breakage` on their way to the client. */
async function brokenTarget(breakage?: Breakage) {
  const mock = createMockApp({ config: { time: { frozen: true, start: "2026-03-02T01:00:00.000Z" } } });
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const response = await mock.fetch(input, init);
    if (!breakage || !(response.headers.get("content-type") ?? "").includes("json")) return response;
    const url = new URL(String(input instanceof Request ? input.url : input));
    const body = breakage(url.pathname, await response.json(), url);
    return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
  }) as typeof globalThis.fetch;
  return mockTarget({ name: "broken mock", baseUrl: "http://mock.test", fetch, driveClock: true });
}

const failed = (results: ContractResult[]) => results.filter((r) => r.status === "failed").map((r) => `${r.id}: ${r.detail}`);

const breakages: [string, () => Breakage, RegExp][] = [
  [
    "a count sent as a string where the spec says integer",
    () => (path, body) => {
      if (path.endsWith("/get_progress") && body.code === 0) {
        body.data.batch_message_send_progress.valid_user_ids_count = String(body.data.batch_message_send_progress.valid_user_ids_count);
      }
      return body;
    },
    /feishu\.batch\.progress: .*valid_user_ids_count must be integer/,
  ],
  [
    "a missing field",
    () => (path, body) => {
      if (path.endsWith("/read_user") && body.code === 0) delete body.data.read_user.total_count;
      return body;
    },
    /feishu\.batch\.progress: .*must have required property 'total_count'/,
  ],
  [
    "a wrong error code",
    () => (path, body) => (path.endsWith("/get_progress") && body.code === 230030 ? { ...body, code: 230031 } : body),
    /feishu\.getBatchMessageProgress\.unknown-id: .*code 230031, which the spec does not document/,
  ],
  [
    "a count that decreases",
    () => {
      let calls = 0;
      return (path, body) => {
        const progress = body?.data?.batch_message_send_progress;
        if (path.endsWith("/get_progress") && progress && progress.success_user_ids_count > progress.read_user_ids_count && ++calls % 3 === 0) {
          progress.success_user_ids_count -= 1;
        }
        return body;
      };
    },
    /feishu\.batch\.(progress|recall): .*success went from \d+ down to \d+/,
  ],
  [
    "more read than delivered in one answer (caught by the shared per-answer invariants of spec/traffic)",
    () => (path, body) => {
      const progress = body?.data?.batch_message_send_progress;
      if (path.endsWith("/get_progress") && progress && progress.success_user_ids_count > 0) progress.read_user_ids_count = progress.success_user_ids_count + 1;
      return body;
    },
    /feishu\.batch\.progress: getBatchMessageProgress: ordered: read_user_ids_count \d+ > success_user_ids_count \d+/,
  ],
  [
    "a duplicate across pages",
    () => {
      let lastItem: unknown;
      return (path, body, url) => {
        if (!path.endsWith("/read_users") || body.code !== 0 || body.data.items.length === 0) return body;
        if (url.searchParams.has("page_token") && lastItem) body.data.items[0] = lastItem;
        lastItem = body.data.items.at(-1);
        return body;
      };
    },
    /feishu\.read_users\.paging-open_id: .*appeared on an earlier page/,
  ],
  [
    "a DingTalk percentage that goes down",
    () => {
      let previous = 0;
      return (path, body) => {
        if (path.endsWith("/getsendprogress") && body.errcode === 0 && body.progress.status === 1) {
          const shown = body.progress.progress_in_percent;
          body.progress.progress_in_percent = previous > 5 ? previous - 5 : shown;
          previous = shown;
        }
        return body;
      };
    },
    /dingtalk\.getsendprogress\.progress: .*percent went down/,
  ],
];

describe("the contract suite against broken mocks", () => {
  it("passes every contract against the unbroken mock", async () => {
    const results = await runContracts(await brokenTarget());
    expect(failed(results)).toEqual([]);
    expect(results.filter((r) => r.status === "passed").length).toBe(results.length);
  });

  it.each(breakages)("catches %s", async (_name, breakage, expected) => {
    const results = await runContracts(await brokenTarget(breakage()));
    const failures = failed(results);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.join("\n")).toMatch(expected);
  });
});
