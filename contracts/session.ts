// One run of the suite against one target: its two clients, its fixtures, and where drift warnings go.
import { pollWith, type ContractContext } from "./contract.js";
import { Fixtures } from "./fixtures.js";
import type { Target } from "./target.js";
import { VendorClient } from "./vendor-client.js";

export interface Session {
  ctx: ContractContext;
  /** Where the running contract's drift warnings go (set per contract). */
  onDrift: (message: string) => void;
}

export function createSession(target: Target): Session {
  const session = { onDrift: (_message: string) => {} } as Session;
  const observer = { drift: (operationId: string, fields: string[]) => session.onDrift(`${operationId}: unknown field ${fields.join(", ")}`) };
  const feishu = new VendorClient("feishu", target, observer);
  const dingtalk = new VendorClient("dingtalk", target, observer);
  session.ctx = {
    target,
    feishu,
    dingtalk,
    fixtures: new Fixtures(target, feishu, dingtalk),
    note: (message) => session.onDrift(`note: ${message}`),
    poll: (sample, done) => pollWith(target, sample, done),
  };
  return session;
}
