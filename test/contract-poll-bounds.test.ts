// Where the contracts' polls and paging stop, on targets they must pass: the read_users paging contracts
// (contracts/suite/feishu-read-users.ts) in a quiet chat and on a reader list that never ends, the batch progress
// contract (feishu-batch.ts) on a batch delivered at once. The number of requests is the point: a poll that gives
// up too early checks nothing, one that never gives up, or pages without end, hangs a CI job on a bad service.
import { describe, expect, it } from "vitest";
import { CONTRACTS, runContracts } from "../contracts/index.js";
import { brokenTarget, type Breakage } from "./helpers/broken-mock.js";

const paging = CONTRACTS.find((c) => c.id === "feishu.read_users.paging-open_id")!;

/** Runs the open_id paging contract; the page tokens of its read_users requests, in order ("" for a first page). */
async function run(breakage: Breakage) {
  const tokens: string[] = [];
  const target = await brokenTarget((e) => {
    if (!e.path.endsWith("/read_users")) return undefined;
    tokens.push(e.url.searchParams.get("page_token") ?? "");
    return breakage(e);
  });
  const [result] = await runContracts(target, [paging]);
  return { result: result!, tokens };
}

describe("the read_users paging contract", () => {
  it("polls a quiet chat's first page five times, then passes with what it has", async () => {
    const { result, tokens } = await run(() => ({ status: 200, body: { code: 0, msg: "success", data: { items: [], has_more: false } } }));
    expect(result.status, result.detail).toBe("passed");
    expect(tokens).toEqual(["", "", "", "", ""]);
  });

  it("reads at most 21 pages of a reader list that never ends", async () => {
    let n = 0;
    const { result, tokens } = await run(() => {
      n += 1;
      const item = (i: number) => ({ user_id_type: "open_id", user_id: `ou_endless${n}x${i}`, timestamp: "1772413200000", tenant_key: "736588c9260f175d" });
      return { status: 200, body: { code: 0, msg: "success", data: { items: [item(1), item(2)], has_more: true, page_token: `page${n}` } } };
    });
    expect(result.status, result.detail).toBe("passed");
    // The first page (has_more at once: no further poll), then 20 next pages, each with the token the last gave.
    expect(tokens).toEqual(["", ...Array.from({ length: 20 }, (_, i) => `page${i + 1}`)]);
  });
});

describe("the batch progress contract", () => {
  it("takes three samples of a batch delivered at once, and no more", async () => {
    let reads = 0;
    const target = await brokenTarget(({ path, body }) => {
      if (body?.code !== 0 || path.includes("/bm-0000")) return undefined;
      if (path.endsWith("/read_user")) {
        reads += 1;
        Object.assign(body.data.read_user, { read_count: "0", total_count: "2" });
      } else if (path.endsWith("/get_progress")) {
        Object.assign(body.data.batch_message_send_progress, { valid_user_ids_count: 2, success_user_ids_count: 2, read_user_ids_count: 0 });
      } else return undefined;
      return { body };
    });
    const [result] = await runContracts(target, CONTRACTS.filter((c) => c.id === "feishu.batch.progress"));
    expect(result!.status, result!.detail).toBe("passed");
    expect(reads).toBe(3);
  });
});
