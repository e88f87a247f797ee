// `npm run contracts -- --target in-process|live|<url> [--require <vendors>] [--reports <dir>]`: the contract runner
// (contracts/run-cli.ts) with the in-process mock as a target too.
import { fileURLToPath } from "node:url";
import { runContractsCli } from "../contracts/run-cli.js";

const code = await runContractsCli(process.argv.slice(2), {
  command: "npm run contracts --",
  root: fileURLToPath(new URL("../", import.meta.url)),
  envFile: "contracts/env.contract.ts",
  inProcessFile: "scripts/contracts/in-process.contract.ts",
});
process.exit(code);
