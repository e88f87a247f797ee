// Registers the contracts as vitest tests, in order, for one target: `contractSuite(() => target)`. A contract the
// target cannot run is skipped with its reason; drift warnings become test annotations (type "drift").
import { afterAll, beforeAll, describe, it } from "vitest";
import { skipReason, type Contract } from "./contract.js";
import { createSession, type Session } from "./session.js";
import { CONTRACTS } from "./suite/index.js";
import type { Target } from "./target.js";

export function contractSuite(name: string, makeTarget: () => Target | Promise<Target>, contracts: readonly Contract[] = CONTRACTS): void {
  describe(name, () => {
    let target: Target;
    let session: Session;

    beforeAll(async () => {
      target = await makeTarget();
      session = createSession(target);
    });

    afterAll(async () => {
      if (!session) return;
      for (const problem of await session.ctx.fixtures.cleanup()) console.warn(`contract suite cleanup: ${problem}`);
    });

    for (const contract of contracts) {
      it(`[${contract.endpoint}] ${contract.title}`, async (test) => {
        test.task.meta.endpoint = contract.endpoint;
        test.task.meta.contractId = contract.id;
        const reason = skipReason(contract, target);
        if (reason) test.skip(reason);
        const annotations: Promise<unknown>[] = [];
        session.onDrift = (message) => annotations.push(test.annotate(`drift: ${message}`, "drift"));
        try {
          await contract.run(session.ctx);
        } finally {
          session.onDrift = () => {};
          await Promise.all(annotations);
        }
      });
    }
  });
}

declare module "vitest" {
  interface TaskMeta {
    endpoint?: string;
    contractId?: string;
  }
}
