#!/usr/bin/env node
// `feishu-dingtalk-contracts --target live|<url>`: the contract runner as installed, running the built suite from
// dist/ (no tsx). The in-process target is `npm run contracts` in this repository (contracts/ never imports the mock).
import { fileURLToPath } from "node:url";
import { runContractsCli } from "./run-cli.js";
const code = await runContractsCli(process.argv.slice(2), {
    command: "feishu-dingtalk-contracts",
    root: fileURLToPath(new URL(".", import.meta.url)),
    envFile: "env.contract.js",
});
process.exit(code);
//# sourceMappingURL=bin.js.map