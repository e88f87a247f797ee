// Runs the contracts against a target without a test framework, returning one result per contract. Used to show
// that the suite catches deliberately broken mocks, and by anyone who wants the verdicts as data.
import { skipReason } from "./contract.js";
import { createSession } from "./session.js";
import { CONTRACTS } from "./suite/index.js";
export async function runContracts(target, contracts = CONTRACTS) {
    const session = createSession(target);
    const results = [];
    for (const contract of contracts) {
        const result = { id: contract.id, endpoint: contract.endpoint, title: contract.title, status: "passed", drift: [] };
        session.onDrift = (message) => result.drift.push(message);
        const reason = skipReason(contract, target);
        if (reason) {
            result.status = "skipped";
            result.detail = reason;
        }
        else {
            try {
                await contract.run(session.ctx);
            }
            catch (error) {
                result.status = "failed";
                result.detail = error instanceof Error ? error.message : String(error);
            }
        }
        results.push(result);
    }
    await session.ctx.fixtures.cleanup();
    return results;
}
//# sourceMappingURL=runner.js.map