// The suite against the target the environment names (CONTRACT_TARGET: "live" or a mock's URL), for
// `npm run contracts`. Live credentials come from FEISHU_* and DINGTALK_* (see README).
import { targetFromEnv } from "./targets.js";
import { contractSuite } from "./vitest-suite.js";
contractSuite(`contracts against ${process.env.CONTRACT_TARGET ?? "live"}`, () => targetFromEnv());
//# sourceMappingURL=env.contract.js.map