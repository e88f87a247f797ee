// One run of the suite against one target: its two clients, its fixtures, and where drift warnings go.
import { pollWith } from "./contract.js";
import { Fixtures } from "./fixtures.js";
import { VendorClient } from "./vendor-client.js";
export function createSession(target) {
    const session = { onDrift: (_message) => { } };
    const observer = { drift: (operationId, fields) => session.onDrift(`${operationId}: unknown field ${fields.join(", ")}`) };
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
//# sourceMappingURL=session.js.map