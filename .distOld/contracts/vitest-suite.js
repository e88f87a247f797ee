// Registers the contracts as vitest tests, in order, for one target: `contractSuite(() => target)`. A contract the
// target cannot run is skipped with its reason (or fails, for a required vendor); drift warnings become test
// annotations (type "drift"). Each contract's time limit comes from the target (contract-timeout.ts), so the suite
// runs in a project with vitest's default settings; a target that cannot be made fails every contract, with why.
import { afterAll, beforeAll, describe, it } from "vitest";
import { skipReason } from "./contract.js";
import { contractTimeoutMs, withDeadline } from "./contract-timeout.js";
import { parseRequired, requiredButMissing } from "./required-vendors.js";
import { createSession } from "./session.js";
import { CONTRACTS } from "./suite/index.js";
/** vitest's own limit per contract: above any the target sets; the target's limit is what applies. */
const VITEST_CEILING_MS = 2 ** 31 - 1;
/** Making the target (reaching it, reading a mock's directory) and cleaning up (recalling live fixtures). */
const HOOK_TIMEOUT_MS = 120_000;
export function contractSuite(name, makeTarget, contracts = CONTRACTS, options = {}) {
    const required = options.require ?? parseRequired(process.env.CONTRACTS_REQUIRE);
    describe(name, () => {
        let target;
        let session;
        let unavailable;
        beforeAll(async () => {
            try {
                target = await makeTarget();
                session = createSession(target);
            }
            catch (error) {
                unavailable = error instanceof Error ? error.message : String(error);
            }
        }, HOOK_TIMEOUT_MS);
        afterAll(async () => {
            if (!session)
                return;
            for (const problem of await session.ctx.fixtures.cleanup())
                console.warn(`contract suite cleanup: ${problem}`);
        }, HOOK_TIMEOUT_MS);
        for (const contract of contracts) {
            it(`[${contract.endpoint}] ${contract.title}`, async (test) => {
                test.task.meta.endpoint = contract.endpoint;
                test.task.meta.contractId = contract.id;
                if (unavailable !== undefined)
                    throw new Error(`the target is unavailable: ${unavailable}`);
                const mustRun = requiredButMissing(contract, target, required);
                if (mustRun)
                    throw new Error(mustRun);
                const reason = skipReason(contract, target);
                if (reason)
                    test.skip(reason);
                const annotations = [];
                session.onDrift = (message) => annotations.push(test.annotate(`drift: ${message}`, "drift"));
                try {
                    await withDeadline(contract.run(session.ctx), contractTimeoutMs(target), `contract ${contract.id}`);
                }
                finally {
                    session.onDrift = () => { };
                    await Promise.all(annotations);
                }
            }, VITEST_CEILING_MS);
        }
    });
}
//# sourceMappingURL=vitest-suite.js.map