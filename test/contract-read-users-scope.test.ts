// The user_id paging contract on an app without the user_id field scope (contracts/suite/feishu-read-users.ts):
// Feishu documents that refusal (230027 from the endpoint, 99991672 from the gateway, live), so the contract
// accepts it for user_id and checks nothing further; for open_id, whose scope the suite's app has, it fails.
import { describe, expect, it } from "vitest";
import { CONTRACTS, runContracts } from "../contracts/index.js";
import { documents } from "../spec/index.js";
import { brokenTarget } from "./helpers/broken-mock.js";

const examples = (documents.feishu.components as { examples: Record<string, { value: unknown }> }).examples;
const refusals = {
  230027: { code: 230027, msg: "Lack of necessary permissions, ext=contact:user.employee_id:readonly", error: { log_id: "20260302010000BROKENMOCK00000000" } },
  99991672: examples.e99991672ReadUsers!.value,
} as const;

/** Runs a paging contract against a mock whose read_users refuses the type asked; the requests it made. */
async function refused(type: "open_id" | "user_id", code: keyof typeof refusals) {
  let asked = 0;
  const target = await brokenTarget(({ url }) => {
    if (!url.pathname.endsWith("/read_users") || url.searchParams.get("user_id_type") !== type) return undefined;
    asked += 1;
    return { status: 400, body: refusals[code] };
  });
  const [result] = await runContracts(target, CONTRACTS.filter((c) => c.id === `feishu.read_users.paging-${type}`));
  return { result: result!, asked };
}

describe("the user_id paging contract without the user_id field scope", () => {
  it.each([230027, 99991672] as const)("accepts the documented refusal %s for user_id, asking once", async (code) => {
    const { result, asked } = await refused("user_id", code);
    expect(result.status, result.detail).toBe("passed");
    expect(asked).toBe(1);
  });

  it.each([230027, 99991672] as const)("fails the open_id contract refused with %s", async (code) => {
    const { result } = await refused("open_id", code);
    expect(result.status).toBe("failed");
    expect(result.detail).toMatch(new RegExp(`^read_users: ${code} `));
  });
});
